import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';
import { Conflict, type Decider, InvariantViolated, NotFound, requireDistinct, sameFacts } from '@khai/core';

import { requireNotBefore, requireReason, requireWholeNumber } from './rules';
import { deliveryConfirmed, type DeliveryReport } from './shipment.delivery';
import type {
  ShipmentAllocated,
  ShipmentDispatched,
  ShipmentEvent,
  ShipmentPlanned,
  ShipmentRefused,
} from './shipment.events';
import { evolveShipment, initialShipmentState, type ShipmentState } from './shipment.state';

export type PlanShipment = {
  readonly type: 'PlanShipment';
  readonly data: {
    readonly shipmentId: string;
    readonly orderId: string;
    readonly buyerId: string;
    readonly plannedOn: string;
    readonly items: readonly { readonly lotId: string; readonly size: SizeClass; readonly trays: number }[];
  };
};

/** Sent by the shipment process manager once packed stock is set aside. */
export type ConfirmShipmentAllocated = {
  readonly type: 'ConfirmShipmentAllocated';
  readonly data: { readonly shipmentId: string; readonly allocatedOn: string };
};

/** Sent by the shipment process manager when the stock is not there. */
export type RefuseShipment = {
  readonly type: 'RefuseShipment';
  readonly data: { readonly shipmentId: string; readonly refusedOn: string; readonly reason: string };
};

export type DispatchShipment = {
  readonly type: 'DispatchShipment';
  readonly data: { readonly shipmentId: string; readonly dispatchedOn: string; readonly vehicle?: string };
};

export type ConfirmDelivery = {
  readonly type: 'ConfirmDelivery';
  readonly data: DeliveryReport;
};

export type ShipmentCommand =
  PlanShipment | ConfirmShipmentAllocated | RefuseShipment | DispatchShipment | ConfirmDelivery;

type Planned = Exclude<ShipmentState, { status: 'none' }>;

export const shipmentDecider: Decider<ShipmentCommand, ShipmentEvent, ShipmentState> = {
  initialState: initialShipmentState,
  evolve: evolveShipment,
  decide(command, state) {
    if (command.type === 'PlanShipment') return plan(command, state);
    if (state.status === 'none') throw shipmentNotFound(command.data.shipmentId);
    switch (command.type) {
      case 'ConfirmShipmentAllocated':
        return allocate(command, state);
      case 'RefuseShipment':
        return refuse(command, state);
      case 'DispatchShipment':
        return dispatch(command, state);
      case 'ConfirmDelivery':
        return deliver(command, state);
    }
  },
};

function plan({ data }: PlanShipment, state: ShipmentState): ShipmentEvent[] {
  if (data.items.length === 0) throw new InvariantViolated('shipment_has_no_items', 'a shipment carries some trays');
  requireDistinct(
    data.items.map((i) => `${i.lotId}\u0000${i.size}`),
    'duplicate_item',
    'each lot and size may be named once per shipment',
  );
  const items = [...data.items]
    .sort((a, b) => (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : a.size - b.size))
    .map((i) => {
      requireWholeNumber(i.trays, 1, 'invalid_item', 'trays');
      return { lotId: i.lotId, size: i.size, trays: i.trays, eggs: i.trays * EGGS_PER_TRAY };
    });
  const totalTrays = items.reduce((t, i) => t + i.trays, 0);
  const planned: ShipmentPlanned = {
    type: 'ShipmentPlanned',
    data: {
      shipmentId: data.shipmentId,
      orderId: data.orderId,
      buyerId: data.buyerId,
      plannedOn: data.plannedOn,
      items,
      totalTrays,
      totalEggs: totalTrays * EGGS_PER_TRAY,
    },
  };
  if (state.status === 'none') return [planned];
  if (sameFacts(state.plan, planned.data)) return [];
  throw new Conflict('shipment_already_planned', `shipment ${data.shipmentId} was already planned differently`, {
    shipmentId: data.shipmentId,
  });
}

