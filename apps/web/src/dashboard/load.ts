import { useEffect, useState } from 'react';

import { api, type Outcome, outcome, type Problem } from '../api/client';
import type { components } from '../api/schema';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly problem: Problem }
  | { readonly status: 'loaded'; readonly data: T };

/** What `load` answers, loaded again whenever `key` changes; an answer overtaken by a newer request is dropped. */
export function useLoaded<T>(load: () => Promise<Outcome<T>>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    setState({ key, loaded: { status: 'loading' } });
    void load().then((answer) => {
      if (!current) return;
      setState({
        key,
        loaded: answer.ok ? { status: 'loaded', data: answer.data } : { status: 'failed', problem: answer.problem },
      });
    });
    return () => {
      current = false;
    };
    // `load` is a new function each render: `key` names every input of its request, so the effect runs exactly when
    // the question changes.
  }, [key]);
  return state.key === key ? state.loaded : { status: 'loading' };
}

export type Channel = NonNullable<components['schemas']['RegisterPartnerDto']['channel']>;
export type Granularity = 'day' | 'week' | 'month';
export type Size = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type PriceRow = components['schemas']['NegotiatedPriceRowDto'];
export type PremiumFigures = components['schemas']['PremiumFiguresDto'];

export interface Filters {
  readonly from: string;
  readonly to: string;
  readonly granularity: Granularity;
  readonly size?: Size;
  readonly buyerId?: string;
  readonly channel?: Channel;
}

export const CHANNELS: readonly Channel[] = [
  'WHOLESALER',
  'RETAILER',
  'MODERN_TRADE',
  'INSTITUTION',
  'PROCESSOR',
  'EXPORTER',
];

/** Every row of the negotiated prices for the filters, all pages (500 a page, the API's most). */
export async function allPriceRows(filters: Filters): Promise<Outcome<{ rows: PriceRow[]; summary: PremiumFigures }>> {
  const rows: PriceRow[] = [];
  for (let page = 1; ; page++) {
    const answer = await outcome(
      api.GET('/analytics/negotiated-prices', {
        params: {
          query: {
            from: filters.from,
            to: filters.to,
            granularity: filters.granularity,
            ...(filters.size === undefined ? {} : { size: filters.size }),
            ...(filters.buyerId === undefined ? {} : { buyerId: filters.buyerId }),
            ...(filters.channel === undefined ? {} : { channel: filters.channel }),
            page,
            pageSize: 500,
          },
        },
      }),
    );
    if (!answer.ok) return answer;
    rows.push(...answer.data.rows);
    if (rows.length >= answer.data.total || answer.data.rows.length === 0)
      return { ok: true, data: { rows, summary: answer.data.summary } };
  }
}
