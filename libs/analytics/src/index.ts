export { AnalyticsModule } from './analytics.module';
export * from './metrics';
export type { Projection } from './runner/projection';
export { ProjectionRunner, type ProjectionStatus } from './runner/projection-runner';
