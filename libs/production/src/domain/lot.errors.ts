import { NotFound } from '@khai/core';

export function lotNotFound(lotId: string): NotFound {
  return new NotFound(`lot ${lotId} has not been collected`, { lotId }, 'lot_not_found');
}
