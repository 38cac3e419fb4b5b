import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { IntegrationRunner, type IntegrationStatus } from './integration.runner';

@ApiTags('platform')
@Controller('integration')
export class IntegrationStatusController {
  constructor(@Inject(IntegrationRunner) private readonly runner: IntegrationRunner) {}

  /** The partner integration: what came in (applied, repeated, dead-lettered) and how far the relay is. */
  @Get()
  status(): Promise<IntegrationStatus> {
    return this.runner.status();
  }
}
