import { InvariantViolated, type UseCaseEnvironment } from '@khai/event-sourcing';

/**
 * What other contexts may ask of production about a lot, to check the eggs a
 * command says came from it. Production implements it over its lot streams.
 */
export interface LotDirectory {
  lot(lotId: string): Promise<LotFacts | undefined>;
}

export const LOT_DIRECTORY = Symbol('LotDirectory');

export interface LotFacts {
  readonly lotId: string;
  readonly memberId: string;
  readonly collectedOn: string;
  /** The lot's grading in force (null when never graded, or its grading was voided). */
  readonly graded: {
    readonly gradedOn: string;
    readonly sizes: readonly { readonly size: number; readonly eggs: number }[];
  } | null;
}

/** What a sale says of its eggs: sizes sold, the day, and (when it names them) the lots they came from. */
export interface EggsFromLots {
  readonly soldOn: string;
  readonly lines: readonly { readonly size: number; readonly eggs: number }[];
  readonly lotIds?: readonly string[];
}

/**
 * The lots a sale names hold its eggs: each is recorded (`lot_not_recorded`) and
 * graded on or before the sale day (`lot_not_graded`), and together they graded at
 * least the eggs sold of each size (`lots_do_not_hold`); 422 otherwise. A sale that
 * names no lot (a gate sale) is not checked. Other sales from the same lots are not
 * subtracted: what a lot has left is production's to keep (packed stock, allocations).
 */
export async function lotsHold(env: UseCaseEnvironment, sale: EggsFromLots): Promise<void> {
  if (!sale.lotIds || sale.lotIds.length === 0) return;
  const directory = env.port<LotDirectory>(LOT_DIRECTORY);
  const lots = await Promise.all(sale.lotIds.map(async (lotId) => ({ lotId, facts: await directory.lot(lotId) })));
  const unknown = lots.filter((l) => !l.facts).map((l) => l.lotId);
  if (unknown.length > 0) {
    throw new InvariantViolated('lot_not_recorded', `no lot ${unknown.join(', ')} was recorded`, { lotIds: unknown });
  }
  const ungraded = lots.filter((l) => !l.facts?.graded || l.facts.graded.gradedOn > sale.soldOn).map((l) => l.lotId);
  if (ungraded.length > 0) {
    throw new InvariantViolated(
      'lot_not_graded',
      `lot ${ungraded.join(', ')} was not graded by ${sale.soldOn}: only graded eggs are sold`,
      { lotIds: ungraded, soldOn: sale.soldOn },
    );
  }
  for (const line of sale.lines) {
    const held = lots.reduce((n, l) => n + (l.facts?.graded?.sizes.find((s) => s.size === line.size)?.eggs ?? 0), 0);
    if (held < line.eggs) {
      throw new InvariantViolated(
        'lots_do_not_hold',
        `the lots named graded ${held} eggs of size ${line.size}, fewer than the ${line.eggs} sold`,
        { size: line.size, sold: line.eggs, held, lotIds: sale.lotIds },
      );
    }
  }
}
