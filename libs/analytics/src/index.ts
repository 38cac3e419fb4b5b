export { AnalyticsModule } from './analytics.module';
export type { Projection } from './runner/projection';
export { ProjectionRunner, type ProjectionStatus } from './runner/projection-runner';
export * from './metrics';
