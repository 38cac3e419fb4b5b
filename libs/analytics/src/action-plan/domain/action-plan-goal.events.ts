/**
 * The metrics a goal can be set on: the ones this platform computes now, each by
 * the same query its own endpoint answers with (see queries/get-action-plan).
 */
export const GOAL_METRICS = [
  /**
   * Premium over the reference, Σ (realised − reference) / Σ reference × 100, size-matched,
   * of every sale in the window (negotiated-prices summary).
   */
  'price_premium_pct',
  /** Eggs sold under agreed contracts / eggs sold, % (negotiated-prices summary). */
  'contract_share_pct',
  /** Median across members of IOFC per hen-day, satang (members/income cluster distribution). */
  'iofc_per_hen_day_median_satang',
  /** Median across members of hen-day production, % (members/income cluster distribution). */
  'hen_day_production_pct_median',
] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export const GOAL_COMPARISONS = ['at_least', 'at_most'] as const;
export type GoalComparison = (typeof GOAL_COMPARISONS)[number];

/** A goal of the cluster's action plan, as data. */
export interface Goal {
  readonly goalId: string;
  readonly metric: GoalMetric;
  readonly target: number;
  readonly comparison: GoalComparison;
  /** ISO date by which the target should hold. */
  readonly deadline: string;
  /** Who answers for it (a person, a committee, a partner). */
  readonly owner: string;
  /** The metric's value when the goal was set, where known: progress is measured from it. */
  readonly baseline: number | null;
  /** The metric is measured over the windowDays days up to the day asked about. */
  readonly windowDays: number;
  /**
   * The source of reference prices a premium goal is measured against (`coop-network`): a premium
   * means nothing without its benchmark. Only price_premium_pct goals have one; goals set before it
   * was asked for have none (measured against every source).
   */
  readonly referenceSource?: string;
}

/** A goal put into the action plan (stream `actionplangoal-<goalId>`). */
export type GoalSet = {
  readonly type: 'GoalSet';
  readonly data: Goal & { readonly setOn: string };
};

/** A goal changed (target, deadline, owner, baseline or window), with the reason; the metric never changes. */
export type GoalRevised = {
  readonly type: 'GoalRevised';
  readonly data: Goal & { readonly reason: string; readonly revisedOn: string };
};

/** A goal taken out of the plan, with the reason. */
export type GoalRetired = {
  readonly type: 'GoalRetired';
  readonly data: { readonly goalId: string; readonly reason: string; readonly retiredOn: string };
};

export type ActionPlanGoalEvent = GoalSet | GoalRevised | GoalRetired;
