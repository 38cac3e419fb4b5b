import { useState } from 'react';

import { outcome, type Problem, randomId } from './api/client';
import { useSession } from './session';

/**
 * A form's writes: one Idempotency-Key per entry, the same for every try of the same entry until one is taken, so a
 * retry after a lost answer is never recorded twice, and a new one as soon as what is entered differs; the problem
 * of the last try; a 401 ends the session.
 */
export function useSubmission() {
  const { ended } = useSession();
  const [attempt, setAttempt] = useState<{ key: string; entry: string }>();
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  /** Sends `entry` (what the user entered, without the ids made from the key) with its key. */
  const submit = async <T>(
    entry: unknown,
    send: (idempotencyKey: string) => Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T | undefined> => {
    const entered = JSON.stringify(entry);
    const current = attempt?.entry === entered ? attempt.key : randomId(24);
    setAttempt({ key: current, entry: entered });
    setWorking(true);
    const answer = await outcome(send(current));
    setWorking(false);
    if (!answer.ok) {
      setProblem(answer.problem);
      if (answer.problem.status === 401) ended();
      return undefined;
    }
    setProblem(undefined);
    setAttempt(undefined);
    return answer.data;
  };

  return { working, problem, submit };
}

/** A count as typed: a whole number, else the text itself, sent as it is for the API to say what is wrong with it. */
export function typedCount(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : (text as unknown as number);
}

/** A count typed so far, for the sums shown while typing: a whole number, else nothing yet. */
export function countSoFar(text: string | undefined): number | undefined {
  return /^\d+$/.test(text?.trim() ?? '') ? Number(text?.trim()) : undefined;
}
