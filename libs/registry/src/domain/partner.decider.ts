import { aggregate, Conflict, type Decider, InvariantViolated, sameFacts } from '@khai/core';

import { isValidTaxId } from './citizen-id';
import type { PartnerEvent, PartnerRegistered, PartnerStageChanged } from './partner.events';
import { evolvePartner, initialPartnerState, type PartnerState } from './partner.state';
import { type ChainStage, defaultChainStage } from './partner.vocabulary';
import { partnerNotFound } from './registry.errors';

/** The stage may be left out: it then follows from the kind. */
export type RegisterPartner = {
  readonly type: 'RegisterPartner';
  readonly data: Omit<PartnerRegistered['data'], 'stage'> & { readonly stage?: ChainStage };
};

export type ChangePartnerStage = {
  readonly type: 'ChangePartnerStage';
  readonly data: Omit<PartnerStageChanged['data'], 'previousStage'>;
};

export type PartnerCommand = RegisterPartner | ChangePartnerStage;

export const partnerDecider: Decider<PartnerCommand, PartnerEvent, PartnerState> = {
  initialState: initialPartnerState,
  evolve: evolvePartner,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterPartner':
        return register(command, state);
      case 'ChangePartnerStage':
        return changeStage(command, state);
    }
  },
};

function register({ data }: RegisterPartner, state: PartnerState): PartnerEvent[] {
  if (data.kind === 'BUYER' && data.channel === undefined) {
    throw new InvariantViolated('channel_required', 'a buyer needs its channel', { kind: data.kind });
  }
  if (data.kind !== 'BUYER' && data.channel !== undefined) {
    throw new InvariantViolated('channel_not_applicable', 'only buyers have a channel', {
      kind: data.kind,
      channel: data.channel,
    });
  }
  if (data.taxId !== undefined && !isValidTaxId(data.taxId)) {
    throw new InvariantViolated('invalid_tax_id', 'the tax id must be 13 digits with a valid check digit');
  }
  const registered: PartnerRegistered = {
    type: 'PartnerRegistered',
    data: {
      partnerId: data.partnerId,
      name: data.name,
      kind: data.kind,
      ...(data.channel !== undefined ? { channel: data.channel } : {}),
      stage: data.stage ?? defaultChainStage(data.kind),
      ...(data.province !== undefined ? { province: data.province } : {}),
      ...(data.taxId !== undefined ? { taxId: data.taxId } : {}),
      registeredOn: data.registeredOn,
    },
  };
  if (state.status === 'none') return [registered];
  if (sameFacts(state.registration, registered.data)) return [];
  throw new Conflict(
    'partner_already_registered',
    `partner ${data.partnerId} is already registered with other details`,
    { partnerId: data.partnerId },
  );
}

function changeStage({ data }: ChangePartnerStage, state: PartnerState): PartnerEvent[] {
  if (state.status === 'none') throw partnerNotFound(data.partnerId);
  if (data.stage === state.stage) return [];
  const { registeredOn } = state.registration;
  if (data.changedOn < registeredOn) {
    throw new InvariantViolated(
      'stage_changed_before_registration',
      `partner ${data.partnerId} was registered on ${registeredOn}`,
      {
        registeredOn,
        changedOn: data.changedOn,
      },
    );
  }
  return [
    {
      type: 'PartnerStageChanged',
      data: {
        partnerId: data.partnerId,
        previousStage: state.stage,
        stage: data.stage,
        reason: data.reason,
        changedOn: data.changedOn,
      },
    },
  ];
}

/** Partners live in the `partner` stream category. */
export const partner = aggregate('partner', partnerDecider);
