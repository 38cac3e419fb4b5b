import type { ReferencePrice, ReferencePriceEvent } from './reference-price.events';

export type ReferencePriceState =
  | { readonly status: 'none' }
  | { readonly status: 'announced'; readonly announcement: ReferencePrice; readonly revisions: number };

export const initialReferencePriceState: ReferencePriceState = { status: 'none' };

export function evolveReferencePrice(state: ReferencePriceState, event: ReferencePriceEvent): ReferencePriceState {
  switch (event.type) {
    case 'ReferencePriceAnnounced':
      return { status: 'announced', announcement: event.data, revisions: 0 };
    case 'ReferencePriceRevised': {
      const { reason: _reason, revisedOn: _revisedOn, ...announcement } = event.data;
      return { status: 'announced', announcement, revisions: state.status === 'announced' ? state.revisions + 1 : 1 };
    }
  }
}
