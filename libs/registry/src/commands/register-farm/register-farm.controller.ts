import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RegisterFarmCommand } from './register-farm.command';
import { RegisterFarmDto } from './register-farm.dto';

@ApiTags('registry')
@Controller('members')
export class RegisterFarmController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':memberId/farms')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async register(
    @Param('memberId') memberId: string,
    @Body() body: RegisterFarmDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      memberId,
      farmId: body.farmId,
      name: body.name,
      district: body.district,
      province: body.province,
      registeredOn: body.registeredOn,
    };
    return toCommandResponse(await this.commands.execute(new RegisterFarmCommand(data, context)));
  }
}
