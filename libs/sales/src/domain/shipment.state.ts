import type {
  DeliveryConfirmed,
  ShipmentAllocated,
  ShipmentDispatched,
  ShipmentEvent,
  ShipmentPlanned,
  ShipmentRefused,
} from './shipment.events';

type Plan = ShipmentPlanned['data'];
type Allocation = ShipmentAllocated['data'];
type Dispatch = ShipmentDispatched['data'];

export type ShipmentState =
  | { readonly status: 'none' }
  | { readonly status: 'planned'; readonly plan: Plan }
  | { readonly status: 'refused'; readonly plan: Plan; readonly refusal: ShipmentRefused['data'] }
  | { readonly status: 'allocated'; readonly plan: Plan; readonly allocation: Allocation }
  | { readonly status: 'dispatched'; readonly plan: Plan; readonly allocation: Allocation; readonly dispatch: Dispatch }
  | {
      readonly status: 'delivered';
      readonly plan: Plan;
      readonly allocation: Allocation;
      readonly dispatch: Dispatch;
      readonly delivery: DeliveryConfirmed['data'];
    };

export const initialShipmentState: ShipmentState = { status: 'none' };

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveShipment(state: ShipmentState, event: ShipmentEvent): ShipmentState {
  switch (event.type) {
    case 'ShipmentPlanned':
      return state.status === 'none' ? { status: 'planned', plan: event.data } : state;
    case 'ShipmentAllocated':
      return state.status === 'planned' ? { status: 'allocated', plan: state.plan, allocation: event.data } : state;
    case 'ShipmentRefused':
      return state.status === 'planned' ? { status: 'refused', plan: state.plan, refusal: event.data } : state;
    case 'ShipmentDispatched':
      return state.status === 'allocated' ? { ...state, status: 'dispatched', dispatch: event.data } : state;
    case 'DeliveryConfirmed':
      return state.status === 'dispatched' ? { ...state, status: 'delivered', delivery: event.data } : state;
  }
}
