import { InvariantViolated } from './errors';
import type { Check } from './use-case';

/** The field names of `Input` that hold a day (`YYYY-MM-DD`), given or absent. */
type DayField<Input> = { [K in keyof Input]: Input[K] extends string | undefined ? K : never }[keyof Input] & string;

/**
 * Days of facts that have happened (collected, graded, paid) are not after today
 * in Asia/Bangkok: 422 `day_in_future`. A day of the next year typed by mistake
 * would otherwise be taken, and price and income figures would wait for it.
 */
export function happenedBy<Input>(...fields: readonly DayField<Input>[]): Check<Input> {
  return aheadAtMost(0, fields);
}

/** Days planned ahead (a delivery, a deadline, a contract's end) are at most `days` after today: 422 `day_too_far_ahead`. */
export function plannedWithin<Input>(days: number, ...fields: readonly DayField<Input>[]): Check<Input> {
  return aheadAtMost(days, fields);
}

function aheadAtMost<Input>(days: number, fields: readonly DayField<Input>[]): Check<Input> {
  return (input, env) => {
    const today = env.today();
    const latest = addDays(today, days);
    for (const field of fields) {
      const day = input[field] as string | undefined;
      if (day === undefined || day <= latest) continue;
      throw days === 0
        ? new InvariantViolated('day_in_future', `${field} ${day} is after today (${today})`, { field, today })
        : new InvariantViolated(
            'day_too_far_ahead',
            `${field} ${day} is more than ${days} days after today (${today})`,
            { field, today, latest },
          );
    }
    return Promise.resolve();
  };
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
