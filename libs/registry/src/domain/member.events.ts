/**
 * A farmer joins the cooperative (สมาชิกสหกรณ์). The citizen id is personal data
 * (PDPA): kept whole in the log, masked outside the member's own views.
 */
export type MemberJoined = {
  readonly type: 'MemberJoined';
  readonly data: {
    readonly memberId: string;
    /** As the member writes it, Thai script allowed. */
    readonly name: string;
    readonly citizenId: string;
    /** ISO date the membership starts. */
    readonly joinedOn: string;
  };
};

/** A member's farm, placed on the cluster map by district and province. */
export type FarmRegistered = {
  readonly type: 'FarmRegistered';
  readonly data: {
    readonly memberId: string;
    readonly farmId: string;
    readonly name: string;
    readonly district: string;
    readonly province: string;
    /** ISO date the farm came into the cooperative. */
    readonly registeredOn: string;
  };
};

/** A flock of layer hens housed on a member's farm. */
export type FlockPlaced = {
  readonly type: 'FlockPlaced';
  readonly data: {
    readonly memberId: string;
    readonly farmId: string;
    readonly flockId: string;
    readonly breed: string;
    /** Hens housed at placement, the base of hen-housed production. */
    readonly hensPlaced: number;
    /** ISO date the hens were housed. */
    readonly placedOn: string;
  };
};

export type MemberEvent = MemberJoined | FarmRegistered | FlockPlaced;
