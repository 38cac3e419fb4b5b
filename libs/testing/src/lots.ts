import { ProductionModule } from '@khai/production';

/**
 * Production, for the test app of a context whose commands check the lots they name
 * (a sale's eggs) through the lot directory it binds; as CLUSTER_REGISTRY is the registry.
 */
export const PRODUCTION_LOTS = ProductionModule;
