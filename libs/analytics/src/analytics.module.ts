import { Module } from '@nestjs/common';

import { PricePremiumProjection } from './projections/price-premium/price-premium.projection';
import { GetPricePremiumHandler, PricePremiumController } from './projections/price-premium/price-premium.query';
import { TraceabilityProjection } from './projections/traceability/traceability.projection';
import { TraceabilityController, TraceShipmentHandler } from './projections/traceability/traceability.query';
import { ProjectionRunner, PROJECTIONS } from './runner/projection-runner';
import { ProjectionStatusController } from './runner/projection-status.controller';

/** The read side: projections of the log, kept current by the runner, and the questions they answer. */
@Module({
  controllers: [PricePremiumController, TraceabilityController, ProjectionStatusController],
  providers: [
    PricePremiumProjection,
    TraceabilityProjection,
    {
      provide: PROJECTIONS,
      useFactory: (...projections: unknown[]) => projections,
      inject: [PricePremiumProjection, TraceabilityProjection],
    },
    ProjectionRunner,
    GetPricePremiumHandler,
    TraceShipmentHandler,
  ],
  exports: [ProjectionRunner],
})
export class AnalyticsModule {}
