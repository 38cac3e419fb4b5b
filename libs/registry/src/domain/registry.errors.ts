import { NotFound } from '@khai/core';

export function memberNotFound(memberId: string): NotFound {
  return new NotFound(`no member ${memberId}`, { memberId }, 'member_not_found');
}

export function farmNotFound(memberId: string, farmId: string): NotFound {
  return new NotFound(`member ${memberId} has no farm ${farmId}`, { memberId, farmId }, 'farm_not_found');
}

export function flockNotFound(flockId: string): NotFound {
  return new NotFound(`no flock ${flockId}`, { flockId }, 'flock_not_found');
}

export function partnerNotFound(partnerId: string): NotFound {
  return new NotFound(`no partner ${partnerId}`, { partnerId }, 'partner_not_found');
}
