import { Module } from '@nestjs/common';

import { ChangePartnerStageHandler } from './commands/change-partner-stage/change-partner-stage.command';
import { ChangePartnerStageController } from './commands/change-partner-stage/change-partner-stage.controller';
import { CullFlockHandler } from './commands/cull-flock/cull-flock.command';
import { CullFlockController } from './commands/cull-flock/cull-flock.controller';
import { PlaceFlockHandler } from './commands/place-flock/place-flock.command';
import { PlaceFlockController } from './commands/place-flock/place-flock.controller';
import { RecordFlockMortalityHandler } from './commands/record-flock-mortality/record-flock-mortality.command';
import { RecordFlockMortalityController } from './commands/record-flock-mortality/record-flock-mortality.controller';
import { RegisterFarmHandler } from './commands/register-farm/register-farm.command';
import { RegisterFarmController } from './commands/register-farm/register-farm.controller';
import { RegisterMemberHandler } from './commands/register-member/register-member.command';
import { RegisterMemberController } from './commands/register-member/register-member.controller';
import { RegisterPartnerHandler } from './commands/register-partner/register-partner.command';
import { RegisterPartnerController } from './commands/register-partner/register-partner.controller';
import { GetFlockController, GetFlockHandler } from './queries/get-flock/get-flock.query';
import { GetMemberController, GetMemberHandler } from './queries/get-member/get-member.query';
import { GetPartnerController, GetPartnerHandler } from './queries/get-partner/get-partner.query';

/** Registry and cluster map: members and their farms, flocks, and the partners around the cooperative. */
@Module({
  controllers: [
    RegisterMemberController,
    RegisterFarmController,
    GetMemberController,
    PlaceFlockController,
    RecordFlockMortalityController,
    CullFlockController,
    GetFlockController,
    RegisterPartnerController,
    ChangePartnerStageController,
    GetPartnerController,
  ],
  providers: [
    RegisterMemberHandler,
    RegisterFarmHandler,
    GetMemberHandler,
    PlaceFlockHandler,
    RecordFlockMortalityHandler,
    CullFlockHandler,
    GetFlockHandler,
    RegisterPartnerHandler,
    ChangePartnerStageHandler,
    GetPartnerHandler,
  ],
})
export class RegistryModule {}
