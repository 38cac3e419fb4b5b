import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RegisterPartnerCommand } from './register-partner.command';
import { RegisterPartnerDto } from './register-partner.dto';

@ApiTags('registry')
@Controller('partners')
export class RegisterPartnerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async register(@Body() body: RegisterPartnerDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      partnerId: body.partnerId,
      name: body.name,
      kind: body.kind,
      ...(body.channel !== undefined ? { channel: body.channel } : {}),
      ...(body.stage !== undefined ? { stage: body.stage } : {}),
      ...(body.province !== undefined ? { province: body.province } : {}),
      ...(body.taxId !== undefined ? { taxId: body.taxId } : {}),
      registeredOn: body.registeredOn,
    };
    return toCommandResponse(await this.commands.execute(new RegisterPartnerCommand(data, context)));
  }
}
