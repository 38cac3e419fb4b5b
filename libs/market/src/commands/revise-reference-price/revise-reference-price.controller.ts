import { IsBusinessDate } from '@khai/contracts';
import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiProperty, ApiTags, OmitType } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { AnnounceReferencePriceDto } from '../announce-reference-price/announce-reference-price.dto';
import { ReviseReferencePriceCommand } from './revise-reference-price.command';

export class ReviseReferencePriceDto extends OmitType(AnnounceReferencePriceDto, ['source', 'effectiveDate'] as const) {
  @ApiProperty({ example: 'the report was misread' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;

  @ApiProperty({ example: '2022-03-25' })
  @IsBusinessDate()
  revisedOn!: string;
}

@ApiTags('market')
@Controller('reference-prices')
export class ReviseReferencePriceController {
  constructor(private readonly commands: CommandBus) {}

  /** A correction of an announced price; the reason is kept. */
  @Post(':source/:effectiveDate/revisions')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async revise(
    @Param('source') source: string,
    @Param('effectiveDate') effectiveDate: string,
    @Body() body: ReviseReferencePriceDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      source,
      effectiveDate,
      mixedSatangPerEgg: body.mixedSatangPerEgg,
      sizes: body.sizes.map((s) => ({ size: s.size, satangPerEgg: s.satangPerEgg })),
      reason: body.reason,
      revisedOn: body.revisedOn,
    };
    return toCommandResponse(await this.commands.execute(new ReviseReferencePriceCommand(data, context)));
  }
}
