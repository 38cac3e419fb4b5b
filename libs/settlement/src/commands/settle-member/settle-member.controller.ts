import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { SettleMemberCommand } from './settle-member.command';
import { SettleMemberDto } from './settle-member.dto';

@ApiTags('settlement')
@Controller('member-accounts')
export class SettleMemberController {
  constructor(private readonly commands: CommandBus) {}

  /** Settles the member's unsettled entries up to periodTo: eggs × price − feed − deductions = net. */
  @Post(':memberId/settlements')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async settle(
    @Param('memberId') memberId: string,
    @Body() body: SettleMemberDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      memberId,
      settlementId: body.settlementId,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      settledOn: body.settledOn,
      priceListId: body.priceListId,
      deductions: body.deductions.map((d) => ({ reason: d.reason, amountSatang: d.amountSatang })),
    };
    return toCommandResponse(await this.commands.execute(new SettleMemberCommand(data, context)));
  }
}
