import { projectLog } from '../../testing/harness';
import { buyer, ev, negotiationScenario } from '../../testing/scenario';
import { GetNegotiationsHandler, GetNegotiationsQuery } from './negotiations.query';

describe('negotiation outcomes per buyer', () => {
  it('gives rounds, agreed against first offer, concession ratio and β per size, and means per buyer', async () => {
    const log = await projectLog(negotiationScenario);
    const handler = new GetNegotiationsHandler(log.store, log.runner);
    const report = await handler.execute(new GetNegotiationsQuery({ from: '2022-03-01', to: '2022-03-31' }));
    expect(report.negotiations).toEqual([
      {
        negotiationId: 'N1',
        buyerId: 'B-TOPS',
        openedOn: '2022-03-01',
        outcome: 'AGREED',
        closedOn: '2022-03-06',
        rounds: 4,
        validFrom: '2022-03-10',
        validTo: '2022-06-30',
        // negotiation.spec.ts: spread 40, concession (345 − 320) / 40 = 0.625, β = 45 / 60 = 0.75 (ceiling 120 % of 3.00).
        sizes: [
          {
            size: 3,
            askSatangPerEgg: 360,
            firstOfferSatangPerEgg: 320,
            agreedSatangPerEgg: 345,
            spreadSatangPerEgg: 40,
            agreedOverFirstOfferPct: 7.81,
            concessionRatio: 0.625,
            bargainingPower: 0.75,
          },
        ],
      },
      {
        negotiationId: 'N2',
        buyerId: 'B-MAKRO',
        openedOn: '2022-03-02',
        outcome: 'FAILED',
        closedOn: '2022-03-09',
        rounds: 6,
        validFrom: null,
        validTo: null,
        sizes: [
          {
            size: 3,
            askSatangPerEgg: 360,
            firstOfferSatangPerEgg: 300,
            agreedSatangPerEgg: null,
            spreadSatangPerEgg: 60,
            agreedOverFirstOfferPct: null,
            concessionRatio: null,
            bargainingPower: null,
          },
        ],
      },
    ]);
    expect(report.buyers).toEqual([
      {
        buyerId: 'B-MAKRO',
        channel: 'WHOLESALER',
        negotiations: 1,
        agreed: 0,
        failed: 1,
        open: 0,
        meanRounds: 6,
        meanAgreedOverFirstOfferPct: null,
        meanConcessionRatio: null,
        meanBargainingPower: null,
      },
      {
        buyerId: 'B-TOPS',
        channel: 'MODERN_TRADE',
        negotiations: 1,
        agreed: 1,
        failed: 0,
        open: 0,
        meanRounds: 4,
        meanAgreedOverFirstOfferPct: 7.81,
        meanConcessionRatio: 0.625,
        meanBargainingPower: 0.75,
      },
    ]);
    const tops = await handler.execute(new GetNegotiationsQuery({ from: '2022-03-02', to: '2022-03-31' }));
    expect(tops.negotiations.map((n) => n.negotiationId)).toEqual(['N2']);
    const makro = await handler.execute(
      new GetNegotiationsQuery({ from: '2022-01-01', to: '2022-12-31', buyerId: 'B-TOPS' }),
    );
    expect(makro.buyers.map((b) => b.buyerId)).toEqual(['B-TOPS']);
  });

  it('shows a negotiation still open with its rounds so far', async () => {
    const log = await projectLog(negotiationScenario.slice(0, 6));
    const report = await new GetNegotiationsHandler(log.store, log.runner).execute(
      new GetNegotiationsQuery({ from: '2022-03-01', to: '2022-03-31' }),
    );
    expect(report.negotiations.map((n) => [n.negotiationId, n.outcome, n.rounds])).toEqual([
      ['N1', 'OPEN', 2],
      ['N2', 'OPEN', 0],
    ]);
    expect(report.buyers.find((b) => b.buyerId === 'B-TOPS')).toMatchObject({ open: 1, meanRounds: null });
  });

  it('means a buyer’s exact percentages and rounds once: a mean of rounded ones is 0.01 off', async () => {
    const prices = (list: readonly [number, number][]) => list.map(([size, satangPerEgg]) => ({ size, satangPerEgg }));
    const log = await projectLog([
      buyer('B-CP', 'PROCESSOR'),
      ev('PriceNegotiationOpened', {
        negotiationId: 'N3',
        buyerId: 'B-CP',
        openedOn: '2022-05-02',
        asking: prices([
          [2, 320],
          [3, 340],
        ]),
        floorSatangPerEgg: 300,
        ceilingSatangPerEgg: null,
      }),
      ev('BuyerOfferReceived', {
        negotiationId: 'N3',
        roundId: 'N3-R1',
        round: 1,
        offeredOn: '2022-05-03',
        prices: prices([
          [2, 300],
          [3, 310],
        ]),
        eggsPerWeek: null,
      }),
      ev('PriceAgreed', {
        negotiationId: 'N3',
        buyerId: 'B-CP',
        agreedOn: '2022-05-04',
        prices: prices([
          [2, 305],
          [3, 325],
        ]),
        validFrom: '2022-05-05',
        validTo: '2022-06-30',
        rounds: 2,
      }),
    ]);
    const report = await new GetNegotiationsHandler(log.store, log.runner).execute(
      new GetNegotiationsQuery({ from: '2022-05-01', to: '2022-05-31' }),
    );
    // Size 2: (305 − 300) / 300 = 1.6667 % → 1.67; size 3: (325 − 310) / 310 = 4.8387 % → 4.84.
    expect(report.negotiations[0]?.sizes.map((s) => s.agreedOverFirstOfferPct)).toEqual([1.67, 4.84]);
    // Mean of the exact: (1.6667 + 4.8387) / 2 = 3.2527 % → 3.25. The mean of the rounded, (1.67 + 4.84) / 2
    // = 3.255, rounded again, was 3.26.
    expect(report.buyers[0]?.meanAgreedOverFirstOfferPct).toBe(3.25);
  });
});
