import { LOT_DIRECTORY } from '@khai/cluster';
import { useCaseControllers } from '@khai/event-sourcing';
import { Module } from '@nestjs/common';

import { productionUseCases } from './commands';
import { ProductionLotDirectory } from './directory/production-lot-directory';
import { GetLotController, GetLotHandler } from './queries/get-lot/get-lot.query';

/**
 * Production (midstream): eggs collected per member, farm and flock into lots; lots graded
 * (and voided); graded eggs packed, lost, or allocated to shipments; rejects processed.
 */
@Module({
  controllers: [...useCaseControllers(productionUseCases), GetLotController],
  providers: [GetLotHandler, { provide: LOT_DIRECTORY, useClass: ProductionLotDirectory }],
  // Other contexts check the lots they name against it (a sale's eggs).
  exports: [LOT_DIRECTORY],
})
export class ProductionModule {}
