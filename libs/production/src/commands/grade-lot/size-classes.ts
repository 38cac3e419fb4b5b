import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';

/**
 * The size classes the cooperative grades into, passed to the decider with every GradeLot.
 * For now every TAS class 0–5 plus trade class 6. A constant, not an environment variable,
 * on purpose: which classes are graded is cooperative policy that belongs in its own
 * configuration stream, and until that exists the decider already takes it as an input,
 * so only this line changes when it does.
 */
export const ENABLED_SIZE_CLASSES: readonly SizeClass[] = SIZE_CLASSES;
