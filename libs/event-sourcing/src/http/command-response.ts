import { ApiProperty } from '@nestjs/swagger';

import type { CommandResult } from '../handle-command';

export class AppendedEventDto {
  @ApiProperty({ example: 'LotGraded' }) type!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
}

/** What every write answers: where the events went, and whether this repeats an earlier request. */
export class CommandResponseDto {
  @ApiProperty({ example: 'lot-L2026-11-24-F01' }) streamName!: string;
  @ApiProperty({ description: 'Revision of the stream after the command' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event written (0 if none)' }) position!: number;
  @ApiProperty({ type: [AppendedEventDto] }) events!: AppendedEventDto[];
  @ApiProperty({ description: 'True when an earlier request with the same Idempotency-Key is answered again' })
  repeated!: boolean;
}

export function toCommandResponse(result: CommandResult): CommandResponseDto {
  return {
    streamName: result.streamName,
    revision: result.revision,
    position: result.position,
    events: result.events.map((e) => ({ type: e.type, eventId: e.metadata.eventId })),
    repeated: result.repeated,
  };
}
