export * from './edge-formats';
export * from './egg';
export * from './money';
