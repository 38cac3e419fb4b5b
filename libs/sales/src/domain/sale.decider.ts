import { Conflict, type Decider, InvariantViolated, requireDistinct, sameFacts } from '@khai/core';

import type { SaleEvent, SaleLine, SaleRecorded } from './sale.events';
import { evolveSale, initialSaleState, type SaleState } from './sale.state';

export type RecordSale = {
  readonly type: 'RecordSale';
  readonly data: {
    readonly saleId: string;
    readonly buyerId: string;
    readonly orderId?: string;
    readonly soldOn: string;
    readonly lines: readonly Omit<SaleLine, 'amountSatang'>[];
    readonly lotIds?: readonly string[];
  };
};

export type SaleCommand = RecordSale;

export const saleDecider: Decider<SaleCommand, SaleEvent, SaleState> = {
  initialState: initialSaleState,
  evolve: evolveSale,
  decide(command, state) {
    const recorded = saleRecorded(command.data);
    if (state.status === 'none') return [recorded];
    if (sameFacts(state.sale, recorded.data)) return [];
    throw new Conflict('sale_already_recorded', `sale ${command.data.saleId} was already recorded differently`, {
      saleId: command.data.saleId,
    });
  },
};

function saleRecorded(data: RecordSale['data']): SaleRecorded {
  if (data.lines.length === 0) throw new InvariantViolated('sale_has_no_lines', 'a sale sells at least one size class');
  requireDistinct(
    data.lines.map((l) => l.size),
    'duplicate_size_class',
    'each size class may be sold once per sale',
  );
  const lotIds = [...(data.lotIds ?? [])].sort();
  requireDistinct(lotIds, 'duplicate_lot_id', 'each lot may be named once');

  const lines = [...data.lines]
    .sort((a, b) => a.size - b.size)
    .map((l) => {
      requirePositiveInteger(l.eggs, 'eggs');
      requirePositiveInteger(l.satangPerEgg, 'satangPerEgg');
      return { size: l.size, eggs: l.eggs, satangPerEgg: l.satangPerEgg, amountSatang: l.eggs * l.satangPerEgg };
    });
  const totalEggs = lines.reduce((total, l) => total + l.eggs, 0);
  const totalSatang = lines.reduce((total, l) => total + l.amountSatang, 0);
  // Past 2^53 integer arithmetic in a double stops being exact.
  if (!Number.isSafeInteger(totalEggs) || !Number.isSafeInteger(totalSatang)) {
    throw new InvariantViolated('amount_out_of_range', 'the sale is too large to add up exactly', {
      totalEggs,
      totalSatang,
    });
  }
  return {
    type: 'SaleRecorded',
    data: {
      saleId: data.saleId,
      buyerId: data.buyerId,
      ...(data.orderId === undefined ? {} : { orderId: data.orderId }),
      soldOn: data.soldOn,
      lines,
      lotIds,
      totalEggs,
      totalSatang,
    },
  };
}

function requirePositiveInteger(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new InvariantViolated('invalid_sale_line', `${field} must be a whole number of at least 1`, {
      [field]: value,
    });
  }
}
