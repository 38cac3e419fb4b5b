import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { SetGoalCommand } from './set-goal.command';
import { SetGoalDto } from './set-goal.dto';

/** How long the metric is measured over when the goal does not say. */
export const DEFAULT_WINDOW_DAYS = 30;

@ApiTags('analytics')
@Controller('analytics/action-plan/goals')
export class SetGoalController {
  constructor(private readonly commands: CommandBus) {}

  /** A goal of the action plan: metric, target, comparison, deadline, owner and, where known, its baseline. */
  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async set(@Body() body: SetGoalDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      goalId: body.goalId,
      metric: body.metric,
      target: body.target,
      comparison: body.comparison,
      deadline: body.deadline,
      owner: body.owner,
      baseline: body.baseline ?? null,
      windowDays: body.windowDays ?? DEFAULT_WINDOW_DAYS,
      setOn: body.setOn,
    };
    return toCommandResponse(await this.commands.execute(new SetGoalCommand(data, context)));
  }
}
