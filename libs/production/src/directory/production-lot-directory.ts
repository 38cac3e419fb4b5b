import type { LotDirectory, LotFacts } from '@khai/cluster';
import { EVENT_STORE, type EventStore, readState } from '@khai/event-sourcing';
import { Inject, Injectable } from '@nestjs/common';

import { lot } from '../domain/lot.decider';

/** The lot facts other contexts check against, from each lot's own stream. */
@Injectable()
export class ProductionLotDirectory implements LotDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async lot(lotId: string): Promise<LotFacts | undefined> {
    const { state } = await readState(this.store, lot.stream(lotId), lot.decider);
    if (state.status === 'none') return undefined;
    const { memberId, collectedOn } = state.collection;
    const graded =
      state.status === 'graded'
        ? {
            gradedOn: state.grading.gradedOn,
            sizes: state.grading.sizes.map(({ size, eggs }) => ({ size, eggs })),
          }
        : null;
    return { lotId, memberId, collectedOn, graded };
  }
}
