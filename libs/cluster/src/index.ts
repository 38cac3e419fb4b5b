export * from './cluster-directory';
