import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { type Reason, REASONS, type Size, SIZES, useSizeLabel } from '../eggs';
import { formatCount, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { LotField, useLot } from '../lot';
import { CountField, DayField, Field, ProblemAlert, useFieldErrors } from '../problems';
import { countSoFar, typedCount, useSubmission } from '../submission';

type Counts<K extends string | number> = Partial<Record<K, string>>;
/** The counts sent, in the order sent: a 400's `sizes.2.eggs` names the third of them. */
type Sent = { sizes: Size[]; rejects: Reason[] };

const total = <K extends string | number>(counts: Counts<K>): number =>
  Object.values<string | undefined>(counts).reduce((n, text) => n + (countSoFar(text) ?? 0), 0);

/** A lot graded into sizes and rejects, with graded + rejected = collected checked as the counts are typed. */
export function Grading() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const { working, problem, submit } = useSubmission();
  const lotState = useLot();
  const { lotId, lot, load } = lotState;
  const [gradedOn, setGradedOn] = useState(todayInBangkok);
  const [grade, setGrade] = useState<'A' | 'B'>('A');
  const [sizes, setSizes] = useState<Counts<Size>>({});
  const [rejects, setRejects] = useState<Counts<Reason>>({});
  const [sent, setSent] = useState<Sent>({ sizes: [], rejects: [] });
  const [saved, setSaved] = useState<string>();

  const edit =
    <T,>(set: (f: (prior: T) => T) => void) =>
    (f: (prior: T) => T) => {
      set(f);
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
      sizes: filledSizes.map((size) => ({ size, eggs: typedCount(sizes[size] ?? '') })),
      rejects: filledRejects.map((reason) => ({ reason, eggs: typedCount(rejects[reason] ?? '') })),
    };
    const taken = await submit({ lotId: id, ...body }, (idempotencyKey) =>
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
    lotState.next();
  };

  // Field errors by input: `sizes.2.eggs` → the third size sent; a refusal about a size or a day → its input.
  const errorsOf = useFieldErrors(problem, refusedInput, (field) => inputOf(field, sent));

  const countInput = (id: string, label: string, value: string | undefined, onChange: (v: string) => void) => (
    <CountField key={id} id={id} label={label} value={value ?? ''} errors={errorsOf(id)} onChange={onChange} />
  );

  return (
    <section className="grading">
      <h1>{t('grading.title')}</h1>
      <p className="status" role="status">
        {saved ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grading-form">
        {problem && (
          <ProblemAlert
            problem={problem}
            shownFields={(problem.errors ?? []).map((e) => e.field).filter((f) => inputOf(f, sent))}
          />
        )}
        <div className="lot-line">
          <LotField state={lotState} errors={errorsOf('lotId')} />
          <DayField
            id="gradedOn"
            label={t('grading.gradedOn')}
            value={gradedOn}
            errors={errorsOf('gradedOn')}
            onChange={setGradedOn}
          />
          <Field id="grade" label={t('grading.grade')} errors={errorsOf('grade')}>
            {(aria) => (
              <select {...aria} value={grade} onChange={(e) => setGrade(e.target.value === 'B' ? 'B' : 'A')}>
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
              countInput(`size-${size}`, sizeLabel(size), sizes[size], (v) =>
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
