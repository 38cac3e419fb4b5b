export { type CliArgs, type CliIo, parseArgs, runGenerator, summary } from './cli';
export { Emitter, type StreamAppend } from './emitter';
export { generateCooperative, type GenerateCooperativeOptions, generateEvents, type GenerateResult } from './generate';
export {
  apportion,
  type EggWeightCurve,
  henDayRate,
  type LayCurve,
  meanEggGrams,
  sizeMix,
  TAS_LOWER_GRAMS,
} from './laying-curve';
export { type GeneratorOptions, readPublishedPrices, type ResolvedOptions, resolveOptions } from './options';
export { Rng } from './prng';
export { BRANCHES, BUYER_PROFILES, SUPPLIER_PROFILES } from './world';
