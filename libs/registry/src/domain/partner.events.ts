import type { BuyerChannel, ChainStage, PartnerKind } from './partner.vocabulary';

/** A partner placed on the cluster map (stream `partner-<partnerId>`). */
export type PartnerRegistered = {
  readonly type: 'PartnerRegistered';
  readonly data: {
    readonly partnerId: string;
    readonly name: string;
    readonly kind: PartnerKind;
    /** Present exactly when kind is BUYER. */
    readonly channel?: BuyerChannel;
    /** As given, or the kind's default (see defaultChainStage). */
    readonly stage: ChainStage;
    /** จังหวัด */
    readonly province?: string;
    /** 13 digits, same check digit as a citizen id. */
    readonly taxId?: string;
    /** ISO date the partner came onto the map. */
    readonly registeredOn: string;
  };
};

/** The partner moved on the map (a processor that starts buying, say); the reason says why. */
export type PartnerStageChanged = {
  readonly type: 'PartnerStageChanged';
  readonly data: {
    readonly partnerId: string;
    readonly previousStage: ChainStage;
    readonly stage: ChainStage;
    readonly reason: string;
    /** ISO date; not before the registration. */
    readonly changedOn: string;
  };
};

export type PartnerEvent = PartnerRegistered | PartnerStageChanged;
