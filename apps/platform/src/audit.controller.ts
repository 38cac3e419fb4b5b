import { ID_PATTERN, IsLogPosition, MatchesPattern } from '@khai/contracts';
import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  InvariantViolated,
  NotFound,
  QUERY_PROBLEMS,
  type RecordedEvent,
  Roles,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** At most this many events of the log are read for one question: a longer search goes on from `scannedTo`. */
export const AUDIT_SCAN = 10_000;
const MAX_LIMIT = 500;
const MAX_STREAM_PAGE = 1_000;

const ACTOR_PATTERN = /^[a-z]+:[\w.:-]{1,160}$/;
const CATEGORY_PATTERN = /^[a-z][a-zA-Z0-9]{0,63}$/;
const STREAM_PATTERN = /^[a-z][a-zA-Z0-9]{0,63}-[A-Za-z0-9][\w.:-]{0,199}$/;

/** Who did what, when: an event of the log without its data (which may hold a member's personal data). */
class AuditEventDto {
  @ApiProperty({ description: 'position in the log' }) position!: number;
  @ApiProperty({ example: 'lot-L20261207-F01-1' }) stream!: string;
  @ApiProperty({ description: 'position in its stream, from 0' }) revision!: number;
  @ApiProperty({ example: 'LotGraded' }) type!: string;
  @ApiProperty({ description: 'when it happened (business time, RFC 3339)' }) occurredAt!: string;
  @ApiProperty({
    example: 'user:u-1a2b3c4d5e6f7a8b:staff',
    description: 'who: `user:<userId>:<role>` (see `npm run users -- list`), `process:<name>`, `partner:<id>`',
  })
  actor!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ description: 'the request or message that led to it' }) correlationId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the event that caused it, if any' })
  causationId!: string | null;
}

class AuditLogDto {
  @ApiProperty({ type: [AuditEventDto] }) events!: AuditEventDto[];
  @ApiProperty({
    description: `the last position read (at most ${AUDIT_SCAN.toLocaleString('en-US')} events a question): ask again with after=scannedTo to go on`,
  })
  scannedTo!: number;
  @ApiProperty({ description: 'position of the last event in the log' }) head!: number;
  @ApiProperty({ description: 'whether the log goes on after scannedTo' }) more!: boolean;
}

class AuditStreamDto {
  @ApiProperty() stream!: string;
  @ApiProperty({ type: [AuditEventDto], description: `at most ${MAX_STREAM_PAGE} events from fromRevision` })
  events!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'the revision to ask from for the rest, if any' })
  nextRevision!: number | null;
}

class AuditLogParams {
  @ApiPropertyOptional({ default: 0, description: 'read the log after this position' })
  @IsOptional()
  @Type(() => Number)
  @IsLogPosition()
  after?: number;

  @ApiPropertyOptional({ example: 'user:u-1a2b3c4d5e6f7a8b:staff', description: 'only what this actor did' })
  @IsOptional()
  @MatchesPattern(ACTOR_PATTERN, {
    message: 'actor must be an actor as events carry it, e.g. user:u-1a2b3c4d5e6f7a8b:staff or process:member-ledger',
  })
  actor?: string;

  @ApiPropertyOptional({
    example: 'lot',
    description: "only streams of this category (a stream name's part before the first -)",
  })
  @IsOptional()
  @MatchesPattern(CATEGORY_PATTERN, { message: 'category must be a stream category: letters and digits, e.g. lot' })
  category?: string;

  @ApiPropertyOptional({ example: 'LotGradingVoided' })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  type?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: MAX_LIMIT, description: 'at most this many events' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit?: number;
}

class AuditStreamParams {
  @ApiProperty({ example: 'lot-L20261207-F01-1' })
  @MatchesPattern(STREAM_PATTERN, {
    message: 'stream must be a stream name: its category, "-" and the id, e.g. lot-L20261207-F01-1',
  })
  stream!: string;
}

class AuditStreamQuery {
  @ApiPropertyOptional({ default: 0, description: 'the first revision to answer' })
  @IsOptional()
  @Type(() => Number)
  @IsLogPosition()
  fromRevision?: number;
}

function audited(event: RecordedEvent): AuditEventDto {
  const m = event.metadata;
  return {
    position: event.position,
    stream: event.streamName,
    revision: event.revision,
    type: event.type,
    occurredAt: m.occurredAt,
    actor: m.actor,
    eventId: m.eventId,
    correlationId: m.correlationId,
    causationId: m.causationId ?? null,
  };
}

/**
 * Who did what, when, read from the log (each event's actor is the signed-in principal or the process or partner
 * that sent it): for administrators only. The events' data is left out: it may hold a member's personal data, and
 * what was done is the event's type on its stream.
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('log')
  @Roles('admin')
  @ApiOperation({
    summary: 'Who did what, when: the log read in order, by actor, stream category or event type',
    description: `Reads at most ${AUDIT_SCAN.toLocaleString('en-US')} events after \`after\` and answers those that match (at most \`limit\`); \`scannedTo\` is where to go on from.`,
  })
  @ApiOkResponse({ type: AuditLogDto })
  @ApiProblems(QUERY_PROBLEMS)
  async log(@Query() params: AuditLogParams): Promise<AuditLogDto> {
    const limit = params.limit ?? 100;
    const head = await this.store.headPosition();
    if ((params.after ?? 0) > head) {
      throw new InvariantViolated('position_not_written', `the log ends at ${head}: nothing is after ${params.after}`, {
        position: params.after,
        head,
      });
    }
    const events: AuditEventDto[] = [];
    let scannedTo = params.after ?? 0;
    let scanned = 0;
    while (scanned < AUDIT_SCAN && events.length < limit && scannedTo < head) {
      const page = await this.store.readAll({ after: scannedTo, maxCount: Math.min(1_000, AUDIT_SCAN - scanned) });
      if (page.length === 0) break;
      for (const event of page) {
        scanned += 1;
        scannedTo = event.position;
        if (matches(event, params)) {
          events.push(audited(event));
          if (events.length === limit) break;
        }
      }
    }
    return { events, scannedTo, head, more: scannedTo < head };
  }

  @Get('streams/:stream')
  @Roles('admin')
  @ApiOperation({ summary: 'Who did what, when, on one stream (a lot, an account, an order…), in order' })
  @ApiOkResponse({ type: AuditStreamDto })
  @ApiProblems(QUERY_PROBLEMS)
  async stream(@Param() { stream }: AuditStreamParams, @Query() query: AuditStreamQuery): Promise<AuditStreamDto> {
    const fromRevision = query.fromRevision ?? 0;
    const events = await this.store.readStream(stream, { fromRevision, maxCount: MAX_STREAM_PAGE + 1 });
    if (events.length === 0 && fromRevision === 0)
      throw new NotFound(`no stream ${stream} in the log`, { stream }, 'stream_not_found');
    const page = events.slice(0, MAX_STREAM_PAGE);
    return {
      stream,
      events: page.map(audited),
      nextRevision: events.length > MAX_STREAM_PAGE ? fromRevision + MAX_STREAM_PAGE : null,
    };
  }
}

function matches(event: RecordedEvent, params: AuditLogParams): boolean {
  if (params.actor !== undefined && event.metadata.actor !== params.actor) return false;
  if (params.type !== undefined && event.type !== params.type) return false;
  if (params.category !== undefined && !event.streamName.startsWith(`${params.category}-`)) return false;
  return true;
}
