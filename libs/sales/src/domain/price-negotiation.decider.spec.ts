import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import {
  type AgreePrice,
  type FailNegotiation,
  type MakeCounterOffer,
  type OpenPriceNegotiation,
  priceNegotiationDecider as decider,
  type ReceiveBuyerOffer,
} from './price-negotiation.decider';
import type {
  BuyerOfferReceived,
  CounterOfferMade,
  NegotiationFailed,
  PriceAgreed,
  PriceNegotiationOpened,
} from './price-negotiation.events';

const open: OpenPriceNegotiation = {
  type: 'OpenPriceNegotiation',
  data: {
    negotiationId: 'N2026-makro-Q4',
    buyerId: 'B-makro-cm',
    openedOn: '2026-10-01',
    asking: [
      { size: 3, satangPerEgg: 360 },
      { size: 2, satangPerEgg: 380 },
    ],
    floorSatangPerEgg: 300,
    ceilingSatangPerEgg: 360,
  },
};
const opened: PriceNegotiationOpened = {
  type: 'PriceNegotiationOpened',
  data: {
    negotiationId: 'N2026-makro-Q4',
    buyerId: 'B-makro-cm',
    openedOn: '2026-10-01',
    asking: [
      { size: 2, satangPerEgg: 380 },
      { size: 3, satangPerEgg: 360 },
    ],
    floorSatangPerEgg: 300,
    ceilingSatangPerEgg: 360,
  },
};
const offer: ReceiveBuyerOffer = {
  type: 'ReceiveBuyerOffer',
  data: {
    negotiationId: 'N2026-makro-Q4',
    roundId: 'R1',
    offeredOn: '2026-10-02',
    prices: [
      { size: 3, satangPerEgg: 330 },
      { size: 2, satangPerEgg: 350 },
    ],
    eggsPerWeek: 36_000,
  },
};
const offered: BuyerOfferReceived = {
  type: 'BuyerOfferReceived',
  data: {
    negotiationId: 'N2026-makro-Q4',
    roundId: 'R1',
    round: 1,
    offeredOn: '2026-10-02',
    prices: [
      { size: 2, satangPerEgg: 350 },
      { size: 3, satangPerEgg: 330 },
    ],
    eggsPerWeek: 36_000,
  },
};
const counter: MakeCounterOffer = {
  type: 'MakeCounterOffer',
  data: {
    negotiationId: 'N2026-makro-Q4',
    roundId: 'R2',
    offeredOn: '2026-10-03',
    prices: [{ size: 2, satangPerEgg: 370 }],
  },
};
const countered: CounterOfferMade = {
  type: 'CounterOfferMade',
  data: { ...counter.data, round: 2 },
};
const agree: AgreePrice = {
  type: 'AgreePrice',
  data: {
    negotiationId: 'N2026-makro-Q4',
    agreedOn: '2026-10-04',
    prices: [
      { size: 3, satangPerEgg: 345 },
      { size: 2, satangPerEgg: 365 },
    ],
    validFrom: '2026-10-06',
    validTo: '2026-12-31',
  },
};
const agreed: PriceAgreed = {
  type: 'PriceAgreed',
  data: {
    negotiationId: 'N2026-makro-Q4',
    buyerId: 'B-makro-cm',
    agreedOn: '2026-10-04',
    prices: [
      { size: 2, satangPerEgg: 365 },
      { size: 3, satangPerEgg: 345 },
    ],
    validFrom: '2026-10-06',
    validTo: '2026-12-31',
    rounds: 2,
  },
};
const fail: FailNegotiation = {
  type: 'FailNegotiation',
  data: { negotiationId: 'N2026-makro-Q4', failedOn: '2026-10-04', reason: 'buyer went to another supplier' },
};
const failed: NegotiationFailed = {
  type: 'NegotiationFailed',
  data: { ...fail.data, buyerId: 'B-makro-cm', rounds: 2 },
};

