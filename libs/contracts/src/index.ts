export * from './egg';
export * from './money';
