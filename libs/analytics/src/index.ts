export { AnalyticsModule } from './analytics.module';
export { analyticsProjections } from './analytics-projections';
export * from './metrics';
