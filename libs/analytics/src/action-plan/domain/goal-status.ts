import type { Goal } from './action-plan-goal.events';

export const GOAL_STATUSES = ['met', 'on_track', 'at_risk', 'missed'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface GoalProgress {
  readonly status: GoalStatus;
  /**
   * How far the value has come from the baseline towards the target, %:
   * (value − baseline) / (target − baseline) × 100, exact (the answer rounds it). Without a
   * baseline an at_least goal counts from 0; an at_most goal has no figure then
   * (there is no natural start to come down from). Null without a value too.
   */
  readonly progressPct: number | null;
  /** Days from the day asked about to the deadline (negative once it has passed). */
  readonly daysRemaining: number;
  /**
   * Share of the time from setting the goal to its deadline that has passed on the day asked
   * about, %, within 0–100, exact: progress at least this much is on track.
   */
  readonly elapsedPct: number;
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/**
 * A goal's status on `asOf`, given the metric's current value (null when there
 * is nothing to measure it on), progress set against time:
 * - met: the value satisfies the comparison with the target (whatever the date);
 * - missed: not met, and the deadline has passed (asOf after it);
 * - on_track: not met, and the progress made is at least the share of the time
 *   from setting the goal to its deadline that has passed (elapsedPct);
 * - at_risk: not met, and behind that share — or with no progress to show (no
 *   value, or an at_most goal without a baseline).
 */
export function goalProgress(goal: Goal, setOn: string, asOf: string, value: number | null): GoalProgress {
  const met = value !== null && (goal.comparison === 'at_least' ? value >= goal.target : value <= goal.target);
  const total = days(setOn, goal.deadline);
  const daysRemaining = days(asOf, goal.deadline);
  const elapsedPct = total <= 0 ? 100 : Math.min(100, Math.max(0, (days(setOn, asOf) / total) * 100));
  const baseline = goal.baseline ?? (goal.comparison === 'at_least' ? 0 : null);
  const progressPct =
    value === null || baseline === null || goal.target === baseline
      ? null
      : ((value - baseline) / (goal.target - baseline)) * 100;
  const status: GoalStatus = met
    ? 'met'
    : daysRemaining < 0
      ? 'missed'
      : progressPct !== null && progressPct >= elapsedPct
        ? 'on_track'
        : 'at_risk';
  return { status, progressPct, daysRemaining, elapsedPct };
}
