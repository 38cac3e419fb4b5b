export * from './edge-formats';
export * from './egg';
export * from './kafka';
export * from './money';
export * from './validation-cache';
