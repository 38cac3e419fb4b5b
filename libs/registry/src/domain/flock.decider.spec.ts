import { Conflict, fold, InvariantViolated, KhaiError, NotFound } from '@khai/core';
import { given } from '@khai/testing';
import fc from 'fast-check';

import {
  type CullFlock,
  type FlockCommand,
  flockDecider,
  type PlaceFlock,
  type RecordFlockMortality,
} from './flock.decider';
import type { FlockCulled, FlockEvent, FlockMortalityRecorded, FlockPlaced } from './flock.events';
import { type FlockState, mortalityPercent } from './flock.state';

const place: PlaceFlock = {
  type: 'PlaceFlock',
  data: {
    flockId: 'FL-2026-01',
    memberId: 'M001',
    farmId: 'F01',
    breed: 'ISA Brown',
    hensPlaced: 100,
    placedOn: '2026-01-20',
    hatchedOn: '2025-09-01',
  },
};
const placed: FlockPlaced = { type: 'FlockPlaced', data: place.data };

const mortality: RecordFlockMortality = {
  type: 'RecordFlockMortality',
  data: { flockId: 'FL-2026-01', recordedOn: '2026-02-01', deaths: 3, cause: 'heat stress' },
};
const died: FlockMortalityRecorded = { type: 'FlockMortalityRecorded', data: mortality.data };

const cull: CullFlock = {
  type: 'CullFlock',
  data: { flockId: 'FL-2026-01', culledOn: '2026-03-01', hens: 20, reason: 'low lay' },
};
const culled: FlockCulled = { type: 'FlockCulled', data: cull.data };
const cullAll = (hens: number): FlockCulled => ({ ...culled, data: { ...culled.data, hens } });

describe('placing a flock', () => {
  it('houses the hens on the farm', () => {
    given(flockDecider).when(place).then([placed]);
  });

  it('leaves the hatch date out when it is not known', () => {
    const { hatchedOn: _, ...noHatch } = place.data;
    given(flockDecider)
      .when({ type: 'PlaceFlock', data: noHatch })
      .then([{ type: 'FlockPlaced', data: noHatch }]);
  });

  it('is a no-op when the same placement is sent again', () => {
    given(flockDecider, [placed, died]).when(place).thenNothing();
  });

  it('refuses other details for a placed flock', () => {
    given(flockDecider, [placed])
      .when({ ...place, data: { ...place.data, hensPlaced: 99 } })
      .thenThrows(Conflict, 'flock_already_placed');
  });

  it('refuses a flock hatched after it was placed', () => {
    given(flockDecider)
      .when({ ...place, data: { ...place.data, hatchedOn: '2026-01-21' } })
      .thenThrows(InvariantViolated, 'hatched_after_placed');
  });

  it('refuses a flock of no hens', () => {
    given(flockDecider)
      .when({ ...place, data: { ...place.data, hensPlaced: 0 } })
      .thenThrows(InvariantViolated, 'invalid_hen_count');
  });
});

describe('recording mortality', () => {
  it('records the deaths', () => {
    given(flockDecider, [placed]).when(mortality).then([died]);
  });

  it('records the same count again as another count (retries are made once by Idempotency-Key)', () => {
    given(flockDecider, [placed, died]).when(mortality).then([died]);
  });

  it('allows the last hens to die, and closes the flock', () => {
    const all = { ...mortality, data: { ...mortality.data, deaths: 80 } };
    given(flockDecider, [placed, cullAll(20)])
      .when(all)
      .then([{ type: 'FlockMortalityRecorded', data: all.data }]);
    given(flockDecider, [placed, cullAll(20), { ...died, data: all.data }])
      .when(mortality)
      .thenThrows(InvariantViolated, 'flock_closed');
  });

  it('refuses more deaths than hens alive', () => {
    given(flockDecider, [placed, cullAll(20)])
      .when({ ...mortality, data: { ...mortality.data, deaths: 81 } })
      .thenThrows(InvariantViolated, 'more_deaths_than_hens');
  });

  it('refuses zero deaths', () => {
    given(flockDecider, [placed])
      .when({ ...mortality, data: { ...mortality.data, deaths: 0 } })
      .thenThrows(InvariantViolated, 'invalid_hen_count');
  });

  it('refuses a date before the placement', () => {
    given(flockDecider, [placed])
      .when({ ...mortality, data: { ...mortality.data, recordedOn: '2026-01-19' } })
      .thenThrows(InvariantViolated, 'date_before_placement');
  });

  it('answers flock_not_found for an unknown flock', () => {
    given(flockDecider).when(mortality).thenThrows(NotFound, 'flock_not_found');
  });
});

