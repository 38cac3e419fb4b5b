import { Module } from '@nestjs/common';

import { CollectEggsHandler } from './commands/collect-eggs/collect-eggs.command';
import { CollectEggsController } from './commands/collect-eggs/collect-eggs.controller';
import { GradeLotHandler } from './commands/grade-lot/grade-lot.command';
import { GradeLotController } from './commands/grade-lot/grade-lot.controller';
import { GetLotController, GetLotHandler } from './queries/get-lot/get-lot.query';

/** Production (midstream): eggs collected per member, farm and flock into lots, and lots graded. */
@Module({
  controllers: [CollectEggsController, GradeLotController, GetLotController],
  providers: [CollectEggsHandler, GradeLotHandler, GetLotHandler],
})
export class ProductionModule {}
