import { IsBusinessDate } from '@khai/contracts';
import {
  type CommandContext,
  CommandResponseDto,
  type CommandResult,
  Context,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  streamName,
  toCommandResponse,
} from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiProperty, ApiTags } from '@nestjs/swagger';

import { actionPlanGoalDecider, type RetireGoal } from '../../domain/action-plan-goal.decider';
import { GoalIdParams, ReasonDto } from '../goal-dto';
import { GOAL_CATEGORY } from '../set-goal/set-goal.command';

export class RetireGoalDto extends ReasonDto {
  @ApiProperty({ example: '2026-06-01' })
  @IsBusinessDate()
  retiredOn!: string;
}

export class RetireGoalCommand extends Command<CommandResult> {
  constructor(
    readonly data: RetireGoal['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RetireGoalCommand)
export class RetireGoalHandler implements ICommandHandler<RetireGoalCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RetireGoalCommand): Promise<CommandResult> {
    const stream = streamName(GOAL_CATEGORY, data.goalId);
    return handleCommand(this.store, stream, actionPlanGoalDecider, { type: 'RetireGoal', data }, context);
  }
}

@ApiTags('analytics')
@Controller('analytics/action-plan/goals')
export class RetireGoalController {
  constructor(private readonly commands: CommandBus) {}

  /** Takes a goal out of the plan, with the reason; it stays in the log. */
  @Post(':goalId/retirement')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async retire(
    @Param() { goalId }: GoalIdParams,
    @Body() body: RetireGoalDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { goalId, reason: body.reason, retiredOn: body.retiredOn };
    return toCommandResponse(await this.commands.execute(new RetireGoalCommand(data, context)));
  }
}
