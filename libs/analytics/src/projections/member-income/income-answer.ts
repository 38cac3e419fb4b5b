import type { Distribution } from '../../metrics/distribution';
import { roundPct, roundSatang } from '../../metrics/rounding';
import type { ClusterDistribution, MemberIncome } from './income-figures';

/** A member's figures as answered: money to the satang and percentages to two decimals, each rounded once here. */
export function memberIncomeAnswer(m: MemberIncome): MemberIncome {
  return {
    ...m,
    iofcPerHenDaySatang: roundSatang(m.iofcPerHenDaySatang),
    iofcPerEggSatang: roundSatang(m.iofcPerEggSatang),
    henDayPct: roundPct(m.henDayPct),
    henHousedPct: roundPct(m.henHousedPct),
    mortalityPct: roundPct(m.mortalityPct),
  };
}

/** The cluster's distributions, computed on the members' exact figures, rounded once here. */
export function clusterAnswer(c: ClusterDistribution): ClusterDistribution {
  return {
    iofcPerHenDaySatang: rounded(c.iofcPerHenDaySatang, roundSatang),
    henDayPct: rounded(c.henDayPct, roundPct),
    iofcSatang: rounded(c.iofcSatang, roundSatang),
  };
}

function rounded(d: Distribution, round: (value: number | null) => number | null): Distribution {
  return { ...d, mean: round(d.mean), median: round(d.median), p10: round(d.p10), p90: round(d.p90) };
}
