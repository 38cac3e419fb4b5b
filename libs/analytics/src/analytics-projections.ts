import type { DocumentProjection } from '@khai/read-models';

import { actionPlanProjections } from './action-plan';
import { clusterProjections } from './projections/cluster-map';
import { incomeProjections } from './projections/member-income';
import { negotiatedPricesProjection } from './projections/negotiated-prices/negotiated-prices.projection';
import { negotiationsProjection } from './projections/negotiations/negotiations.projection';
import { partnersProjection } from './projections/partners/partners.projection';
import { pricePremiumProjection } from './projections/price-premium/price-premium.projection';
import { referencePricesProjection } from './projections/reference-prices/reference-prices.projection';
import { traceabilityProjection } from './projections/traceability/traceability.projection';

/** Prices, negotiations and traceability: the projections the other analytics build on. */
export function priceProjections(): DocumentProjection[] {
  return [
    referencePricesProjection,
    partnersProjection,
    pricePremiumProjection,
    traceabilityProjection,
    negotiatedPricesProjection,
    negotiationsProjection,
  ];
}

/** The read side's document projections, for `ReadModelsModule.forRoot({ projections })`. */
export function analyticsProjections(): DocumentProjection[] {
  return [...priceProjections(), ...incomeProjections, ...clusterProjections, ...actionPlanProjections];
}
