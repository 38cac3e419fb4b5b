import { Module } from '@nestjs/common';

import { PricePremiumProjection } from './projections/price-premium/price-premium.projection';
import { GetPricePremiumHandler, PricePremiumController } from './projections/price-premium/price-premium.query';
import { ProjectionRunner, PROJECTIONS } from './runner/projection-runner';
import { ProjectionStatusController } from './runner/projection-status.controller';

/** The read side: projections of the log, kept current by the runner, and the questions they answer. */
@Module({
  controllers: [PricePremiumController, ProjectionStatusController],
  providers: [
    PricePremiumProjection,
    { provide: PROJECTIONS, useFactory: (p: PricePremiumProjection) => [p], inject: [PricePremiumProjection] },
    ProjectionRunner,
    GetPricePremiumHandler,
  ],
  exports: [ProjectionRunner],
})
export class AnalyticsModule {}
