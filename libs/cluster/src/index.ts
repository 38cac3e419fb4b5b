export * from './cluster-directory';
export * from './lot-directory';
