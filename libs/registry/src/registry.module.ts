import { CLUSTER_DIRECTORY } from '@khai/cluster';
import { PERSONAL_DATA_VAULT, type PersonalDataVault, useCaseControllers } from '@khai/event-sourcing';
import { Module } from '@nestjs/common';

import { registryUseCases } from './commands';
import { CITIZEN_ID_CLAIM_KEY_PURPOSE, CITIZEN_ID_CLAIMS, CitizenIdClaims } from './commands/claim-citizen-id';
import { RegistryDirectory } from './directory/registry-directory';
import { GetFlockController, GetFlockHandler } from './queries/get-flock/get-flock.query';
import { GetMemberController, GetMemberHandler } from './queries/get-member/get-member.query';
import { GetPartnerController, GetPartnerHandler } from './queries/get-partner/get-partner.query';

/**
 * Registry and cluster map: members and their farms, flocks, and the partners around the
 * cooperative. Binds the cluster directory through which the other contexts check references.
 */
@Module({
  controllers: [...useCaseControllers(registryUseCases), GetMemberController, GetFlockController, GetPartnerController],
  providers: [
    GetMemberHandler,
    GetFlockHandler,
    GetPartnerHandler,
    { provide: CLUSTER_DIRECTORY, useClass: RegistryDirectory },
    {
      provide: CITIZEN_ID_CLAIMS,
      useFactory: (vault: PersonalDataVault) =>
        new CitizenIdClaims(vault.installationKey(CITIZEN_ID_CLAIM_KEY_PURPOSE)),
      inject: [PERSONAL_DATA_VAULT],
    },
  ],
  exports: [CLUSTER_DIRECTORY],
})
export class RegistryModule {}
