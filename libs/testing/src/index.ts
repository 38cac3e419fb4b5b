export * from './given-when-then';
export * from './http-test-app';
export * from './envelope';
