import { changeMemberContact } from './change-member-contact';
import { changePartnerStage } from './change-partner-stage';
import { cullFlock } from './cull-flock';
import { eraseMember } from './erase-member';
import { placeFlock } from './place-flock';
import { recordFlockMortality } from './record-flock-mortality';
import { registerFarm } from './register-farm';
import { claimCitizenId, registerMember } from './register-member';
import { registerPartner } from './register-partner';

/** The use cases of the registry: members and farms, flocks, partners. */
export const registryUseCases = [
  claimCitizenId,
  registerMember,
  registerFarm,
  changeMemberContact,
  eraseMember,
  placeFlock,
  recordFlockMortality,
  cullFlock,
  registerPartner,
  changePartnerStage,
];
