export { registryUseCases } from './commands';
export { CITIZEN_ID_CLAIM_KEY_PURPOSE, citizenIdClaimId } from './commands/claim-citizen-id';
export type { CitizenIdClaimed } from './domain/citizen-id-claim.events';
export type { FlockCulled, FlockEvent, FlockMortalityRecorded, FlockPlaced } from './domain/flock.events';
export type {
  FarmRegistered,
  MemberContact,
  MemberContactChanged,
  MemberErased,
  MemberEvent,
  MemberJoined,
} from './domain/member.events';
export type { PartnerEvent, PartnerRegistered, PartnerStageChanged } from './domain/partner.events';
export {
  BUYER_CHANNELS,
  type BuyerChannel,
  CHAIN_STAGES,
  type ChainStage,
  defaultChainStage,
  PARTNER_KINDS,
  type PartnerKind,
} from './domain/partner.vocabulary';
export { REGISTRY_PERSONAL_FIELDS } from './domain/personal-fields';
export { RegistryModule } from './registry.module';