function allocate({ data }: ConfirmShipmentAllocated, state: Planned): ShipmentEvent[] {
  const allocated: ShipmentAllocated = {
    type: 'ShipmentAllocated',
    data: { shipmentId: data.shipmentId, orderId: state.plan.orderId, allocatedOn: data.allocatedOn },
  };
  if ('allocation' in state && sameFacts(state.allocation, allocated.data)) return [];
  requireStatus(state, 'planned', 'shipment_not_planned');
  requireNotBefore(data.allocatedOn, state.plan.plannedOn, 'date_out_of_order', 'allocated before it was planned');
  return [allocated];
}

function refuse({ data }: RefuseShipment, state: Planned): ShipmentEvent[] {
  requireReason(data.reason);
  const refused: ShipmentRefused = {
    type: 'ShipmentRefused',
    data: { shipmentId: data.shipmentId, orderId: state.plan.orderId, refusedOn: data.refusedOn, reason: data.reason },
  };
  if (state.status === 'refused' && sameFacts(state.refusal, refused.data)) return [];
  requireStatus(state, 'planned', 'shipment_not_planned');
  requireNotBefore(data.refusedOn, state.plan.plannedOn, 'date_out_of_order', 'refused before it was planned');
  return [refused];
}

/** Nothing ships that was not packed: only an allocated shipment may leave. */
function dispatch({ data }: DispatchShipment, state: Planned): ShipmentEvent[] {
  const dispatched: ShipmentDispatched = {
    type: 'ShipmentDispatched',
    data: {
      shipmentId: data.shipmentId,
      orderId: state.plan.orderId,
      buyerId: state.plan.buyerId,
      dispatchedOn: data.dispatchedOn,
      vehicle: data.vehicle ?? null,
    },
  };
  if ('dispatch' in state) {
    if (sameFacts(state.dispatch, dispatched.data)) return [];
    throw new Conflict('shipment_already_dispatched', `shipment ${data.shipmentId} was already dispatched`, {
      shipmentId: data.shipmentId,
    });
  }
  if (state.status !== 'allocated') {
    throw new Conflict('shipment_not_allocated', `shipment ${data.shipmentId} is ${state.status}, not allocated`, {
      shipmentId: data.shipmentId,
      shipmentStatus: state.status,
    });
  }
  requireNotBefore(
    data.dispatchedOn,
    state.allocation.allocatedOn,
    'date_out_of_order',
    'dispatched before it was allocated',
  );
  return [dispatched];
}

function deliver({ data }: ConfirmDelivery, state: Planned): ShipmentEvent[] {
  const confirmed = deliveryConfirmed(data, state.plan);
  if (state.status === 'delivered') {
    if (sameFacts(state.delivery, confirmed.data)) return [];
    throw new Conflict('delivery_already_confirmed', `delivery of shipment ${data.shipmentId} was already confirmed`, {
      shipmentId: data.shipmentId,
    });
  }
  if (state.status !== 'dispatched') {
    throw new Conflict('shipment_not_dispatched', `shipment ${data.shipmentId} is ${state.status}, not dispatched`, {
      shipmentId: data.shipmentId,
      shipmentStatus: state.status,
    });
  }
  requireNotBefore(
    data.deliveredOn,
    state.dispatch.dispatchedOn,
    'date_out_of_order',
    'delivered before it was dispatched',
  );
  return [confirmed];
}

function requireStatus(state: Planned, status: Planned['status'], code: string): void {
  if (state.status !== status) {
    throw new Conflict(code, `shipment ${state.plan.shipmentId} is ${state.status}, not ${status}`, {
      shipmentId: state.plan.shipmentId,
      shipmentStatus: state.status,
    });
  }
}

export function shipmentNotFound(shipmentId: string): NotFound {
  return new NotFound(`shipment ${shipmentId} has not been planned`, { shipmentId }, 'shipment_not_found');
}
