import { projectLog } from '../../testing/harness';
import { negotiationScenario } from '../../testing/scenario';
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
            askSatang: 360,
            firstOfferSatang: 320,
            agreedSatang: 345,
            spreadSatang: 40,
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
            askSatang: 360,
            firstOfferSatang: 300,
            agreedSatang: null,
            spreadSatang: 60,
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
});
