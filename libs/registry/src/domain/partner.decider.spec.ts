import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { type ChangePartnerStage, partnerDecider, type RegisterPartner } from './partner.decider';
import type { PartnerRegistered, PartnerStageChanged } from './partner.events';
import { defaultChainStage, PARTNER_KINDS } from './partner.vocabulary';

const registerBuyer: RegisterPartner = {
  type: 'RegisterPartner',
  data: {
    partnerId: 'B-TOPS',
    name: 'Tops Market',
    kind: 'BUYER',
    channel: 'MODERN_TRADE',
    province: 'เชียงใหม่',
    taxId: '1234567890121',
    registeredOn: '2022-01-10',
  },
};
const buyerRegistered: PartnerRegistered = {
  type: 'PartnerRegistered',
  data: {
    partnerId: 'B-TOPS',
    name: 'Tops Market',
    kind: 'BUYER',
    channel: 'MODERN_TRADE',
    stage: 'DOWNSTREAM',
    province: 'เชียงใหม่',
    taxId: '1234567890121',
    registeredOn: '2022-01-10',
  },
};

const changeStage: ChangePartnerStage = {
  type: 'ChangePartnerStage',
  data: { partnerId: 'B-TOPS', stage: 'MIDSTREAM', reason: 'now grades and packs for us', changedOn: '2023-02-01' },
};
const stageChanged: PartnerStageChanged = {
  type: 'PartnerStageChanged',
  data: { ...changeStage.data, previousStage: 'DOWNSTREAM' },
};

describe('registering a partner', () => {
  it('places a buyer downstream with its channel', () => {
    given(partnerDecider).when(registerBuyer).then([buyerRegistered]);
  });

  it.each(PARTNER_KINDS.filter((k) => k !== 'BUYER'))('derives the stage of a %s from its kind', (kind) => {
    given(partnerDecider)
      .when({ type: 'RegisterPartner', data: { partnerId: 'P1', name: 'P', kind, registeredOn: '2022-01-10' } })
      .then([
        {
          type: 'PartnerRegistered',
          data: { partnerId: 'P1', name: 'P', kind, stage: defaultChainStage(kind), registeredOn: '2022-01-10' },
        },
      ]);
  });

  it('maps the kinds to the stages of the cluster map', () => {
    expect(PARTNER_KINDS.map((k) => [k, defaultChainStage(k)])).toEqual([
      ['FEED_SUPPLIER', 'UPSTREAM'],
      ['PULLET_SUPPLIER', 'UPSTREAM'],
      ['BUYER', 'DOWNSTREAM'],
      ['PROCESSOR', 'MIDSTREAM'],
      ['FINANCIAL_INSTITUTION', 'SUPPORT'],
      ['GOVERNMENT_AGENCY', 'SUPPORT'],
      ['UNIVERSITY', 'SUPPORT'],
      ['OTHER', 'SUPPORT'],
    ]);
  });

  it('keeps a stage given explicitly', () => {
    given(partnerDecider)
      .when({ ...registerBuyer, data: { ...registerBuyer.data, stage: 'SUPPORT' } })
      .then([{ ...buyerRegistered, data: { ...buyerRegistered.data, stage: 'SUPPORT' } }]);
  });

  it('is a no-op when the same registration is sent again, with the default stage spelled out or not', () => {
    given(partnerDecider, [buyerRegistered]).when(registerBuyer).thenNothing();
    given(partnerDecider, [buyerRegistered])
      .when({ ...registerBuyer, data: { ...registerBuyer.data, stage: 'DOWNSTREAM' } })
      .thenNothing();
  });

  it('is still a no-op after the partner moved on the map', () => {
    given(partnerDecider, [buyerRegistered, stageChanged]).when(registerBuyer).thenNothing();
  });

  it('refuses other details for a registered partner', () => {
    given(partnerDecider, [buyerRegistered])
      .when({ ...registerBuyer, data: { ...registerBuyer.data, channel: 'RETAILER' } })
      .thenThrows(Conflict, 'partner_already_registered');
  });

  it('refuses a buyer without a channel', () => {
    const { channel: _, ...noChannel } = registerBuyer.data;
    given(partnerDecider)
      .when({ type: 'RegisterPartner', data: noChannel })
      .thenThrows(InvariantViolated, 'channel_required');
  });

  it('refuses a channel for anyone but a buyer', () => {
    given(partnerDecider)
      .when({ ...registerBuyer, data: { ...registerBuyer.data, kind: 'FEED_SUPPLIER' } })
      .thenThrows(InvariantViolated, 'channel_not_applicable');
  });

  it('refuses a tax id whose check digit is wrong', () => {
    given(partnerDecider)
      .when({ ...registerBuyer, data: { ...registerBuyer.data, taxId: '1234567890122' } })
      .thenThrows(InvariantViolated, 'invalid_tax_id');
  });
});

describe('changing a partner stage', () => {
  it('moves the partner and says from where', () => {
    given(partnerDecider, [buyerRegistered]).when(changeStage).then([stageChanged]);
  });

  it('is a no-op when the partner is already at that stage', () => {
    given(partnerDecider, [buyerRegistered, stageChanged]).when(changeStage).thenNothing();
    given(partnerDecider, [buyerRegistered])
      .when({ ...changeStage, data: { ...changeStage.data, stage: 'DOWNSTREAM' } })
      .thenNothing();
  });

  it('answers partner_not_found for an unknown partner', () => {
    given(partnerDecider).when(changeStage).thenThrows(NotFound, 'partner_not_found');
  });

  it('refuses a change dated before the registration', () => {
    given(partnerDecider, [buyerRegistered])
      .when({ ...changeStage, data: { ...changeStage.data, changedOn: '2022-01-09' } })
      .thenThrows(InvariantViolated, 'stage_changed_before_registration');
  });
});
