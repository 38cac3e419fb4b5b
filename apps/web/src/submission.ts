import { useCallback, useState } from 'react';

import { outcome, type Problem, randomId } from './api/client';
import { useSession } from './session';

/**
 * A form's writes: one Idempotency-Key per entry, kept over retries until the form changes or the write is taken,
 * so a retry after a lost answer is never recorded twice; the problem of the last try; a 401 ends the session.
 */
export function useSubmission() {
  const { ended } = useSession();
  const [key, setKey] = useState<string>();
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  /** The form changed: its next write is another request, with a key of its own. */
  const changed = useCallback(() => setKey(undefined), []);

  const submit = async <T>(
    send: (idempotencyKey: string) => Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T | undefined> => {
    const current = key ?? randomId(24);
    setKey(current);
    setWorking(true);
    const answer = await outcome(send(current));
    setWorking(false);
    if (!answer.ok) {
      setProblem(answer.problem);
      if (answer.problem.status === 401) ended();
      return undefined;
    }
    setProblem(undefined);
    setKey(undefined);
    return answer.data;
  };

  return { working, problem, changed, submit };
}

/** A count as typed: a whole number, else the text itself, sent as it is for the API to say what is wrong with it. */
export function typedCount(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : (text as unknown as number);
}

/** A count typed so far, for the sums shown while typing: a whole number, else nothing yet. */
export function countSoFar(text: string | undefined): number | undefined {
  return /^\d+$/.test(text?.trim() ?? '') ? Number(text?.trim()) : undefined;
}
