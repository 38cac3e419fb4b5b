import { IsBusinessDate, IsNumberWithDecimals } from '@khai/contracts';
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
import { ApiCreatedResponse, ApiHeader, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { actionPlanGoalDecider, type ReviseGoal } from '../../domain/action-plan-goal.decider';
import { GOAL_COMPARISONS, type GoalComparison } from '../../domain/action-plan-goal.events';
import { GoalIdParams, MAX_WINDOW_DAYS, ReasonDto, TARGET_LIMIT } from '../goal-dto';
import { GOAL_CATEGORY } from '../set-goal/set-goal.command';

/** The fields to change; the rest stay. `baseline: null` clears the baseline. */
export class ReviseGoalDto extends ReasonDto {
  @ApiPropertyOptional({ example: 140 })
  @IsOptional()
  @IsNumberWithDecimals(2)
  @Min(-TARGET_LIMIT)
  @Max(TARGET_LIMIT)
  target?: number;

  @ApiPropertyOptional({ enum: GOAL_COMPARISONS })
  @IsOptional()
  @IsIn(GOAL_COMPARISONS)
  comparison?: GoalComparison;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @IsBusinessDate()
  deadline?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null clears it' })
  @IsOptional()
  @IsNumberWithDecimals(2)
  @Min(-TARGET_LIMIT)
  @Max(TARGET_LIMIT)
  baseline?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW_DAYS)
  windowDays?: number;

  @ApiProperty({ example: '2026-03-01' })
  @IsBusinessDate()
  revisedOn!: string;
}

export class ReviseGoalCommand extends Command<CommandResult> {
  constructor(
    readonly data: ReviseGoal['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviseGoalCommand)
export class ReviseGoalHandler implements ICommandHandler<ReviseGoalCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ReviseGoalCommand): Promise<CommandResult> {
    const stream = streamName(GOAL_CATEGORY, data.goalId);
    return handleCommand(this.store, stream, actionPlanGoalDecider, { type: 'ReviseGoal', data }, context);
  }
}

@ApiTags('analytics')
@Controller('analytics/action-plan/goals')
export class ReviseGoalController {
  constructor(private readonly commands: CommandBus) {}

  /** A change of a goal's target, comparison, deadline, owner, baseline or window, with the reason. */
  @Post(':goalId/revisions')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async revise(
    @Param() { goalId }: GoalIdParams,
    @Body() body: ReviseGoalDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      goalId,
      ...(body.target === undefined ? {} : { target: body.target }),
      ...(body.comparison === undefined ? {} : { comparison: body.comparison }),
      ...(body.deadline === undefined ? {} : { deadline: body.deadline }),
      ...(body.owner === undefined ? {} : { owner: body.owner }),
      ...(body.baseline === undefined ? {} : { baseline: body.baseline }),
      ...(body.windowDays === undefined ? {} : { windowDays: body.windowDays }),
      reason: body.reason,
      revisedOn: body.revisedOn,
    };
    return toCommandResponse(await this.commands.execute(new ReviseGoalCommand(data, context)));
  }
}
