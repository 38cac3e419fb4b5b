import { SIZE_CLASSES } from '@khai/contracts';
import { fold, KhaiError } from '@khai/core';
import fc from 'fast-check';

import { type PriceNegotiationCommand, priceNegotiationDecider as decider } from './price-negotiation.decider';
import type { PriceNegotiationEvent } from './price-negotiation.events';
import type { PriceNegotiationState } from './price-negotiation.state';

const negotiationId = 'N1';
const day = fc.integer({ min: 1, max: 9 }).map((d) => `2026-10-0${d}`);
const prices = fc.uniqueArray(
  fc.record({ size: fc.constantFrom(...SIZE_CLASSES), satangPerEgg: fc.integer({ min: 1, max: 600 }) }),
  { selector: (p) => p.size, minLength: 1, maxLength: 3 },
);
const roundId = fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R6');

const command: fc.Arbitrary<PriceNegotiationCommand> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ roundId, offeredOn: day, prices })
      .map((d) => ({ type: 'ReceiveBuyerOffer' as const, data: { negotiationId, ...d } })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ roundId, offeredOn: day, prices })
      .map((d) => ({ type: 'MakeCounterOffer' as const, data: { negotiationId, ...d } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ agreedOn: day, prices, validFrom: day, validTo: day })
      .map((d) => ({ type: 'AgreePrice' as const, data: { negotiationId, ...d } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ failedOn: day, reason: fc.constantFrom('too low', '', 'buyer left') })
      .map((d) => ({ type: 'FailNegotiation' as const, data: { negotiationId, ...d } })),
  },
);

const open: PriceNegotiationCommand = {
  type: 'OpenPriceNegotiation',
  data: {
    negotiationId,
    buyerId: 'B1',
    openedOn: '2026-10-01',
    asking: [
      { size: 2, satangPerEgg: 380 },
      { size: 3, satangPerEgg: 360 },
      { size: 4, satangPerEgg: 340 },
    ],
  },
};

function checkInvariants(state: PriceNegotiationState): void {
  if (state.status === 'none') throw new Error('the negotiation was opened');
  state.rounds.forEach((r, i) => {
    expect(r.round).toBe(i + 1);
    // The buyer opens, then the sides take turns.
    expect(r.by).toBe(i % 2 === 0 ? 'BUYER' : 'COOPERATIVE');
  });
  expect(new Set(state.rounds.map((r) => r.roundId)).size).toBe(state.rounds.length);
  if (state.status === 'agreed') {
    expect(state.rounds.some((r) => r.by === 'BUYER')).toBe(true);
    expect(state.agreement.rounds).toBe(state.rounds.length);
  }
  if (state.status === 'failed') expect(state.failure.rounds).toBe(state.rounds.length);
}

describe('price negotiation (properties)', () => {
  it('rounds alternate, nothing is accepted after closing, and replay gives the same state', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const accepted: PriceNegotiationEvent[] = [...decider.decide(open, decider.initialState)];
        let state = fold(decider, accepted);
        for (const cmd of commands) {
          const closedBefore = state.status === 'agreed' || state.status === 'failed';
          let events: readonly PriceNegotiationEvent[] = [];
          try {
            events = decider.decide(cmd, state);
          } catch (error) {
            if (!(error instanceof KhaiError)) throw error;
          }
          if (closedBefore) expect(events).toEqual([]);
          accepted.push(...events);
          state = events.reduce(decider.evolve, state);
          checkInvariants(state);
        }
        expect(fold(decider, accepted)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
