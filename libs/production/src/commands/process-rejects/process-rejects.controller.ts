import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ProcessRejectsCommand } from './process-rejects.command';
import { ProcessRejectsDto } from './process-rejects.dto';

@ApiTags('production')
@Controller('lots')
export class ProcessRejectsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/reject-processing')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async process(
    @Param('lotId') lotId: string,
    @Body() body: ProcessRejectsDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      batchId: body.batchId,
      eggs: body.eggs,
      product: body.product,
      outputGrams: body.outputGrams,
      processedOn: body.processedOn,
    };
    return toCommandResponse(await this.commands.execute(new ProcessRejectsCommand(data, context)));
  }
}
