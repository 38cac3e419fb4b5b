import { Module } from '@nestjs/common';

import { RegisterMemberHandler } from './commands/register-member/register-member.command';
import { RegisterMemberController } from './commands/register-member/register-member.controller';
import { GetMemberController, GetMemberHandler } from './queries/get-member/get-member.query';

/** Registry: members, their farms and flocks (the core of the cluster map). */
@Module({
  controllers: [RegisterMemberController, GetMemberController],
  providers: [RegisterMemberHandler, GetMemberHandler],
})
export class RegistryModule {}
