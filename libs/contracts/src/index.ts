export * from './edge-formats';
export * from './egg';
export * from './json-check';
export * from './json-instance';
export * from './kafka';
export * from './money';
export * from './rule-check';
export * from './validation-cache';
