import type { PersonalFields } from '@khai/core';

/**
 * The registry's events that carry members' personal data (PDPA), sealed in the log under the member's key
 * (`PersonalDataEventStore`): erasing the member destroys the key. A field added to an event here is sealed from
 * then on; what was written before stays readable as it was.
 */
export const REGISTRY_PERSONAL_FIELDS: PersonalFields = {
  MemberJoined: { subject: 'memberId', fields: ['name', 'citizenId', 'phone', 'bank', 'bankAccountNumber'] },
  MemberContactChanged: { subject: 'memberId', fields: ['phone', 'bank', 'bankAccountNumber'] },
  MemberErased: { subject: 'memberId', fields: [], erases: true },
};
