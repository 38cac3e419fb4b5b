import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  type Principal,
  QUERY_PROBLEMS,
  readState,
  Roles,
  SignedIn,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { maskCitizenId } from '../../domain/citizen-id';
import { maskBankAccountNumber, maskPhone } from '../../domain/contact';
import { member as memberAggregate } from '../../domain/member.decider';
import type { MemberContact } from '../../domain/member.events';
import { memberNotFound } from '../../domain/registry.errors';

export class MemberFarmDto {
  @ApiProperty() farmId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() district!: string;
  @ApiProperty() province!: string;
  @ApiProperty() registeredOn!: string;
}

export class MemberBankAccountDto {
  @ApiProperty({ example: 'BAAC' }) bank!: string;
  @ApiProperty({ example: '020123456789', description: 'whole, or masked (xxx-x-x1234-x) where the viewer gets it so' })
  number!: string;
}

export class MemberDto {
  @ApiProperty() memberId!: string;
  @ApiProperty({ description: '“(erased)” once the member’s personal data is erased' }) name!: string;
  @ApiProperty({ example: '1-XXXX-XXXXX-XX-1', description: 'masked (PDPA): first and last digit only' })
  maskedCitizenId!: string;
  @ApiPropertyOptional({
    description: 'whole only to the member (an account bound to this member), a manager and an admin (PDPA)',
  })
  citizenId?: string;
  @ApiPropertyOptional({
    example: '08x-xxx-5678',
    description: 'masked (PDPA): the first two digits and the last four; absent when not known or erased',
  })
  maskedPhone?: string;
  @ApiPropertyOptional({
    example: '0812345678',
    description: 'whole only to the member, a manager and an admin (PDPA); 0 and 8–9 digits',
  })
  phone?: string;
  @ApiPropertyOptional({
    type: MemberBankAccountDto,
    description: 'the bank and the number masked (PDPA): xxx-x-x1234-x; absent when not known or erased',
  })
  maskedBankAccount?: MemberBankAccountDto;
  @ApiPropertyOptional({
    type: MemberBankAccountDto,
    description: 'where settlements are paid, whole only to the member, a manager and an admin (PDPA)',
  })
  bankAccount?: MemberBankAccountDto;
  @ApiProperty() joinedOn!: string;
  @ApiPropertyOptional({
    description:
      'the day the member’s personal data was erased (PDPA): name and citizen id read “(erased)” since, the phone ' +
      'and bank account are gone',
  })
  erasedOn?: string;
  @ApiProperty({ type: [MemberFarmDto] }) farms!: MemberFarmDto[];
  @ApiProperty() revision!: number;
}

export class GetMemberQuery extends Query<MemberDto> {
  constructor(
    readonly memberId: string,
    /** Who is asking: the signed-in principal. */
    readonly viewer: Pick<Principal, 'role' | 'memberId'>,
  ) {
    super();
  }
}

/**
 * Who sees a member's citizen id, phone and bank account whole (PDPA): the member themself, a manager, an admin;
 * everyone else masked.
 */
export function seesCitizenId(viewer: Pick<Principal, 'role' | 'memberId'>, memberId: string): boolean {
  return (
    viewer.role === 'admin' || viewer.role === 'manager' || (viewer.role === 'member' && viewer.memberId === memberId)
  );
}

@QueryHandler(GetMemberQuery)
export class GetMemberHandler implements IQueryHandler<GetMemberQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ memberId, viewer }: GetMemberQuery): Promise<MemberDto> {
    const { state, revision } = await readState(this.store, memberAggregate.stream(memberId), memberAggregate.decider);
    if (state.status === 'none') throw memberNotFound(memberId);
    const { member } = state;
    return {
      memberId: member.memberId,
      name: member.name,
      maskedCitizenId: maskCitizenId(member.citizenId),
      ...(seesCitizenId(viewer, member.memberId) && state.erasedOn === undefined
        ? { citizenId: member.citizenId }
        : {}),
      ...(state.erasedOn === undefined ? contactFor(state.contact, seesCitizenId(viewer, member.memberId)) : {}),
      joinedOn: member.joinedOn,
      ...(state.erasedOn === undefined ? {} : { erasedOn: state.erasedOn }),
      farms: state.farms.map((f) => ({
        farmId: f.farmId,
        name: f.name,
        district: f.district,
        province: f.province,
        registeredOn: f.registeredOn,
      })),
      revision,
    };
  }
}

/** The member's contact as the viewer may see it: masked always, whole to those who see the citizen id whole. */
function contactFor(
  { phone, bank, bankAccountNumber }: MemberContact,
  whole: boolean,
): Pick<MemberDto, 'maskedPhone' | 'phone' | 'maskedBankAccount' | 'bankAccount'> {
  return {
    ...(phone === undefined ? {} : { maskedPhone: maskPhone(phone), ...(whole ? { phone } : {}) }),
    ...(bank === undefined || bankAccountNumber === undefined
      ? {}
      : {
          maskedBankAccount: { bank, number: maskBankAccountNumber(bankAccountNumber) },
          ...(whole ? { bankAccount: { bank, number: bankAccountNumber } } : {}),
        }),
  };
}

@ApiTags('registry')
@ApiProblems(QUERY_PROBLEMS)
@Controller('members')
export class GetMemberController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':memberId')
  @Roles('manager', 'staff', { member: 'memberId' })
  @ApiOkResponse({ type: MemberDto })
  get(@Param('memberId') memberId: string, @SignedIn() viewer: Principal): Promise<MemberDto> {
    return this.queries.execute(new GetMemberQuery(memberId, viewer));
  }
}
