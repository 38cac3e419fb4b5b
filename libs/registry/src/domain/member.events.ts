/**
 * A farmer joins the cooperative (สมาชิกสหกรณ์). The name and the citizen id are personal data
 * (PDPA): sealed in the log under the member's key (REGISTRY_PERSONAL_FIELDS), read back as
 * `ERASED` once the member is erased; the citizen id is masked outside the member's own views.
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
    /** Unique within the member. */
    readonly farmId: string;
    readonly name: string;
    /** อำเภอ */
    readonly district: string;
    /** จังหวัด */
    readonly province: string;
    /** ISO date the farm came into the cooperative. */
    readonly registeredOn: string;
  };
};

/**
 * The member's personal data is erased (PDPA), at an admin's request: the key their name and citizen id are sealed
 * with is destroyed once this is appended (REGISTRY_PERSONAL_FIELDS). No personal data in it; the reason stays.
 */
export type MemberErased = {
  readonly type: 'MemberErased';
  readonly data: {
    readonly memberId: string;
    /** Why, in words that name no one. */
    readonly reason: string;
    /** ISO date of the erasure. */
    readonly erasedOn: string;
  };
};

/** Flocks are their own aggregate (flock.events.ts): a member stream holds the member and their farms. */
export type MemberEvent = MemberJoined | FarmRegistered | MemberErased;
