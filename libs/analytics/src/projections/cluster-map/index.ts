import type { DocumentProjection } from '@khai/read-models';

import { clusterFlowsProjection } from './cluster-flows.projection';
import { ClusterMapController, GetClusterMapHandler } from './cluster-map.query';
import { clusterMembersProjection } from './cluster-members.projection';
import { ConcentrationController, GetConcentrationHandler } from './concentration.query';
import { ConcentrationSeriesController, GetConcentrationSeriesHandler } from './concentration-series.query';
import { feedMarketPricesProjection } from './feed-market-prices.projection';
import { FeedSavingsController, GetFeedSavingsHandler } from './feed-savings.query';

/**
 * The cluster map, concentration and feed-savings read side, for the analytics
 * module to list: its document projections (for `ReadModelsModule.forRoot`),
 * controllers and query handlers. The queries also read the `partners` read
 * model of `analyticsProjections()`.
 */
export const clusterProjections: DocumentProjection[] = [
  clusterMembersProjection,
  clusterFlowsProjection,
  feedMarketPricesProjection,
];

export const clusterControllers = [
  ClusterMapController,
  ConcentrationController,
  ConcentrationSeriesController,
  FeedSavingsController,
];

export const clusterProviders = [
  GetClusterMapHandler,
  GetConcentrationHandler,
  GetConcentrationSeriesHandler,
  GetFeedSavingsHandler,
];

export type { ClusterLinkDto, ClusterMapDto, ClusterNodeDto } from './cluster-map.query';
export type { ConcentrationDto } from './concentration.query';
export type { ConcentrationSeriesDto } from './concentration-series.query';
export type { FeedSavingsDto } from './feed-savings.query';
