/** A flock of layer hens housed on a member's farm (stream `flock-<flockId>`). */
export type FlockPlaced = {
  readonly type: 'FlockPlaced';
  readonly data: {
    readonly flockId: string;
    readonly memberId: string;
    readonly farmId: string;
    readonly breed: string;
    /** Hens housed at placement, the base of hen-housed production and of mortality %. */
    readonly hensPlaced: number;
    /** ISO date the hens were housed. */
    readonly placedOn: string;
    /** ISO hatch date, where known: the age in weeks drives the lay curve. Not after placedOn. */
    readonly hatchedOn?: string;
  };
};

/** Hens found dead (อัตราการตาย); counted apart from culls. */
export type FlockMortalityRecorded = {
  readonly type: 'FlockMortalityRecorded';
  readonly data: {
    readonly flockId: string;
    /** ISO date of the count; not before placement. */
    readonly recordedOn: string;
    /** At least 1, at most the hens alive. */
    readonly deaths: number;
    readonly cause?: string;
  };
};

/** Hens taken out of lay (ปลดระวาง), all or part of the flock. */
export type FlockCulled = {
  readonly type: 'FlockCulled';
  readonly data: {
    readonly flockId: string;
    /** ISO date; not before placement. */
    readonly culledOn: string;
    /** At least 1, at most the hens alive. */
    readonly hens: number;
    readonly reason: string;
  };
};

export type FlockEvent = FlockPlaced | FlockMortalityRecorded | FlockCulled;
