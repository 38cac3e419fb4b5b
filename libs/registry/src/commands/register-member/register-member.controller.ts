import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RegisterMemberCommand } from './register-member.command';
import { RegisterMemberDto } from './register-member.dto';

@ApiTags('registry')
@Controller('members')
export class RegisterMemberController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async register(@Body() body: RegisterMemberDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const { farm } = body;
    const data = {
      memberId: body.memberId,
      name: body.name,
      citizenId: body.citizenId,
      joinedOn: body.joinedOn,
      farm: { farmId: farm.farmId, name: farm.name, district: farm.district, province: farm.province },
    };
    return toCommandResponse(await this.commands.execute(new RegisterMemberCommand(data, context)));
  }
}
