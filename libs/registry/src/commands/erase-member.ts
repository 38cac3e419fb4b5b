import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

import { type EraseMember, member } from '../domain/member.decider';

/** The member comes from the path: POST /members/:memberId/erasure. */
export class EraseMemberDto {
  @ApiProperty({
    example: 'the member left the cooperative and asked to be erased (PDPA s.33), request 2026-014',
    maxLength: 500,
    description: 'why; kept in the log for good, so it must name no one and hold no personal data',
  })
  @IsString()
  @MaxLength(500)
  @IsFreeText({ notBlank: true })
  reason!: string;

  @ApiProperty({ example: '2026-06-30', description: 'ISO date of the erasure' })
  @IsBusinessDate()
  erasedOn!: string;
}

/**
 * Erases a member's personal data (PDPA): MemberErased, then the member's key is destroyed (by the event store, on
 * appending it), so the name and citizen id sealed in the log can never be read again. The member's eggs, money and
 * figures stay, under the member id.
 */
export const eraseMember = member.useCase({
  name: 'EraseMember',
  streamId: (d: EraseMember['data']) => d.memberId,
  checks: [happenedBy('erasedOn')],
  http: {
    tag: 'registry',
    roles: ['admin'],
    path: '/members/:memberId/erasure',
    body: EraseMemberDto,
    description:
      'Destroys the key the member’s name and citizen id are sealed with in the log (crypto-shredding): they read ' +
      'as “(erased)” from then on, everywhere. The member’s lots, money and figures stay. Admin only; a repeat is ' +
      'a no-op.',
  },
});
