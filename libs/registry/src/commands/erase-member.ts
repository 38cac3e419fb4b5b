import { DayField, happenedBy, TextField } from '@khai/event-sourcing';

import { type EraseMember, member } from '../domain/member.decider';

/** The member comes from the path: POST /members/:memberId/erasure. */
export class EraseMemberDto {
  @TextField(500, {
    example: 'the member left the cooperative and asked to be erased (PDPA s.33), request 2026-014',
    description: 'why; kept in the log for good, so it must name no one and hold no personal data',
  })
  reason!: string;

  @DayField({ example: '2026-06-30', description: 'ISO date of the erasure' })
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
