import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { REJECT_PRODUCTS, type RejectProduct } from '../eggs';
import { formatCount, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { LotField, useLot } from '../lot';
import { CountField, DayField, Field, ProblemAlert, useFieldErrors } from '../problems';
import { countSoFar, typedCount, useSubmission } from '../submission';

/** The input a refusal of `POST /lots/{lotId}/reject-processing` is about. */
const REFUSED_INPUT: Readonly<Record<string, string>> = {
  lot_not_found: 'lotId',
  lot_not_graded: 'lotId',
  insufficient_rejects: 'eggs',
  invalid_egg_count: 'eggs',
  invalid_output_grams: 'outputGrams',
  dated_before_grading: 'processedOn',
};

/** A lot's rejected eggs processed into a product (liquid egg, boiled, bakery, feed), weighed out in grams. */
export function RejectProcessing() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lotState = useLot();
  const { lotId, lot, load } = lotState;
  const { working, problem, submit } = useSubmission();
  const [product, setProduct] = useState<RejectProduct>();
  const [eggs, setEggs] = useState('');
  const [outputGrams, setOutputGrams] = useState('');
  const [processedOn, setProcessedOn] = useState(todayInBangkok);
  const [saved, setSaved] = useState<string>();
  const eggsInput = useRef<HTMLInputElement>(null);
  const errorsOf = useFieldErrors(problem, (p) => REFUSED_INPUT[p.code]);
  const n = (x: number) => formatCount(x, language);
  const kg = (grams: number) => new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB').format(grams / 1000);

  const edit = (apply: () => void) => {
    apply();
    setSaved(undefined);
  };
  const unprocessed = lot?.rejectsUnprocessed;
  const wanted = countSoFar(eggs);
  const grams = countSoFar(outputGrams);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const id = lotId.trim();
    let batchId = '';
    const taken = await submit({ lotId: id, product, eggs, outputGrams, processedOn }, (idempotencyKey) => {
      // The batch id goes with the key: a retry of the same processing names the same batch.
      batchId = `RB${processedOn.replaceAll('-', '')}-${idempotencyKey.slice(0, 6)}`;
      return api.POST('/lots/{lotId}/reject-processing', {
        params: { path: { lotId: id }, header: { 'Idempotency-Key': idempotencyKey } },
        body: {
          batchId,
          product: product as RejectProduct, // unchosen, it goes missing and the API says so under the product
          eggs: typedCount(eggs),
          outputGrams: typedCount(outputGrams),
          processedOn,
        },
      });
    });
    if (taken === undefined) return;
    setSaved(
      t('rejects.saved', {
        batchId,
        eggs: n(wanted ?? 0),
        product: product ? t(`rejectProducts.${product}`) : '',
        kg: kg(grams ?? 0),
      }),
    );
    setEggs('');
    setOutputGrams('');
    await load(id);
    eggsInput.current?.focus();
  };

  const numberInput = (id: 'eggs' | 'outputGrams', value: string, set: (v: string) => void, extra: string[]) => (
    <CountField
      id={id}
      label={t(`rejects.${id}`)}
      value={value}
      errors={[...errorsOf(id), ...extra]}
      hint={id === 'outputGrams' && grams !== undefined ? t('rejects.kilograms', { kg: kg(grams) }) : undefined}
      onChange={(text) => edit(() => set(text))}
      {...(id === 'eggs' ? { inputRef: eggsInput } : {})}
    />
  );

  return (
    <section className="rejects">
      <h1>{t('rejects.title')}</h1>
      <p className="status" role="status">
        {saved ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grading-form">
        {problem && (
          <ProblemAlert problem={problem} shownFields={['lotId', 'product', 'eggs', 'outputGrams', 'processedOn']} />
        )}
        <LotField state={lotState} errors={errorsOf('lotId')} />
        {lot && (
          <p className="stock-line" data-testid="rejects-stock">
            {t('rejects.stock', {
              rejected: n(lot.rejectedEggs),
              processed: n(lot.rejectsProcessed),
              unprocessed: n(lot.rejectsUnprocessed),
            })}
          </p>
        )}
        <div className="pack-line">
          <Field id="product" label={t('rejects.product')} errors={errorsOf('product')}>
            {(aria) => (
              <select
                {...aria}
                value={product ?? ''}
                onChange={(e) => edit(() => setProduct(REJECT_PRODUCTS.find((p) => p === e.target.value)))}
              >
                <option value="">{t('rejects.chooseProduct')}</option>
                {REJECT_PRODUCTS.map((p) => (
                  <option key={p} value={p}>
                    {t(`rejectProducts.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {numberInput(
            'eggs',
            eggs,
            setEggs,
            wanted !== undefined && unprocessed !== undefined && wanted > unprocessed
              ? [t('rejects.tooMany', { unprocessed: n(unprocessed) })]
              : [],
          )}
          {numberInput('outputGrams', outputGrams, setOutputGrams, [])}
          <DayField
            id="processedOn"
            label={t('rejects.processedOn')}
            value={processedOn}
            errors={errorsOf('processedOn')}
            onChange={(day) => edit(() => setProcessedOn(day))}
          />
        </div>
        <button type="submit" className="primary" disabled={working}>
          {working ? t('rejects.working') : t('rejects.submit')}
        </button>
      </form>
    </section>
  );
}
