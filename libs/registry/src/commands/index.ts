import { changePartnerStage } from './change-partner-stage';
import { cullFlock } from './cull-flock';
import { placeFlock } from './place-flock';
import { recordFlockMortality } from './record-flock-mortality';
import { registerFarm } from './register-farm';
import { registerMember } from './register-member';
import { registerPartner } from './register-partner';

/** The use cases of the registry: members and farms, flocks, partners. */
export const registryUseCases = [
  registerMember,
  registerFarm,
  placeFlock,
  recordFlockMortality,
  cullFlock,
  registerPartner,
  changePartnerStage,
];

export {
  changePartnerStage,
  cullFlock,
  placeFlock,
  recordFlockMortality,
  registerFarm,
  registerMember,
  registerPartner,
};
