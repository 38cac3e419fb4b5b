export * from './adapters/in-process.integration-bus';
export * from './adapters/kafka.integration-bus';
export * from './adapters/kafkajs-request-queue';
export { type InboundCounts, InboundPipeline } from './inbound/inbound-pipeline';
export * from './inbox/in-memory.inbox-store';
export * from './inbox/inbox-store.port';
export * from './inbox/sqlite.inbox-store';
export * from './integration.config';
export * from './integration.module';
export { IntegrationRunner, type IntegrationStatus } from './integration.runner';
export * from './integration-bus.port';
export { OPENING_EVENT_TYPES } from './outbound/first-event-reader';
export { integrationMessagesFor, PUBLISHED_EVENT_TYPES } from './outbound/outbound-mappers';
export {
  DEFAULT_RELAY_OPTIONS,
  OutboxRelay,
  RELAYED_EVENT_TYPES,
  type RelayOptions,
  type RelayStatus,
} from './outbound/outbox-relay';
export {
  RELAY,
  type Relay,
  type RelayEventStoreSpec,
  RelayThread,
  type RelayThreadSpec,
} from './outbound/relay-thread';
export * from './waiting/in-memory.waiting-store';
export * from './waiting/sqlite.waiting-store';
export { DEFAULT_WAITING_OPTIONS, type WaitingOptions, type WaitingStatus, waitsOut } from './waiting/waiting-room';
export * from './waiting/waiting-store.port';
