import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

import { isValidCitizenId, isValidTaxId } from '../domain/citizen-id';

/** The domain's check-digit rule at the edge, so a mistyped id is a 400 field error. */
@ValidatorConstraint({ name: 'isCitizenId' })
export class IsCitizenIdConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidCitizenId(value);
  }

  defaultMessage({ property }: ValidationArguments): string {
    return `${property} must be a 13-digit Thai citizen id (digits only) with a valid check digit`;
  }
}

/** Tax ids follow the citizen id's check-digit rule. */
@ValidatorConstraint({ name: 'isTaxId' })
export class IsTaxIdConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidTaxId(value);
  }

  defaultMessage({ property }: ValidationArguments): string {
    return `${property} must be a 13-digit Thai tax id (digits only) with a valid check digit`;
  }
}

export function IsCitizenId(options?: ValidationOptions): PropertyDecorator {
  return decorate(IsCitizenIdConstraint, options);
}

export function IsTaxId(options?: ValidationOptions): PropertyDecorator {
  return decorate(IsTaxIdConstraint, options);
}

function decorate(validator: new () => ValidatorConstraintInterface, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options ? { options } : {}),
      validator,
    });
}
