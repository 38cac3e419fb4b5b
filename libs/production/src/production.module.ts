import { Module } from '@nestjs/common';

import { AllocatePackedStockHandler } from './commands/allocate-packed-stock/allocate-packed-stock.command';
import { AllocatePackedStockController } from './commands/allocate-packed-stock/allocate-packed-stock.controller';
import { CollectEggsHandler } from './commands/collect-eggs/collect-eggs.command';
import { CollectEggsController } from './commands/collect-eggs/collect-eggs.controller';
import { GradeLotHandler } from './commands/grade-lot/grade-lot.command';
import { GradeLotController } from './commands/grade-lot/grade-lot.controller';
import { PackEggsHandler } from './commands/pack-eggs/pack-eggs.command';
import { PackEggsController } from './commands/pack-eggs/pack-eggs.controller';
import { ProcessRejectsHandler } from './commands/process-rejects/process-rejects.command';
import { ProcessRejectsController } from './commands/process-rejects/process-rejects.controller';
import { RecordLossHandler } from './commands/record-loss/record-loss.command';
import { RecordLossController } from './commands/record-loss/record-loss.controller';
import { ReleasePackedStockHandler } from './commands/release-packed-stock/release-packed-stock.command';
import { ReleasePackedStockController } from './commands/release-packed-stock/release-packed-stock.controller';
import { VoidGradingHandler } from './commands/void-grading/void-grading.command';
import { VoidGradingController } from './commands/void-grading/void-grading.controller';
import { GetLotController, GetLotHandler } from './queries/get-lot/get-lot.query';

/**
 * Production (midstream): eggs collected per member, farm and flock into lots; lots graded
 * (and voided); graded eggs packed, lost, or allocated to shipments; rejects processed.
 */
@Module({
  controllers: [
    CollectEggsController,
    GradeLotController,
    VoidGradingController,
    PackEggsController,
    RecordLossController,
    ProcessRejectsController,
    AllocatePackedStockController,
    ReleasePackedStockController,
    GetLotController,
  ],
  providers: [
    CollectEggsHandler,
    GradeLotHandler,
    VoidGradingHandler,
    PackEggsHandler,
    RecordLossHandler,
    ProcessRejectsHandler,
    AllocatePackedStockHandler,
    ReleasePackedStockHandler,
    GetLotHandler,
  ],
})
export class ProductionModule {}
