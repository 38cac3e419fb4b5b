/**
 * A citizen id is held by one member (stream `citizenidclaim-<claimId>`). The claim id is a
 * keyed hash of the id, never the id: personal data (PDPA) stays out of stream names.
 */
export type CitizenIdClaimed = {
  readonly type: 'CitizenIdClaimed';
  readonly data: {
    readonly claimId: string;
    readonly memberId: string;
  };
};

export type CitizenIdClaimEvent = CitizenIdClaimed;
