import { changeMemberContact } from './change-member-contact';
import { changePartnerStage } from './change-partner-stage';
import { claimCitizenId } from './claim-citizen-id';
import { cullFlock } from './cull-flock';
import { eraseMember } from './erase-member';
import { placeFlock } from './place-flock';
import { recordFlockMortality } from './record-flock-mortality';
import { registerFarm } from './register-farm';
import { registerMember, RegisterMemberController } from './register-member';
import { registerPartner } from './register-partner';

/** The use cases of the registry: members and farms, flocks, partners. A member registers through RegisterMemberController. */
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

export {
  changeMemberContact,
  changePartnerStage,
  claimCitizenId,
  cullFlock,
  eraseMember,
  placeFlock,
  recordFlockMortality,
  registerFarm,
  registerMember,
  RegisterMemberController,
  registerPartner,
};
