import type { SizeClass } from '@khai/contracts';
import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Inject, Optional, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { GradeLotCommand } from './grade-lot.command';
import { GradeLotDto } from './grade-lot.dto';
import { DEFAULT_GRADED_SIZE_CLASSES, GRADED_SIZE_CLASSES } from './size-classes';

@ApiTags('production')
@Controller('lots')
export class GradeLotController {
  constructor(
    private readonly commands: CommandBus,
    @Optional()
    @Inject(GRADED_SIZE_CLASSES)
    private readonly sizeClasses: readonly SizeClass[] = DEFAULT_GRADED_SIZE_CLASSES,
  ) {}

  @Post(':lotId/grading')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async grade(
    @Param('lotId') lotId: string,
    @Body() body: GradeLotDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      gradedOn: body.gradedOn,
      grade: body.grade,
      sizes: body.sizes.map((s) => ({ size: s.size, eggs: s.eggs })),
      rejects: body.rejects.map((r) => ({ reason: r.reason, eggs: r.eggs })),
      sizeClasses: this.sizeClasses,
    };
    return toCommandResponse(await this.commands.execute(new GradeLotCommand(data, context)));
  }
}
