import { NotFound } from '@khai/event-sourcing';

export function lotNotFound(lotId: string): NotFound {
  return new NotFound(`lot ${lotId} has not been collected`, { lotId }, 'lot_not_found');
}
