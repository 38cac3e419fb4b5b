import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from '../api/client';
import type { components } from '../api/schema';
import { formatBaht, formatCount, formatDay, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { CODE_INPUT, CountField, DayField, Field, ProblemAlert, useFieldErrors, useProblemText } from '../problems';
import { countSoFar, typedCount, useSubmission } from '../submission';

type Contract = components['schemas']['FeedContractDto'];

const FIELDS = ['contractId', 'orderId', 'deliveryId', 'memberId', 'farmId', 'kg', 'feedType', 'deliveredOn'] as const;

/** The input a refusal of `POST /feed-contracts/{contractId}/deliveries` is about. */
const REFUSED_INPUT: Readonly<Record<string, string>> = {
  contract_not_found: 'contractId',
  not_found: 'contractId',
  member_not_registered: 'memberId',
  farm_not_registered: 'farmId',
  feed_type_mismatch: 'feedType',
  outside_contract_period: 'deliveredOn',
  day_in_future: 'deliveredOn',
  contract_volume_exceeded: 'kg',
  order_overdelivered: 'kg',
  order_not_found: 'orderId',
  order_farm_mismatch: 'orderId',
  delivery_already_recorded: 'deliveryId',
};

/**
 * Collectively bought feed received at a member's farm, against the cooperative's feed contract: the contract (its
 * supplier, feed, price, period and what is left) and its open orders shown once its number is left; an order chosen
 * fills the member and farm. The delivery note's number is the delivery's id, so saving the same note twice is one
 * delivery.
 */
export function FeedDeliveries() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const problemText = useProblemText();
  const { working, problem, submit } = useSubmission();
  const [contractId, setContractId] = useState(() => new URLSearchParams(window.location.search).get('contract') ?? '');
  const [contract, setContract] = useState<{ contract?: Contract; problem?: string }>({});
  const [form, setForm] = useState({ orderId: '', deliveryId: '', memberId: '', farmId: '', kg: '', feedType: '' });
  const [deliveredOn, setDeliveredOn] = useState(todayInBangkok);
  const [saved, setSaved] = useState<string>();
  const errorsOf = useFieldErrors(problem, (p) => REFUSED_INPUT[p.code]);
  const n = (x: number) => formatCount(x, language);
  const baht = (satang: number) => formatBaht(satang, language);
  const day = (d: string) => formatDay(d, language);

  const change = (values: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...values }));
    setSaved(undefined);
  };

  const load = async (id = contractId.trim()) => {
    if (id === '') return;
    const answer = await outcome(api.GET('/feed-contracts/{contractId}', { params: { path: { contractId: id } } }));
    if (!answer.ok) return setContract({ problem: problemText(answer.problem) });
    setContract({ contract: answer.data });
    setForm((f) => (f.feedType.trim() === '' ? { ...f, feedType: answer.data.feedType } : f));
  };

  const chooseOrder = (orderId: string) => {
    const order = contract.contract?.orders.find((o) => o.orderId === orderId);
    change(order ? { orderId, memberId: order.memberId, farmId: order.farmId } : { orderId });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const id = contractId.trim();
    const body = {
      deliveryId: form.deliveryId.trim(),
      ...(form.orderId === '' ? {} : { orderId: form.orderId }),
      memberId: form.memberId.trim(),
      farmId: form.farmId.trim(),
      kg: typedCount(form.kg),
      feedType: form.feedType.trim(),
      deliveredOn,
    };
    const taken = await submit({ contractId: id, ...body }, (idempotencyKey) =>
      api.POST('/feed-contracts/{contractId}/deliveries', {
        params: { path: { contractId: id }, header: { 'Idempotency-Key': idempotencyKey } },
        body,
      }),
    );
    if (taken === undefined) return;
    setSaved(
      t('feed.saved', {
        deliveryId: body.deliveryId,
        kg: n(Number(body.kg)),
        farmId: body.farmId,
        memberId: body.memberId,
      }),
    );
    setForm((f) => ({ ...f, orderId: '', deliveryId: '', kg: '' }));
    await load(id);
  };

  const c = contract.contract;
  const kg = countSoFar(form.kg);
  const openOrders = c?.orders.filter((o) => o.deliveredKg < o.kg) ?? [];
  const text = (name: 'deliveryId' | 'memberId' | 'farmId' | 'feedType') => (
    <Field id={name} label={t(`feed.${name}`)} errors={errorsOf(name)}>
      {(aria) => (
        <input {...aria} {...CODE_INPUT} value={form[name]} onChange={(e) => change({ [name]: e.target.value })} />
      )}
    </Field>
  );

  return (
    <section className="feed-deliveries">
      <h1>{t('feed.title')}</h1>
      <p className="status" role="status">
        {saved ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grading-form">
        {problem && <ProblemAlert problem={problem} shownFields={FIELDS} />}
        <Field
          id="contractId"
          label={t('feed.contractId')}
          errors={[...(contract.problem ? [contract.problem] : []), ...errorsOf('contractId')]}
          hint={
            c &&
            t('feed.contract', {
              supplierId: c.supplierId,
              feedType: c.feedType,
              price: baht(c.pricePerKgSatang),
              validFrom: day(c.validFrom),
              validTo: day(c.validTo),
              remaining: n(c.remainingKg),
            })
          }
        >
          {(aria) => (
            <input
              {...aria}
              {...CODE_INPUT}
              autoFocus={contractId === ''}
              value={contractId}
              onChange={(e) => {
                setContractId(e.target.value);
                setContract({});
                setSaved(undefined);
              }}
              onBlur={() => void load()}
            />
          )}
        </Field>
        <div className="pack-line">
          <Field id="orderId" label={t('feed.orderId')} errors={errorsOf('orderId')}>
            {(aria) => (
              <select {...aria} value={form.orderId} onChange={(e) => chooseOrder(e.target.value)}>
                <option value="">{t('feed.noOrder')}</option>
                {openOrders.map((o) => (
                  <option key={o.orderId} value={o.orderId}>
                    {t('feed.orderOption', {
                      orderId: o.orderId,
                      memberId: o.memberId,
                      farmId: o.farmId,
                      left: n(o.kg - o.deliveredKg),
                    })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('deliveryId')}
          {text('memberId')}
          {text('farmId')}
        </div>
        <div className="pack-line">
          <CountField
            id="kg"
            label={t('feed.kg')}
            value={form.kg}
            errors={errorsOf('kg')}
            hint={kg !== undefined && c ? t('feed.amount', { amount: baht(kg * c.pricePerKgSatang) }) : undefined}
            onChange={(value) => change({ kg: value })}
          />
          {text('feedType')}
          <DayField
            id="deliveredOn"
            label={t('feed.deliveredOn')}
            value={deliveredOn}
            errors={errorsOf('deliveredOn')}
            onChange={(d) => {
              setDeliveredOn(d);
              setSaved(undefined);
            }}
          />
        </div>
        <button type="submit" className="primary" disabled={working}>
          {working ? t('feed.working') : t('feed.submit')}
        </button>
      </form>
      {c && (
        <>
          <h2>{t('feed.deliveries')}</h2>
          {c.deliveries.length === 0 ? (
            <p>{t('feed.none')}</p>
          ) : (
            <div className="table-wrap">
              <table aria-label={t('feed.deliveries')}>
                <thead>
                  <tr>
                    <th scope="col">{t('feed.deliveryId')}</th>
                    <th scope="col">{t('feed.day')}</th>
                    <th scope="col">{t('feed.member')}</th>
                    <th scope="col">{t('feed.farm')}</th>
                    <th scope="col" className="number">
                      {t('feed.kg')}
                    </th>
                    <th scope="col" className="number">
                      {t('feed.amountColumn')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...c.deliveries].reverse().map((d) => (
                    <tr key={d.deliveryId}>
                      <td>{d.deliveryId}</td>
                      <td>{day(d.deliveredOn)}</td>
                      <td>{d.memberId}</td>
                      <td>{d.farmId}</td>
                      <td className="number">{n(d.kg)}</td>
                      <td className="number">{baht(d.amountSatang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
