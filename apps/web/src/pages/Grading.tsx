import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, fieldErrorsOf, outcome } from '../api/client';
import type { components } from '../api/schema';
import { formatCount, formatDay, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { Field, ProblemAlert, useProblemText } from '../problems';
import { useSubmission } from '../submission';

type Lot = components['schemas']['LotDto'];
type Size = components['schemas']['SizeCountDto']['size'];
type Reason = components['schemas']['RejectCountDto']['reason'];
/** A list of every value of the API's type `All`: it does not compile when the API has one it does not name. */
const every =
  <All,>() =>
  <const L extends readonly All[]>(
    list: L & ([Exclude<All, L[number]>] extends [never] ? unknown : { missing: Exclude<All, L[number]> }),
  ): L =>
    list;
const SIZES = every<Size>()([0, 1, 2, 3, 4, 5, 6]);
const REASONS = every<Reason>()([
  'CRACKED',
  'DENTED',
  'BROKEN',
  'DIRTY',
  'SOFT_SHELL',
  'MISSHAPEN',
  'BLOOD_SPOT',
  'UNDERSIZE',
]);

type Counts<K extends string | number> = Partial<Record<K, string>>;
/** The counts sent, in the order sent: a 400's `sizes.2.eggs` names the third of them. */
type Sent = { sizes: Size[]; rejects: Reason[] };

const wholeOrZero = (text: string | undefined): number => (/^\d+$/.test(text?.trim() ?? '') ? Number(text) : 0);
const total = <K extends string | number>(counts: Counts<K>): number =>
  Object.values<string | undefined>(counts).reduce((n, text) => n + wholeOrZero(text), 0);
/** The counts typed, each as typed when it is no whole number (the API says what is wrong with it). */
const typed = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : (text as unknown as number));