describe('opening a price negotiation', () => {
  it('records the asking price per size, sorted, with floor and ceiling', () => {
    given(decider).when(open).then([opened]);
  });

  it('records a missing floor and ceiling as null', () => {
    const { floorSatangPerEgg: _f, ceilingSatangPerEgg: _c, ...bare } = open.data;
    given(decider)
      .when({ ...open, data: bare })
      .then([{ ...opened, data: { ...opened.data, floorSatangPerEgg: null, ceilingSatangPerEgg: null } }]);
  });

  it('is a no-op when opened again identically', () => {
    given(decider, [opened]).when(open).thenNothing();
  });

  it('refuses a different negotiation under the same id', () => {
    given(decider, [opened])
      .when({ ...open, data: { ...open.data, buyerId: 'B-other' } })
      .thenThrows(Conflict, 'negotiation_already_opened');
  });

  it('refuses an empty ask, a size asked twice, a fractional price and a floor above the ceiling', () => {
    given(decider)
      .when({ ...open, data: { ...open.data, asking: [] } })
      .thenThrows(InvariantViolated, 'no_prices');
    given(decider)
      .when({ ...open, data: { ...open.data, asking: [...open.data.asking, { size: 3, satangPerEgg: 1 }] } })
      .thenThrows(InvariantViolated, 'duplicate_size_class');
    given(decider)
      .when({ ...open, data: { ...open.data, asking: [{ size: 3, satangPerEgg: 3.6 }] } })
      .thenThrows(InvariantViolated, 'invalid_price');
    given(decider)
      .when({ ...open, data: { ...open.data, floorSatangPerEgg: 400 } })
      .thenThrows(InvariantViolated, 'floor_above_ceiling');
  });
});

