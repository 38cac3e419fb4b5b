import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { type Size, SIZES, useSizeLabel } from '../eggs';
import { formatCount, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { type Lot, LotField, useLot } from '../lot';
import { CODE_INPUT, CountField, DayField, Field, ProblemAlert, useFieldErrors } from '../problems';
import { countSoFar, typedCount, useSubmission } from '../submission';

const EGGS_PER_TRAY = 30;

/** The input a refusal of `POST /lots/{lotId}/packs` is about. */
const REFUSED_INPUT: Readonly<Record<string, string>> = {
  lot_not_found: 'lotId',
  lot_not_graded: 'lotId',
  insufficient_graded_stock: 'trays',
  invalid_tray_count: 'trays',
  dated_before_grading: 'packedOn',
};

/** Graded eggs of a lot packed into full trays of 30, the lot's stock per size shown and the trays checked against it. */
export function Packing() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const lotState = useLot();
  const { lotId, lot, load } = lotState;
  const { working, problem, submit } = useSubmission();
  const [size, setSize] = useState<Size>();
  const [trays, setTrays] = useState('');
  const [packedOn, setPackedOn] = useState(todayInBangkok);
  const [caseId, setCaseId] = useState('');
  const [saved, setSaved] = useState<string>();
  const traysInput = useRef<HTMLInputElement>(null);
  const errorsOf = useFieldErrors(problem, (p) => REFUSED_INPUT[p.code]);
  const n = (x: number) => formatCount(x, language);

  const edit = (apply: () => void) => {
    apply();
    setSaved(undefined);
  };
  const unpacked = lot?.stock.find((s) => s.size === size)?.gradedUnpacked;
  const wanted = countSoFar(trays);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const id = lotId.trim();
    let sent = { packId: '', trays: 0 };
    const taken = await submit({ lotId: id, size, trays, packedOn, caseId }, (idempotencyKey) => {
      // The pack id goes with the key: a retry of the same packing names the same pack.
      sent = { packId: `PK${packedOn.replaceAll('-', '')}-${idempotencyKey.slice(0, 6)}`, trays: typedCount(trays) };
      return api.POST('/lots/{lotId}/packs', {
        params: { path: { lotId: id }, header: { 'Idempotency-Key': idempotencyKey } },
        body: {
          ...sent,
          size: size as Size, // unchosen, it goes missing and the API says so under the size
          packedOn,
          ...(caseId.trim() === '' ? {} : { caseId: caseId.trim() }),
        },
      });
    });
    if (taken === undefined) return;
    setSaved(t('packing.saved', { packId: sent.packId, size, trays: n(sent.trays), lotId: id }));
    setTrays('');
    await load(id);
    traysInput.current?.focus();
  };

  return (
    <section className="packing">
      <h1>{t('packing.title')}</h1>
      <p className="status" role="status">
        {saved ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grading-form">
        {problem && <ProblemAlert problem={problem} shownFields={['lotId', 'size', 'trays', 'packedOn', 'caseId']} />}
        <LotField state={lotState} errors={errorsOf('lotId')} />
        {lot && <Stock lot={lot} />}
        <div className="pack-line">
          <Field id="size" label={t('packing.size')} errors={errorsOf('size')}>
            {(aria) => (
              <select
                {...aria}
                value={size ?? ''}
                onChange={(e) => edit(() => setSize(SIZES.find((s) => String(s) === e.target.value)))}
              >
                <option value="">{t('packing.chooseSize')}</option>
                {SIZES.map((s) => (
                  <option key={s} value={s}>
                    {sizeLabel(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CountField
            id="trays"
            label={t('packing.trays')}
            value={trays}
            inputRef={traysInput}
            errors={[
              ...errorsOf('trays'),
              ...(wanted !== undefined && unpacked !== undefined && wanted * EGGS_PER_TRAY > unpacked
                ? [t('packing.tooMany', { unpacked: n(unpacked), trays: n(Math.floor(unpacked / EGGS_PER_TRAY)) })]
                : []),
            ]}
            hint={
              wanted !== undefined && unpacked !== undefined && wanted * EGGS_PER_TRAY <= unpacked
                ? t('packing.uses', { eggs: n(wanted * EGGS_PER_TRAY), unpacked: n(unpacked) })
                : undefined
            }
            onChange={(text) => edit(() => setTrays(text))}
          />
          <DayField
            id="packedOn"
            label={t('packing.packedOn')}
            value={packedOn}
            errors={errorsOf('packedOn')}
            onChange={(day) => edit(() => setPackedOn(day))}
          />
          <Field id="caseId" label={t('packing.caseId')} errors={errorsOf('caseId')}>
            {(aria) => (
              <input {...aria} {...CODE_INPUT} value={caseId} onChange={(e) => edit(() => setCaseId(e.target.value))} />
            )}
          </Field>
        </div>
        <button type="submit" className="primary" disabled={working}>
          {working ? t('packing.working') : t('packing.submit')}
        </button>
      </form>
    </section>
  );
}

/** The lot's graded stock per size: graded, not packed yet, trays that can still be packed, packed, allocated. */
function Stock({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const n = (x: number) => formatCount(x, language);
  const rows = lot.stock.filter((s) => s.graded > 0);
  if (rows.length === 0) return <p>{t('packing.noStock')}</p>;
  return (
    <div className="table-wrap">
      <table aria-label={t('packing.stock')}>
        <thead>
          <tr>
            <th scope="col">{t('packing.size')}</th>
            {(['graded', 'unpacked', 'packable', 'packed', 'allocated'] as const).map((column) => (
              <th key={column} scope="col" className="number">
                {t(`packing.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.size}>
              <th scope="row">{sizeLabel(s.size)}</th>
              <td className="number">{n(s.graded)}</td>
              <td className="number">{n(s.gradedUnpacked)}</td>
              <td className="number">{n(Math.floor(s.gradedUnpacked / EGGS_PER_TRAY))}</td>
              <td className="number">{n(s.packedTrays)}</td>
              <td className="number">{n(s.allocatedTrays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
