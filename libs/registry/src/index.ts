export type { FarmRegistered, FlockPlaced, MemberEvent, MemberJoined } from './domain/member.events';
export { RegistryModule } from './registry.module';
