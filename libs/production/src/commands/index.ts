import { allocatePackedStock } from './allocate-packed-stock';
import { collectEggs } from './collect-eggs';
import { gradeLot } from './grade-lot';
import { packEggs } from './pack-eggs';
import { processRejects } from './process-rejects';
import { recordLoss } from './record-loss';
import { releasePackedStock } from './release-packed-stock';
import { voidGrading } from './void-grading';

/** The use cases of production, in the order of the chain. */
export const productionUseCases = [
  collectEggs,
  gradeLot,
  voidGrading,
  packEggs,
  recordLoss,
  processRejects,
  allocatePackedStock,
  releasePackedStock,
];
