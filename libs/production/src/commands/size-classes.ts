import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';

/**
 * The size classes the cooperative grades into (cooperative policy; the platform
 * sets it from KHAI_SIZE_CLASSES). Unset, every TAS class 0–5 plus trade class 6.
 * The decider takes it as an input with every GradeLot.
 */
export const GRADED_SIZE_CLASSES = Symbol('GradedSizeClasses');

export const DEFAULT_GRADED_SIZE_CLASSES: readonly SizeClass[] = SIZE_CLASSES;
