export * from './buyers.messages';
export * from './coop.messages';
export * from './coop-notices.messages';
export * from './integration-message';
export * from './parse';
export * from './suppliers.messages';
export * from './topics';
export { MESSAGE_ID } from './validators';
