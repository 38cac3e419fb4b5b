import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from './api/client';
import type { components } from './api/schema';
import { formatCount, formatDay } from './format';
import { currentLanguage } from './i18n';
import { CODE_INPUT, Field, useProblemText } from './problems';

export type Lot = components['schemas']['LotDto'];

/**
 * The lot a screen works on: its id as typed (first from `?lot=` in the address, e.g. a link from the collection's
 * list, and then opened at once), the lot as `GET /lots/{lotId}` answers it, or why it could not be opened.
 */
export function useLot() {
  const problemText = useProblemText();
  const [lotId, setLotId] = useState(() => new URLSearchParams(window.location.search).get('lot') ?? '');
  const [lot, setLot] = useState<Lot>();
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  const load = async (id = lotId.trim()) => {
    if (id === '') return;
    const answer = await outcome(api.GET('/lots/{lotId}', { params: { path: { lotId: id } } }));
    setLot(answer.ok ? answer.data : undefined);
    setProblem(answer.ok ? undefined : problemText(answer.problem));
  };
  const initial = useRef(lotId);
  useEffect(() => void load(initial.current.trim()), []);

  const type = (id: string) => {
    setLotId(id);
    setLot(undefined);
  };
  /** Ready for the next lot: the cursor on the lot id, to type the next one over it. */
  const next = () => {
    input.current?.focus();
    input.current?.select();
  };
  return { lotId, lot, problem, load, type, next, input };
}

/** The lot id's input, with what the lot is (day, member, farm, flock, eggs, graded) or why it could not be opened. */
export function LotField({ state, errors }: { state: ReturnType<typeof useLot>; errors: readonly string[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { lotId, lot, problem, load, type, input } = state;
  const facts = (lot: Lot): string => {
    const collected = t('lot.facts', {
      collectedOn: formatDay(lot.collectedOn, language),
      memberId: lot.memberId,
      farmId: lot.farmId,
      flockId: lot.flockId,
      eggs: formatCount(lot.collectedEggs, language),
    });
    return lot.gradedOn
      ? `${collected}. ${t('lot.graded', { gradedOn: formatDay(lot.gradedOn, language) })}`
      : collected;
  };
  return (
    <Field
      id="lotId"
      label={t('lot.id')}
      errors={[...(problem ? [problem] : []), ...errors]}
      hint={lot ? facts(lot) : undefined}
    >
      {(aria) => (
        <input
          {...aria}
          ref={input}
          {...CODE_INPUT}
          autoFocus={lotId === ''}
          value={lotId}
          onChange={(e) => type(e.target.value)}
          onBlur={() => void load()}
        />
      )}
    </Field>
  );
}
