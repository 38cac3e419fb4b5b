export * from './cluster';
export * from './envelope';
export * from './given-when-then';
export * from './http-test-app';
export * from './kafka-server';
export * from './kill-mid-load';
export * from './lots';
export * from './reordered';
export { plannedShipment } from './shipments';