describe('culling a flock', () => {
  it('takes part of the flock out of lay', () => {
    given(flockDecider, [placed]).when(cull).then([culled]);
  });

  it('culls the rest and closes the flock', () => {
    const rest = { ...cull, data: { ...cull.data, hens: 97 } };
    given(flockDecider, [placed, died])
      .when(rest)
      .then([cullAll(97)]);
    given(flockDecider, [placed, died, cullAll(97)])
      .when(cull)
      .thenThrows(InvariantViolated, 'flock_closed');
  });

  it('refuses to cull more hens than are alive', () => {
    given(flockDecider, [placed, died])
      .when({ ...cull, data: { ...cull.data, hens: 98 } })
      .thenThrows(InvariantViolated, 'more_culled_than_hens');
  });

  it('refuses a cull of no hens', () => {
    given(flockDecider, [placed])
      .when({ ...cull, data: { ...cull.data, hens: 0 } })
      .thenThrows(InvariantViolated, 'invalid_hen_count');
  });

  it('refuses a date before the placement', () => {
    given(flockDecider, [placed])
      .when({ ...cull, data: { ...cull.data, culledOn: '2026-01-01' } })
      .thenThrows(InvariantViolated, 'date_before_placement');
  });

  it('answers flock_not_found for an unknown flock', () => {
    given(flockDecider).when(cull).thenThrows(NotFound, 'flock_not_found');
  });
});

describe('flock state', () => {
  it('keeps the head counts', () => {
    expect(fold(flockDecider, [placed, died, culled])).toEqual({
      status: 'laying',
      placement: place.data,
      hensPlaced: 100,
      hensAlive: 77,
      deaths: 3,
      culled: 20,
    });
  });

  it.each([
    [3, 100, 3],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 8, 12.5],
    [1, 200_000, 0],
    [1, 20_000, 0.01],
    [1, 20_001, 0],
    [0, 5000, 0],
  ])('gives %i deaths of %i hens as %s %', (deaths, hens, pct) => {
    expect(mortalityPercent(deaths, hens)).toBe(pct);
  });
});

describe('flock head counts (property)', () => {
  const step = fc.oneof(
    fc.record({ kind: fc.constant('mortality' as const), n: fc.integer({ min: -1, max: 60 }), day: fc.nat(30) }),
    fc.record({ kind: fc.constant('cull' as const), n: fc.integer({ min: -1, max: 120 }), day: fc.nat(30) }),
  );
  // Days 0–9 fall before the placement on day 10, so some commands are refused for their date.
  const date = (day: number): string => `2026-01-${String(day + 1).padStart(2, '0')}`;

  it('never has fewer than no hens, and replaying the accepted events gives the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(step, { maxLength: 40 }), (hensPlaced, steps) => {
        const placement: FlockEvent = { type: 'FlockPlaced', data: { ...place.data, hensPlaced, placedOn: date(10) } };
        const accepted: FlockEvent[] = [placement];
        let state: FlockState = flockDecider.evolve(flockDecider.initialState, placement);
        for (const s of steps) {
          const command: FlockCommand =
            s.kind === 'mortality'
              ? { type: 'RecordFlockMortality', data: { flockId: 'FL-2026-01', recordedOn: date(s.day), deaths: s.n } }
              : { type: 'CullFlock', data: { flockId: 'FL-2026-01', culledOn: date(s.day), hens: s.n, reason: 'r' } };
          let events: readonly FlockEvent[];
          try {
            events = flockDecider.decide(command, state);
          } catch (error) {
            if (!(error instanceof KhaiError)) throw error;
            expect(error).toBeInstanceOf(InvariantViolated);
            continue;
          }
          for (const e of events) state = flockDecider.evolve(state, e);
          accepted.push(...events);

          if (state.status === 'none') throw new Error('a placed flock never goes back to none');
          expect(state.hensAlive).toBe(state.hensPlaced - state.deaths - state.culled);
          expect(state.hensAlive).toBeGreaterThanOrEqual(0);
          expect(state.status === 'closed').toBe(state.hensAlive === 0);
        }
        expect(fold(flockDecider, accepted)).toEqual(state);
      }),
    );
  });
});
