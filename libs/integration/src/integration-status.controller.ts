import { Roles } from '@khai/event-sourcing';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { IntegrationRunner, type IntegrationStatus } from './integration.runner';

@ApiTags('platform')
@Controller('integration')
export class IntegrationStatusController {
  constructor(@Inject(IntegrationRunner) private readonly runner: IntegrationRunner) {}

  /** The partner integration: what came in (applied, repeated, dead-lettered) and how far the relay is. */
  @Get()
  @Roles('admin')
  @ApiOkResponse({
    description: 'messages in by outcome, per topic; the relay out: checkpoint, head, lag, published, failure',
    schema: { type: 'object' },
  })
  status(): Promise<IntegrationStatus> {
    return this.runner.status();
  }
}
