import { MatchesPattern } from '@khai/contracts';
import { DayField, Field, happenedBy, ObjectField, OneOfField } from '@khai/event-sourcing';

import { BANK_ACCOUNT_NUMBER, THAI_BANKS, THAI_PHONE } from '../domain/contact';
import { type ChangeMemberContact, member } from '../domain/member.decider';

/** The edge's words for THAI_PHONE and BANK_ACCOUNT_NUMBER (messages.ts has them in Thai). */
const PHONE_MESSAGE =
  '$property must be a Thai phone number: 0 and 8–9 digits (e.g. 0812345678), or +66 and 8–9 digits, no spaces';
const ACCOUNT_NUMBER_MESSAGE = '$property must be a bank account number: 10 to 12 digits, no dashes';

/** A member's bank account, where the cooperative pays their settlements. Personal data (PDPA). */
export class BankAccountDto {
  @OneOfField(THAI_BANKS, { example: 'BAAC', description: 'the bank: BAAC is ธ.ก.ส., GSB ออมสิน, KTB กรุงไทย…' })
  bank!: string;

  @Field(
    { example: '020123456789', description: '10–12 digits, no dashes' },
    MatchesPattern(BANK_ACCOUNT_NUMBER, { message: ACCOUNT_NUMBER_MESSAGE }),
  )
  number!: string;
}

/** The contact fields of a member, shared by registration and by a change of contact. */
export class MemberContactDto {
  @Field(
    {
      example: '0812345678',
      description:
        'Thai phone number: 0 and 8–9 digits (mobile 0812345678, landline 053123456), or +66 and 8–9 digits ' +
        '(+66812345678), no spaces or dashes; kept and shown in the 0… form. Personal data (PDPA).',
      optional: true,
    },
    MatchesPattern(THAI_PHONE, { message: PHONE_MESSAGE }),
  )
  phone?: string;

  @ObjectField(BankAccountDto, { description: 'where settlements are paid. Personal data (PDPA).', optional: true })
  bankAccount?: BankAccountDto;
}

/** The member comes from the path: POST /members/:memberId/contact. */
export class ChangeMemberContactDto extends MemberContactDto {
  @DayField({ example: '2026-03-01', description: 'ISO date the contact holds from' })
  changedOn!: string;
}

/**
 * Changes how the cooperative reaches and pays a member: the member's phone and bank account from `changedOn` on,
 * sealed in the log under the member's key like the name and citizen id (erased with them).
 */
export const changeMemberContact = member.useCase({
  name: 'ChangeMemberContact',
  streamId: (d: ChangeMemberContact['data']) => d.memberId,
  checks: [happenedBy('changedOn')],
  http: {
    tag: 'registry',
    roles: ['manager', { member: 'memberId' }],
    path: '/members/:memberId/contact',
    body: ChangeMemberContactDto,
    description:
      'The member’s phone and bank account from changedOn on, as a whole: a part left out is no longer known. ' +
      'Personal data (PDPA): sealed in the log under the member’s key, shown whole only to the member, managers ' +
      'and admins, erased with the member (422 member_erased after). A manager, or the member on their own record; ' +
      'the same contact again is a no-op.',
  },
});
