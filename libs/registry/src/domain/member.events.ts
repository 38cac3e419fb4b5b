/**
 * How the cooperative reaches and pays the member (contact.ts), each part optional. Personal data (PDPA): sealed in
 * the log under the member's key (REGISTRY_PERSONAL_FIELDS). The bank account is two flat fields, as only strings
 * at the top of an event's data are sealed.
 */
export type MemberContact = {
  /** National form: 0 and 8–9 digits. */
  readonly phone?: string;
  /** One of THAI_BANKS; with bankAccountNumber. */
  readonly bank?: string;
  /** 10–12 digits. */
  readonly bankAccountNumber?: string;
};

/**
 * A farmer joins the cooperative (สมาชิกสหกรณ์). The name, the citizen id and the contact are personal data
 * (PDPA): sealed in the log under the member's key (REGISTRY_PERSONAL_FIELDS), read back as
 * `ERASED` once the member is erased; the citizen id and the contact are masked outside the member's own views.
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
  } & MemberContact;
};

/**
 * The member's contact from this day on, as a whole: a part left out is no longer known (a phone given up, an
 * account closed). Personal data, sealed like MemberJoined's.
 */
export type MemberContactChanged = {
  readonly type: 'MemberContactChanged';
  readonly data: {
    readonly memberId: string;
    /** ISO date of the change. */
    readonly changedOn: string;
  } & MemberContact;
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
 * The member's personal data is erased (PDPA), at an admin's request: the key their name, citizen id and contact
 * are sealed with is destroyed once this is appended (REGISTRY_PERSONAL_FIELDS). No personal data in it; the reason
 * stays.
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
export type MemberEvent = MemberJoined | FarmRegistered | MemberContactChanged | MemberErased;
