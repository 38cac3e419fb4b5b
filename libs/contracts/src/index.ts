export * from './compiled-check';
export * from './edge-formats';
export * from './egg';
export * from './free-text';
export * from './json-check';
export * from './kafka';
export * from './money';
