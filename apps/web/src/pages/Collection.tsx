import { type FormEvent, type InputHTMLAttributes, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from '../api/client';
import { formatCount, formatDay, todayInBangkok, trays } from '../format';
import { currentLanguage } from '../i18n';
import { CODE_INPUT, CountField, DayField, Field, ProblemAlert, useFieldErrors, useProblemText } from '../problems';
import { Link, PAGES } from '../router';
import { countSoFar, typedCount, useSubmission } from '../submission';

type Form = { collectedOn: string; memberId: string; farmId: string; flockId: string; eggs: string };
const FIELDS = ['collectedOn', 'memberId', 'farmId', 'flockId', 'eggs'] as const;
type FieldName = (typeof FIELDS)[number];

/** The input a refusal is about, for the rules `POST /lots` checks against the registry (422). */
const REFUSED_INPUT: Readonly<Record<string, FieldName>> = {
  member_not_registered: 'memberId',
  farm_not_registered: 'farmId',
  flock_not_placed: 'flockId',
  collected_before_placement: 'collectedOn',
  day_in_future: 'collectedOn',
  more_eggs_than_hens: 'eggs',
};

type Saved = { lotId: string; collectedOn: string; memberId: string; farmId: string; flockId: string; eggs: number };

const DRAFT = 'khai.collection.draft';

function restoredDraft(): Form {
  const empty = { collectedOn: todayInBangkok(), memberId: '', farmId: '', flockId: '', eggs: '' };
  try {
    return { ...empty, ...(JSON.parse(sessionStorage.getItem(DRAFT) ?? '{}') as Partial<Form>) };
  } catch {
    return empty;
  }
}

/** The day's collection: one lot per entry of a member's farm and flock, keyed in fast, Enter to save. */
export function Collection() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const problemText = useProblemText();
  const { working, problem, submit } = useSubmission();
  const [form, setForm] = useState<Form>(restoredDraft);
  const [saved, setSaved] = useState<Saved[]>([]);
  const [lookups, setLookups] = useState<Partial<Record<FieldName, { text: string; failed: boolean }>>>({});
  const flockInput = useRef<HTMLInputElement>(null);

  // A draft survives a reload and a sign-in in between (a session that ended is no lost entry).
  useEffect(() => sessionStorage.setItem(DRAFT, JSON.stringify(form)), [form]);

  const change = (name: FieldName, value: string) => {
    setForm((f) => ({ ...f, [name]: value }));
  };
  /** What a lookup found goes into a field only while it is still empty: never over what was typed meanwhile. */
  const fillIfEmpty = (values: Partial<Form>) => {
    setForm((f) => {
      const empty = Object.entries(values).filter(([name]) => f[name as FieldName].trim() === '');
      return empty.length === 0 ? f : { ...f, ...Object.fromEntries(empty) };
    });
  };

  const lookUpMember = async () => {
    const memberId = form.memberId.trim();
    if (memberId === '') return;
    const member = await outcome(api.GET('/members/{memberId}', { params: { path: { memberId } } }));
    if (!member.ok) return setLookups((l) => ({ ...l, memberId: { text: problemText(member.problem), failed: true } }));
    const farms = member.data.farms.map((f) => `${f.farmId} ${f.name}`).join(', ');
    setLookups((l) => ({
      ...l,
      memberId: { text: t('collection.memberName', { name: member.data.name }), failed: false },
      farmId: { text: t('collection.memberFarms', { farms }), failed: false },
    }));
    const [only] = member.data.farms;
    if (member.data.farms.length === 1 && only) fillIfEmpty({ farmId: only.farmId });
  };

  const lookUpFlock = async () => {
    const flockId = form.flockId.trim();
    if (flockId === '') return;
    const flock = await outcome(api.GET('/flocks/{flockId}', { params: { path: { flockId } } }));
    if (!flock.ok) return setLookups((l) => ({ ...l, flockId: { text: problemText(flock.problem), failed: true } }));
    const { memberId, farmId, hensAlive, placedOn, status } = flock.data;
    const text =
      status === 'closed'
        ? t('collection.flockClosed')
        : t('collection.flockFacts', {
            memberId,
            farmId,
            hens: formatCount(hensAlive, language),
            placedOn: formatDay(placedOn, language),
          });
    setLookups((l) => ({ ...l, flockId: { text, failed: status === 'closed' } }));
    fillIfEmpty({ memberId, farmId });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let body: Saved | undefined;
    const taken = await submit(form, (idempotencyKey) => {
      body = {
        // The lot id goes with the key: a retry of the same entry names the same lot.
        lotId: `L${form.collectedOn.replaceAll('-', '')}-${idempotencyKey.slice(0, 6)}`,
        collectedOn: form.collectedOn,
        memberId: form.memberId.trim(),
        farmId: form.farmId.trim(),
        flockId: form.flockId.trim(),
        eggs: typedCount(form.eggs),
      };
      return api.POST('/lots', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } });
    });
    if (taken === undefined || body === undefined) return;
    const entry = body;
    setSaved((s) => [entry, ...s]);
    setForm((f) => ({ ...f, flockId: '', eggs: '' }));
    setLookups((l) => ({ memberId: l.memberId, farmId: l.farmId }));
    flockInput.current?.focus();
  };

  const problemErrorsOf = useFieldErrors(problem, (p) => REFUSED_INPUT[p.code]);
  const errorsOf = (name: FieldName): string[] => [
    ...problemErrorsOf(name),
    ...(lookups[name]?.failed ? [lookups[name].text] : []),
  ];
  const hintOf = (name: FieldName): string | undefined =>
    lookups[name] && !lookups[name].failed ? lookups[name].text : undefined;
  const eggCount = countSoFar(form.eggs);
  const last = saved[0];

  const input = (
    name: FieldName,
    props: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> } = {},
  ) => (
    <Field id={name} label={t(`collection.${name}`)} errors={errorsOf(name)} hint={hintOf(name)}>
      {(aria) => (
        <input
          {...aria}
          name={name}
          value={form[name]}
          {...CODE_INPUT}
          required
          onChange={(e) => change(name, e.target.value)}
          {...props}
        />
      )}
    </Field>
  );

  return (
    <section className="collection">
      <h1>{t('collection.title')}</h1>
      <p className="hint">{t('collection.hint')}</p>
      <p className="status" role="status">
        {last && !problem
          ? t('collection.saved', { lotId: last.lotId, eggs: formatCount(last.eggs, language), flockId: last.flockId })
          : ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="entry">
        {problem && <ProblemAlert problem={problem} shownFields={FIELDS} />}
        <DayField
          id="collectedOn"
          label={t('collection.collectedOn')}
          value={form.collectedOn}
          errors={errorsOf('collectedOn')}
          onChange={(day) => change('collectedOn', day)}
        />
        {input('memberId', { onBlur: () => void lookUpMember(), autoFocus: true })}
        {input('farmId')}
        {input('flockId', { onBlur: () => void lookUpFlock(), ref: flockInput })}
        <CountField
          id="eggs"
          label={t('collection.eggs')}
          value={form.eggs}
          errors={errorsOf('eggs')}
          hint={eggCount === undefined ? undefined : traysText(eggCount)}
          onChange={(text) => change('eggs', text)}
        />
        <button type="submit" className="primary" disabled={working}>
          {working ? t('collection.working') : t('collection.submit')}
        </button>
      </form>
      <SavedLots saved={saved} />
    </section>
  );

  function traysText(eggs: number): string {
    const { trays: whole, eggs: left } = trays(eggs);
    const n = (x: number) => formatCount(x, language);
    return left === 0
      ? t('collection.trays', { trays: n(whole) })
      : t('collection.traysAndEggs', { trays: n(whole), eggs: n(left) });
  }
}

function SavedLots({ saved }: { saved: readonly Saved[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('collection.today')}</h2>
      {saved.length === 0 ? (
        <p>{t('collection.noneYet')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('collection.lot')}</th>
                <th scope="col">{t('collection.day')}</th>
                <th scope="col">{t('collection.member')}</th>
                <th scope="col">{t('collection.farm')}</th>
                <th scope="col">{t('collection.flock')}</th>
                <th scope="col" className="number">
                  {t('collection.eggsColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {saved.map((lot) => (
                <tr key={lot.lotId}>
                  <td>
                    <Link
                      to={`${PAGES.grading}?lot=${encodeURIComponent(lot.lotId)}`}
                      aria-label={`${t('grading.grade_link')} ${lot.lotId}`}
                    >
                      {lot.lotId}
                    </Link>
                  </td>
                  <td>{formatDay(lot.collectedOn, language)}</td>
                  <td>{lot.memberId}</td>
                  <td>{lot.farmId}</td>
                  <td>{lot.flockId}</td>
                  <td className="number">{formatCount(lot.eggs, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