/** A lot graded into sizes and rejects, with graded + rejected = collected checked as the counts are typed. */
export function Grading() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const problemText = useProblemText();
  const { working, problem, changed, submit } = useSubmission();
  const [lotId, setLotId] = useState(() => new URLSearchParams(window.location.search).get('lot') ?? '');
  const [lot, setLot] = useState<Lot>();
  const [lotProblem, setLotProblem] = useState<string>();
  const [gradedOn, setGradedOn] = useState(todayInBangkok);
  const [grade, setGrade] = useState<'A' | 'B'>('A');
  const [sizes, setSizes] = useState<Counts<Size>>({});
  const [rejects, setRejects] = useState<Counts<Reason>>({});
  const [sent, setSent] = useState<Sent>({ sizes: [], rejects: [] });
  const [saved, setSaved] = useState<string>();
  const lotInput = useRef<HTMLInputElement>(null);

  const load = async (id = lotId.trim()) => {
    if (id === '') return;
    const answer = await outcome(api.GET('/lots/{lotId}', { params: { path: { lotId: id } } }));
    setLot(answer.ok ? answer.data : undefined);
    setLotProblem(answer.ok ? undefined : problemText(answer.problem));
  };
  // A lot named in the address (from the collection's list) is opened at once.
  const initialLot = useRef(lotId);
  useEffect(() => void load(initialLot.current.trim()), []);

  const edit =
    <T,>(set: (f: (prior: T) => T) => void) =>
    (f: (prior: T) => T) => {
      set(f);
      changed();
      setSaved(undefined);
    };
  const editSizes = edit(setSizes);
  const editRejects = edit(setRejects);

  const graded = total(sizes);
  const rejected = total(rejects);
  const collected = lot?.collectedEggs;
  const difference = collected === undefined ? undefined : collected - graded - rejected;
  const n = (x: number) => formatCount(x, language);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const id = lotId.trim();
    const filledSizes = SIZES.filter((s) => (sizes[s] ?? '').trim() !== '');
    const filledRejects = REASONS.filter((r) => (rejects[r] ?? '').trim() !== '');
    setSent({ sizes: filledSizes, rejects: filledRejects });
    const body = {
      gradedOn,
      grade,
      sizes: filledSizes.map((size) => ({ size, eggs: typed(sizes[size] ?? '') })),
      rejects: filledRejects.map((reason) => ({ reason, eggs: typed(rejects[reason] ?? '') })),
    };
    const taken = await submit((idempotencyKey) =>
      api.POST('/lots/{lotId}/grading', {
        params: { path: { lotId: id }, header: { 'Idempotency-Key': idempotencyKey } },
        body,
      }),
    );
    if (taken === undefined) return;
    setSaved(t('grading.saved', { lotId: id, graded: n(graded), rejected: n(rejected) }));
    setSizes({});
    setRejects({});
    await load(id);
    // Ready for the next lot: its id typed over this one's.
    lotInput.current?.focus();
    lotInput.current?.select();
  };

  // Field errors by input: `sizes.2.eggs` → the third size sent; a refusal about a size or a day → its input.
  const errors = problem ? fieldErrorsOf(problem) : {};
  const errorsOf = (input: string): string[] => {
    const own = Object.entries(errors).flatMap(([field, messages]) => (inputOf(field, sent) === input ? messages : []));
    const refusal = problem && refusedInput(problem) === input ? [problemText(problem)] : [];
    return [...own, ...refusal];
  };

  const countInput = (id: string, label: string, value: string | undefined, onChange: (v: string) => void) => (
    <Field key={id} id={id} label={label} errors={errorsOf(id)}>
      {(aria) => (
        <input
          {...aria}
          inputMode="numeric"
          autoComplete="off"
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <section className="grading">
      <h1>{t('grading.title')}</h1>
      <p className="status" role="status">
        {saved ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grading-form">
        {problem && (
          <ProblemAlert problem={problem} shownFields={Object.keys(errors).filter((f) => inputOf(f, sent))} />
        )}
        <div className="lot-line">
          <Field
            id="lotId"
            label={t('grading.lotId')}
            errors={[...(lotProblem ? [lotProblem] : []), ...errorsOf('lotId')]}
            hint={lot ? lotFacts(lot) : undefined}
          >
            {(aria) => (
              <input
                {...aria}
                ref={lotInput}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                autoFocus={lotId === ''}
                value={lotId}
                onChange={(e) => {
                  setLotId(e.target.value);
                  setLot(undefined);
                  changed();
                }}
                onBlur={() => void load()}
              />
            )}
          </Field>
          <Field
            id="gradedOn"
            label={t('grading.gradedOn')}
            errors={errorsOf('gradedOn')}
            hint={formatDay(gradedOn, language, 'full')}
          >
            {(aria) => (
              <input
                {...aria}
                type="date"
                max={todayInBangkok()}
                value={gradedOn}
                onChange={(e) => {
                  setGradedOn(e.target.value);
                  changed();
                }}
              />
            )}
          </Field>
          <Field id="grade" label={t('grading.grade')} errors={errorsOf('grade')}>
            {(aria) => (
              <select
                {...aria}
                value={grade}
                onChange={(e) => {
                  setGrade(e.target.value === 'B' ? 'B' : 'A');
                  changed();
                }}
              >
                <option value="A">A</option>
                <option value="B">B</option>
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend>{t('grading.sizes')}</legend>
          <div className="counts">
            {SIZES.map((size) =>
              countInput(`size-${size}`, `${t('sizes.name', { size })} · ${t(`sizes.${size}`)}`, sizes[size], (v) =>
                editSizes((c: Counts<Size>) => ({ ...c, [size]: v })),
              ),
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('grading.rejects')}</legend>
          <div className="counts">
            {REASONS.map((reason) =>
              countInput(`reject-${reason}`, t(`rejectReasons.${reason}`), rejects[reason], (v) =>
                editRejects((c: Counts<Reason>) => ({ ...c, [reason]: v })),
              ),
            )}
          </div>
        </fieldset>
        {collected !== undefined && difference !== undefined && (
          <p className={difference === 0 ? 'balance ok' : 'balance off'} aria-live="polite" data-testid="balance">
            {t('grading.balance', {
              graded: n(graded),
              rejected: n(rejected),
              total: n(graded + rejected),
              collected: n(collected),
            })}
            {' — '}
            {difference === 0
              ? t('grading.balanced')
              : difference > 0
                ? t('grading.short', { eggs: n(difference) })
                : t('grading.over', { eggs: n(-difference) })}
          </p>
        )}
        <button type="submit" className="primary" disabled={working}>
          {working ? t('grading.working') : t('grading.submit')}
        </button>
      </form>
    </section>
  );

  function lotFacts(lot: Lot): string {
    const facts = t('grading.lotFacts', {
      collectedOn: formatDay(lot.collectedOn, language),
      memberId: lot.memberId,
      farmId: lot.farmId,
      flockId: lot.flockId,
      eggs: n(lot.collectedEggs),
    });
    return lot.gradedOn
      ? `${facts}. ${t('grading.alreadyGraded', { gradedOn: formatDay(lot.gradedOn, language) })}`
      : facts;
  }
}

/** The input a field of the request is typed in, if the form has one. */
function inputOf(field: string, sent: Sent): string | undefined {
  const line = /^(sizes|rejects)\.(\d+)\./.exec(field);
  if (line) {
    const index = Number(line[2]);
    const named = line[1] === 'sizes' ? sent.sizes[index] : sent.rejects[index];
    return named === undefined ? undefined : `${line[1] === 'sizes' ? 'size' : 'reject'}-${named}`;
  }
  return ['gradedOn', 'grade', 'lotId'].includes(field) ? field : undefined;
}

/** The input a refusal of `POST /lots/{lotId}/grading` is about. */
function refusedInput(problem: { code: string; [k: string]: unknown }): string | undefined {
  switch (problem.code) {
    case 'lot_not_found':
      return 'lotId';
    case 'graded_before_collected':
      return 'gradedOn';
    case 'size_class_not_enabled':
      return `size-${String(problem['size'])}`;
    default:
      return undefined;
  }
}
