import type { ReferencePriceAnnounced, ReferencePriceEvent } from './reference-price.events';

export type ReferencePriceState =
  | { readonly status: 'none' }
  | { readonly status: 'announced'; readonly announcement: ReferencePriceAnnounced['data'] };

export const initialReferencePriceState: ReferencePriceState = { status: 'none' };

export function evolveReferencePrice(state: ReferencePriceState, event: ReferencePriceEvent): ReferencePriceState {
  switch (event.type) {
    case 'ReferencePriceAnnounced':
      return { status: 'announced', announcement: event.data };
  }
}
