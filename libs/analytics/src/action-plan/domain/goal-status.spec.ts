import type { Goal } from './action-plan-goal.events';
import { goalProgress } from './goal-status';

const goal: Goal = {
  goalId: 'G1',
  metric: 'price_premium_pct',
  target: 0,
  comparison: 'at_least',
  deadline: '2026-12-31',
  owner: 'manager',
  baseline: -5,
  windowDays: 30,
};
// Set on 1 Jan 2026, deadline 31 Dec 2026: 364 days; a quarter of it is 91 days.
const setOn = '2026-01-01';

describe('a goal’s status and progress', () => {
  it('is met when the value satisfies the comparison, whatever the date', () => {
    const met = goalProgress(goal, setOn, '2026-04-30', 0.5);
    expect(met).toMatchObject({ status: 'met', daysRemaining: 245 });
    expect(met.progressPct).toBeCloseTo(110, 9);
    expect(goalProgress(goal, setOn, '2027-02-01', 0).status).toBe('met');
    expect(goalProgress({ ...goal, comparison: 'at_most', target: 2 }, setOn, '2026-04-30', 2).status).toBe('met');
  });

  it('is on track while progress keeps up with the time passed, at risk behind it, missed after the deadline', () => {
    // 30 Apr: 119 of 364 days passed = 32.6923 %. −1.24 from −5 towards 0: 3.76 / 5 = 75.2 % → on track.
    const onTrack = goalProgress(goal, setOn, '2026-04-30', -1.24);
    expect(onTrack).toMatchObject({ status: 'on_track', daysRemaining: 245 });
    expect(onTrack.progressPct).toBeCloseTo(75.2, 9);
    expect(onTrack.elapsedPct).toBeCloseTo(32.692308, 6);
    // −4 is 1 / 5 = 20 % of the way, behind 32.69 % of the time → at risk (it was on track: 245 days left).
    expect(goalProgress(goal, setOn, '2026-04-30', -4).status).toBe('at_risk');
    // 1 Oct: 273 of 364 days = 75 %; −1.25 is 3.75 / 5 = 75 % → on track; −1.3 is 74 % → at risk.
    expect(goalProgress(goal, setOn, '2026-10-01', -1.25)).toMatchObject({ status: 'on_track', elapsedPct: 75 });
    expect(goalProgress(goal, setOn, '2026-10-01', -1.3).status).toBe('at_risk');
    expect(goalProgress(goal, setOn, '2027-01-01', -1)).toMatchObject({ status: 'missed', daysRemaining: -1 });
  });

  it('counts an at_least goal without a baseline from 0, and gives an at_most goal without one no figure', () => {
    // 130.5 of 140 = 93.214286 %, exact: the answer rounds it.
    const iofc: Goal = { ...goal, metric: 'iofc_per_hen_day_median_satang', target: 140, baseline: null };
    expect(goalProgress(iofc, setOn, '2026-04-30', 130.5).progressPct).toBeCloseTo(93.214286, 6);
    expect(goalProgress({ ...iofc, comparison: 'at_most' }, setOn, '2026-04-30', 150).progressPct).toBeNull();
    // at_most from a baseline of 200 towards 140: 150 is (150 − 200) / (140 − 200) = 83.3333 % of the way.
    expect(
      goalProgress({ ...iofc, comparison: 'at_most', baseline: 200 }, setOn, '2026-04-30', 150).progressPct,
    ).toBeCloseTo(83.333333, 6);
  });

  it('is at risk with no progress to show: nothing measured, or an at_most goal without a baseline', () => {
    const nothing = goalProgress(goal, setOn, '2026-04-30', null);
    expect(nothing).toMatchObject({ status: 'at_risk', progressPct: null, daysRemaining: 245 });
    const noBaseline: Goal = { ...goal, comparison: 'at_most', target: 2, baseline: null };
    expect(goalProgress(noBaseline, setOn, '2026-04-30', 3).status).toBe('at_risk');
    // A deadline on the day it was set: all the time has passed.
    expect(goalProgress({ ...goal, deadline: setOn }, setOn, setOn, -1)).toMatchObject({
      status: 'at_risk',
      elapsedPct: 100,
    });
  });
});
