import type { CommandResult } from '@khai/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AppendedEventDto {
  @ApiProperty({ example: 'LotGraded' }) type!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
}

export class PendingDto {
  @ApiProperty({ example: 'the allocation of packed stock' }) what!: string;
  @ApiProperty({ example: '/shipments/SH-0001' }) location!: string;
}

/** What every write answers: where the events went, and whether this repeats an earlier request. */
export class CommandResponseDto {
  @ApiProperty({ example: 'lot-L2026-11-24-F01' }) streamName!: string;
  @ApiProperty({ description: 'Revision of the stream after the command' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event written (0 if none)' }) position!: number;
  @ApiProperty({ type: [AppendedEventDto] }) events!: AppendedEventDto[];
  @ApiProperty({ description: 'True when an earlier request with the same Idempotency-Key is answered again' })
  repeated!: boolean;
  @ApiPropertyOptional({ type: PendingDto, description: 'with 202: what follows the write, and where to look' })
  pending?: PendingDto;
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
