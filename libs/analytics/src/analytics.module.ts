import { Module } from '@nestjs/common';

import { actionPlanControllers, actionPlanProviders } from './action-plan';
import { clusterControllers, clusterProviders } from './projections/cluster-map';
import { incomeControllers, incomeProviders } from './projections/member-income';
import {
  GetNegotiatedPricesHandler,
  NegotiatedPricesController,
} from './projections/negotiated-prices/negotiated-prices.query';
import { GetNegotiationsHandler, NegotiationsController } from './projections/negotiations/negotiations.query';
import { GetPricePremiumHandler, PricePremiumController } from './projections/price-premium/price-premium.query';
import { TraceabilityController, TraceShipmentHandler } from './projections/traceability/traceability.query';
import { ReferenceSeriesCache } from './read-side/reference-series';

/**
 * The questions the read side answers. Its document projections
 * (`analyticsProjections()`) run in the global `ReadModelsModule`, whose store
 * (READ_MODEL_STORE) and runner these handlers read and wait on.
 */
@Module({
  controllers: [
    PricePremiumController,
    TraceabilityController,
    NegotiatedPricesController,
    NegotiationsController,
    ...incomeControllers,
    ...clusterControllers,
    ...actionPlanControllers,
  ],
  providers: [
    ReferenceSeriesCache,
    GetPricePremiumHandler,
    TraceShipmentHandler,
    GetNegotiatedPricesHandler,
    GetNegotiationsHandler,
    ...incomeProviders,
    ...clusterProviders,
    ...actionPlanProviders,
  ],
})
export class AnalyticsModule {}
