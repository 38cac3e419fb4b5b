export * from './compiled-check';
export * from './edge-formats';
export * from './egg';
export * from './json-check';
export * from './kafka';
export * from './money';
