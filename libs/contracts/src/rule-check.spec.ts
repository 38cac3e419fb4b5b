import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import fc from 'fast-check';

import { passesRules } from './rule-check';
import { installValidationMetadataCache } from './validation-cache';

installValidationMetadataCache();

class Line {
  @IsIn([0, 1, 2, 3, 4, 5, 6])
  size!: number;

  @IsInt()
  @Min(1)
  @Max(1000)
  trays!: number;
}

class Base {
  @Matches(/^[A-Z]+-\d+$/)
  id!: string;
}

class Order extends Base {
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];

  @IsOptional()
  @ValidateNested()
  @Type(() => Line)
  spare?: Line;

  @IsOptional()
  @IsString({ each: true })
  notes?: string[];

  @IsDefined()
  @IsOptional()
  maybe?: unknown;

  @ValidateIf((o: Order) => typeof o.id === 'string' && o.id.startsWith('SO'))
  @IsInt()
  soOnly?: number;

  @IsDefined()
  needed!: unknown;
}

const byLibraries = (plain: object) => validateSync(plainToInstance(Order, plain)).length === 0;
const byRules = (plain: object) => passesRules(plainToInstance(Order, plain));

describe('passesRules', () => {
  const valid = { id: 'SO-1', lines: [{ size: 2, trays: 3 }], needed: 0, soOnly: 1 };

  it('says true exactly when class-validator finds nothing, case by case', () => {
    const cases: object[] = [
      valid,
      { ...valid, needed: undefined },
      { ...valid, needed: null },
      { ...valid, lines: [] },
      { ...valid, lines: [null] },
      { ...valid, lines: [[{ size: 2, trays: 3 }]] },
      { ...valid, lines: [[{ size: 9, trays: 3 }]] },
      { ...valid, lines: 'x' },
      { ...valid, lines: [{ size: 2, trays: 0 }] },
      { ...valid, spare: null },
      { ...valid, spare: { size: 1, trays: 1 } },
      { ...valid, spare: 7 },
      { ...valid, notes: ['a', 'b'] },
      { ...valid, notes: ['a', 2] },
      { ...valid, notes: 'a' },
      { ...valid, id: 'PO-1', soOnly: 'x' },
      { ...valid, soOnly: 'x' },
      { ...valid, id: 3 },
    ];
    for (const plain of cases) expect({ plain, passes: byRules(plain) }).toEqual({ plain, passes: byLibraries(plain) });
  });

  it('agrees with class-validator on any values', () => {
    const anyValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(fc.record({ size: fc.integer({ min: -1, max: 8 }), trays: fc.integer({ min: -1, max: 1001 }) })),
    );
    const body = fc.record(
      {
        id: fc.oneof(fc.constantFrom('SO-1', 'PO-22', 'so-1'), anyValue),
        lines: anyValue,
        spare: anyValue,
        notes: anyValue,
        maybe: anyValue,
        soOnly: anyValue,
        needed: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, (plain) => {
        expect(byRules(plain)).toBe(byLibraries(plain));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves to class-validator what it cannot tell: groups, asynchronous rules', () => {
    class Grouped {
      @IsInt({ groups: ['admin'] })
      n!: number;
    }
    class Slow {
      n!: number;
    }
    registerDecorator({
      name: 'slowly',
      target: Slow,
      propertyName: 'n',
      async: true,
      validator: { validate: async () => true },
    });
    expect(passesRules(new Grouped())).toBeUndefined();
    expect(passesRules(new Slow())).toBeUndefined();
  });

  it('refuses an object whose class has no rules, as class-validator does', () => {
    class Bare {
      n = 1;
    }
    expect(passesRules(new Bare())).toBe(false);
    expect(validateSync(new Bare())).not.toHaveLength(0);
  });
});
