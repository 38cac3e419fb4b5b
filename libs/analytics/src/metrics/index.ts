export * from './concentration';
export * from './distribution';
export * from './feed-savings';
export * from './member-performance';
export * from './negotiation';
export * from './price-premium';
export * from './rounding';
