export * from './adapters/in-memory.read-model-store';
export {
  MAX_UPDATES_PER_BULK,
  MongoReadModelStore,
  type MongoReadModelStoreOptions,
} from './adapters/mongo.read-model-store';
export { CHECKPOINTS_COLLECTION } from './adapters/mongo.schemas';
export * from './cli/rebuild';
export * from './document-projection';
export { deepFreeze } from './freeze';
export * from './http/metrics';
export * from './read-model-store.port';
export * from './read-models.module';
export * from './runner/read-model-runner';
export * from './snapshot/read-model-snapshot';