describe('buyer offers and counter-offers', () => {
  it('numbers the rounds, buyer first, and alternates', () => {
    given(decider, [opened]).when(offer).then([offered]);
    given(decider, [opened, offered]).when(counter).then([countered]);
    given(decider, [opened, offered, countered])
      .when({ ...offer, data: { ...offer.data, roundId: 'R3', offeredOn: '2026-10-03' } })
      .then([{ ...offered, data: { ...offered.data, roundId: 'R3', round: 3, offeredOn: '2026-10-03' } }]);
  });

  it('records an offer without a volume as null', () => {
    const { eggsPerWeek: _v, ...bare } = offer.data;
    given(decider, [opened])
      .when({ ...offer, data: bare })
      .then([{ ...offered, data: { ...offered.data, eggsPerWeek: null } }]);
  });

  it('is a no-op when the same round is sent again, also after the next round', () => {
    given(decider, [opened, offered]).when(offer).thenNothing();
    given(decider, [opened, offered, countered]).when(offer).thenNothing();
    given(decider, [opened, offered, countered]).when(counter).thenNothing();
  });

  it('refuses a round id reused for another offer', () => {
    given(decider, [opened, offered])
      .when({ ...offer, data: { ...offer.data, prices: [{ size: 2, satangPerEgg: 351 }] } })
      .thenThrows(Conflict, 'round_already_recorded');
    given(decider, [opened, offered])
      .when({ ...counter, data: { ...counter.data, roundId: 'R1' } })
      .thenThrows(Conflict, 'round_already_recorded');
  });

  it('refuses two buyer offers in a row, and a counter-offer that answers nothing', () => {
    given(decider, [opened, offered])
      .when({ ...offer, data: { ...offer.data, roundId: 'R2' } })
      .thenThrows(Conflict, 'not_buyers_turn');
    given(decider, [opened]).when(counter).thenThrows(Conflict, 'not_our_turn');
    given(decider, [opened, offered, countered])
      .when({ ...counter, data: { ...counter.data, roundId: 'R3' } })
      .thenThrows(Conflict, 'not_our_turn');
  });

  it('refuses sizes that were not asked, and prices that are not whole satang', () => {
    given(decider, [opened])
      .when({ ...offer, data: { ...offer.data, prices: [{ size: 0, satangPerEgg: 400 }] } })
      .thenThrows(InvariantViolated, 'size_not_asked');
    given(decider, [opened])
      .when({ ...offer, data: { ...offer.data, prices: [{ size: 2, satangPerEgg: 0 }] } })
      .thenThrows(InvariantViolated, 'invalid_price');
    given(decider, [opened])
      .when({ ...offer, data: { ...offer.data, eggsPerWeek: 0 } })
      .thenThrows(InvariantViolated, 'invalid_volume');
  });

  it('refuses a round dated before the previous step', () => {
    given(decider, [opened])
      .when({ ...offer, data: { ...offer.data, offeredOn: '2026-09-30' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
  });

  it('refuses rounds on an unknown or closed negotiation', () => {
    given(decider).when(offer).thenThrows(NotFound, 'negotiation_not_found');
    given(decider, [opened, offered, countered, agreed])
      .when({ ...offer, data: { ...offer.data, roundId: 'R3' } })
      .thenThrows(Conflict, 'negotiation_closed');
    given(decider, [opened, offered, failed])
      .when({ ...counter, data: { ...counter.data } })
      .thenThrows(Conflict, 'negotiation_closed');
  });
});

describe('agreeing a price', () => {
  it('closes the negotiation with the agreed prices, the period and the rounds it took', () => {
    given(decider, [opened, offered, countered]).when(agree).then([agreed]);
  });

  it('may accept the buyer offer right away', () => {
    given(decider, [opened, offered])
      .when(agree)
      .then([{ ...agreed, data: { ...agreed.data, rounds: 1 } }]);
  });

  it('is a no-op when agreed again identically', () => {
    given(decider, [opened, offered, countered, agreed]).when(agree).thenNothing();
  });

  it('refuses an agreement before any buyer offer', () => {
    given(decider, [opened]).when(agree).thenThrows(Conflict, 'no_buyer_offer');
  });

  it('refuses another agreement or any agreement after failing', () => {
    given(decider, [opened, offered, countered, agreed])
      .when({ ...agree, data: { ...agree.data, validTo: '2027-01-31' } })
      .thenThrows(Conflict, 'negotiation_closed');
    given(decider, [opened, offered, countered, failed]).when(agree).thenThrows(Conflict, 'negotiation_closed');
  });

  it('refuses unasked sizes, an inverted period and a date before the last round', () => {
    given(decider, [opened, offered])
      .when({ ...agree, data: { ...agree.data, prices: [{ size: 4, satangPerEgg: 300 }] } })
      .thenThrows(InvariantViolated, 'size_not_asked');
    given(decider, [opened, offered])
      .when({ ...agree, data: { ...agree.data, validTo: '2026-10-05' } })
      .thenThrows(InvariantViolated, 'invalid_validity_period');
    given(decider, [opened, offered])
      .when({ ...agree, data: { ...agree.data, agreedOn: '2026-10-01' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
  });

  it('refuses an unknown negotiation', () => {
    given(decider).when(agree).thenThrows(NotFound, 'negotiation_not_found');
  });
});

describe('failing a negotiation', () => {
  it('closes the negotiation with the reason and the rounds', () => {
    given(decider, [opened, offered, countered]).when(fail).then([failed]);
    given(decider, [opened])
      .when(fail)
      .then([{ ...failed, data: { ...failed.data, rounds: 0 } }]);
  });

  it('is a no-op when failed again identically', () => {
    given(decider, [opened, offered, countered, failed]).when(fail).thenNothing();
  });

  it('refuses to fail a closed negotiation differently', () => {
    given(decider, [opened, offered, countered, failed])
      .when({ ...fail, data: { ...fail.data, reason: 'another' } })
      .thenThrows(Conflict, 'negotiation_closed');
    given(decider, [opened, offered, countered, agreed]).when(fail).thenThrows(Conflict, 'negotiation_closed');
  });

  it('refuses a blank reason, a date before the last round, and an unknown negotiation', () => {
    given(decider, [opened])
      .when({ ...fail, data: { ...fail.data, reason: '  ' } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(decider, [opened, offered, countered])
      .when({ ...fail, data: { ...fail.data, failedOn: '2026-10-02' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
    given(decider).when(fail).thenThrows(NotFound, 'negotiation_not_found');
  });
});
