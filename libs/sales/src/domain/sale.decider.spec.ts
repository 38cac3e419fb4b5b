import { SIZE_CLASSES } from '@khai/contracts';
import { Conflict, InvariantViolated } from '@khai/core';
import { given, withKeysReversed } from '@khai/testing';
import fc from 'fast-check';

import { type RecordSale, saleDecider } from './sale.decider';
import type { SaleRecorded } from './sale.events';

const record: RecordSale = {
  type: 'RecordSale',
  data: {
    saleId: 'S0001',
    buyerId: 'B-makro-cm',
    soldOn: '2026-11-26',
    lines: [
      { size: 3, eggs: 1500, satangPerEgg: 345 },
      { size: 2, eggs: 1980, satangPerEgg: 365 },
    ],
    lotIds: ['L20261124-F02', 'L20261124-F01'],
  },
};

const recorded: SaleRecorded = {
  type: 'SaleRecorded',
  data: {
    saleId: 'S0001',
    buyerId: 'B-makro-cm',
    soldOn: '2026-11-26',
    lines: [
      { size: 2, eggs: 1980, satangPerEgg: 365, amountSatang: 722_700 },
      { size: 3, eggs: 1500, satangPerEgg: 345, amountSatang: 517_500 },
    ],
    lotIds: ['L20261124-F01', 'L20261124-F02'],
    totalEggs: 3480,
    totalSatang: 1_240_200,
  },
};

const withData = (data: Partial<RecordSale['data']>): RecordSale => ({ ...record, data: { ...record.data, ...data } });

describe('recording a sale', () => {
  it('records each line with its amount, and the totals', () => {
    given(saleDecider).when(record).then([recorded]);
  });

  it('records no lots when none are named', () => {
    const { saleId, buyerId, soldOn, lines } = record.data;
    given(saleDecider)
      .when({ ...record, data: { saleId, buyerId, soldOn, lines } })
      .then([{ ...recorded, data: { ...recorded.data, lotIds: [] } }]);
  });

  it('is a no-op when the same sale is recorded again, in any line order', () => {
    given(saleDecider, [recorded])
      .when(withData({ lines: [...record.data.lines].reverse() }))
      .thenNothing();
  });

  it('is a no-op when the same sale is recorded again and the stored one has its keys in another order', () => {
    given(saleDecider, [withKeysReversed(recorded)])
      .when(record)
      .thenNothing();
  });

  it('refuses a different sale under the same id', () => {
    given(saleDecider, [recorded])
      .when(withData({ lines: [{ size: 2, eggs: 1980, satangPerEgg: 366 }] }))
      .thenThrows(Conflict, 'sale_already_recorded');
  });

  it('refuses a sale without lines', () => {
    given(saleDecider)
      .when(withData({ lines: [] }))
      .thenThrows(InvariantViolated, 'sale_has_no_lines');
  });

  it('refuses a size class sold twice in one sale', () => {
    given(saleDecider)
      .when(withData({ lines: [...record.data.lines, { size: 3, eggs: 30, satangPerEgg: 340 }] }))
      .thenThrows(InvariantViolated, 'duplicate_size_class');
  });

  it('refuses a lot named twice', () => {
    given(saleDecider)
      .when(withData({ lotIds: ['L1', 'L1'] }))
      .thenThrows(InvariantViolated, 'duplicate_lot_id');
  });

  it('refuses zero, negative or fractional eggs and prices', () => {
    for (const line of [
      { size: 2 as const, eggs: 0, satangPerEgg: 365 },
      { size: 2 as const, eggs: 30, satangPerEgg: -365 },
      { size: 2 as const, eggs: 30, satangPerEgg: 3.65 },
    ]) {
      given(saleDecider)
        .when(withData({ lines: [line] }))
        .thenThrows(InvariantViolated, 'invalid_sale_line');
    }
  });

  it('refuses a sale too large to add up exactly', () => {
    given(saleDecider)
      .when(withData({ lines: [{ size: 0, eggs: 2 ** 40, satangPerEgg: 2 ** 14 }] }))
      .thenThrows(InvariantViolated, 'amount_out_of_range');
  });
});

describe('money adds up to the satang', () => {
  it('multiplies and sums large amounts exactly, in integer satang', () => {
    const [event] = saleDecider.decide(
      withData({
        lines: [
          { size: 0, eggs: 9_999_999, satangPerEgg: 99_999 },
          { size: 4, eggs: 3, satangPerEgg: 10 },
          { size: 5, eggs: 7, satangPerEgg: 20 },
        ],
      }),
      saleDecider.initialState,
    );
    expect(event?.data.lines.map((l) => l.amountSatang)).toEqual([999_989_900_001, 30, 140]);
    expect(event?.data.totalSatang).toBe(999_989_900_171);
    expect(event?.data.totalEggs).toBe(10_000_009);
  });

  it('totals are the sums of the lines, and each amount is eggs × price (property)', () => {
    const lines = fc.uniqueArray(
      fc.record({
        size: fc.constantFrom(...SIZE_CLASSES),
        eggs: fc.integer({ min: 1, max: 10_000_000 }),
        satangPerEgg: fc.integer({ min: 1, max: 100_000 }),
      }),
      { selector: (l) => l.size, minLength: 1 },
    );
    fc.assert(
      fc.property(lines, (saleLines) => {
        const [event] = saleDecider.decide(withData({ lines: saleLines }), saleDecider.initialState);
        if (!event) throw new Error('expected SaleRecorded');
        const { lines: recordedLines, totalEggs, totalSatang } = event.data;
        expect(
          recordedLines.every(
            (l) => l.amountSatang === l.eggs * l.satangPerEgg && Number.isSafeInteger(l.amountSatang),
          ),
        ).toBe(true);
        expect(totalEggs).toBe(saleLines.reduce((t, l) => t + l.eggs, 0));
        expect(BigInt(totalSatang)).toBe(saleLines.reduce((t, l) => t + BigInt(l.eggs) * BigInt(l.satangPerEgg), 0n));
      }),
    );
  });
});
