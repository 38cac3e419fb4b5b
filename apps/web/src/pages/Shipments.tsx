import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from '../api/client';
import type { components } from '../api/schema';
import { type Size, SIZES, useSizeLabel } from '../eggs';
import { formatBaht, formatCount, formatDay, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import type { Lot } from '../lot';
import { CODE_INPUT, CountField, DayField, Field, ProblemAlert, useFieldErrors, useProblemText } from '../problems';
import { countSoFar, typedCount, useSubmission } from '../submission';

type Order = components['schemas']['SalesOrderDto'];
type Shipment = components['schemas']['ShipmentDto'];
type Line = { lotId: string; size: Size | undefined; trays: string };

/** The input a refusal of `POST /shipments` is about (422s of the order and buyer checks). */
const REFUSED_INPUT: Readonly<Record<string, string>> = {
  sales_order_not_confirmed: 'orderId',
  sales_order_not_found: 'orderId',
  buyer_mismatch: 'buyerId',
  buyer_not_registered: 'buyerId',
  date_out_of_order: 'plannedOn',
  day_in_future: 'plannedOn',
};

/** `items.0.trays`, the API's field, is typed in the input `items-0-trays`. */
const inputOf = (field: string) => field.replaceAll('.', '-');

/** How long the page waits for the shipment-allocation process to set the stock aside or refuse it. */
const ALLOCATION_WAIT_MS = 15_000;

/** Packed trays of a size not yet set aside for a shipment. */
function availableTrays(lot: Lot | undefined, size: Size | undefined): number | undefined {
  const stock = lot?.stock.find((s) => s.size === size);
  return stock === undefined ? undefined : stock.packedTrays - stock.allocatedTrays;
}

/**
 * A shipment to a buyer's confirmed order, drawn from packed stock: lines of lot, size and trays, each lot's packed
 * trays per size shown as its id is left, and the trays checked against them as they are typed. The platform sets the
 * stock aside after it answers (202): the page then follows the shipment until it is allocated or refused.
 */
export function Shipments() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const problemText = useProblemText();
  const { working, problem, submit } = useSubmission();
  const [orderId, setOrderId] = useState(() => new URLSearchParams(window.location.search).get('order') ?? '');
  const [order, setOrder] = useState<{ order?: Order; problem?: string }>({});
  const [buyerId, setBuyerId] = useState('');
  const [plannedOn, setPlannedOn] = useState(todayInBangkok);
  const [lines, setLines] = useState<Line[]>([{ lotId: '', size: undefined, trays: '' }]);
  const [lots, setLots] = useState<Record<string, { lot?: Lot; problem?: string }>>({});
  const [status, setStatus] = useState<string>();
  const errorsOf = useFieldErrors(problem, (p) => REFUSED_INPUT[p.code], inputOf);
  const n = (x: number) => formatCount(x, language);
  const day = (d: string) => formatDay(d, language);

  const edit = (apply: () => void) => {
    apply();
    setStatus(undefined);
  };
  const setLine = (i: number, change: Partial<Line>) =>
    edit(() => setLines((all) => all.map((line, j) => (j === i ? { ...line, ...change } : line))));

  const loadOrder = async () => {
    const id = orderId.trim();
    if (id === '') return;
    const answer = await outcome(api.GET('/sales-orders/{orderId}', { params: { path: { orderId: id } } }));
    if (!answer.ok) return setOrder({ problem: problemText(answer.problem) });
    setOrder({ order: answer.data });
    setBuyerId((b) => (b.trim() === '' ? answer.data.buyerId : b));
  };

  const loadLot = async (lotId: string) => {
    const id = lotId.trim();
    if (id === '') return;
    const answer = await outcome(api.GET('/lots/{lotId}', { params: { path: { lotId: id } } }));
    setLots((all) => ({
      ...all,
      [id]: answer.ok ? { lot: answer.data } : { problem: problemText(answer.problem) },
    }));
  };

  /** Follows the shipment until the platform has set its stock aside or refused it. */
  const follow = async (shipmentId: string, trays: number) => {
    const until = Date.now() + ALLOCATION_WAIT_MS;
    let shipment: Shipment | undefined;
    while (Date.now() < until) {
      const answer = await outcome(api.GET('/shipments/{shipmentId}', { params: { path: { shipmentId } } }));
      shipment = answer.ok ? answer.data : undefined;
      if (shipment && shipment.status !== 'planned') break;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    if (shipment?.status === 'refused') {
      const reason = shipment.refusal?.reason ?? '';
      const code = reason.split(':')[0] ?? '';
      // The process words its reason `code: message`; a code the app knows is said in the user's language.
      const known = `shipments.${code}`;
      setStatus(t('shipments.refused_status', { shipmentId, reason: i18n.exists(known) ? t(known) : reason }));
    } else if (shipment && shipment.status !== 'planned') {
      setStatus(t('shipments.allocated_status', { shipmentId, trays: n(trays) }));
    } else {
      setStatus(t('shipments.pending_status', { shipmentId }));
    }
    for (const lotId of new Set(lines.map((l) => l.lotId.trim()))) await loadLot(lotId);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let shipmentId = '';
    const items = lines.map((l) => ({ lotId: l.lotId.trim(), size: l.size as Size, trays: typedCount(l.trays) }));
    const entry = { orderId: orderId.trim(), buyerId: buyerId.trim(), plannedOn, items };
    const taken = await submit({ ...entry, lines }, (idempotencyKey) => {
      // The shipment id goes with the key: a retry of the same shipment names the same shipment.
      shipmentId = `SH${plannedOn.replaceAll('-', '')}-${idempotencyKey.slice(0, 6)}`;
      return api.POST('/shipments', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: { shipmentId, ...entry },
      });
    });
    if (taken === undefined) return;
    const trays = items.reduce((sum, i) => sum + (typeof i.trays === 'number' ? i.trays : 0), 0);
    setStatus(t('shipments.planned', { shipmentId, trays: n(trays) }));
    setLines([{ lotId: '', size: undefined, trays: '' }]);
    await follow(shipmentId, trays);
  };

  const shownLots = [...new Set(lines.map((l) => l.lotId.trim()).filter((id) => lots[id] !== undefined))];
  const shownFields = [
    'orderId',
    'buyerId',
    'plannedOn',
    ...lines.flatMap((_, i) => ['lotId', 'size', 'trays'].map((f) => `items.${i}.${f}`)),
  ];

  return (
    <section className="shipments">
      <h1>{t('shipments.title')}</h1>
      <p className="status" role="status">
        {status ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="grading-form">
        {problem && <ProblemAlert problem={problem} shownFields={shownFields} />}
        <div className="lot-line">
          <Field
            id="orderId"
            label={t('shipments.orderId')}
            errors={[...(order.problem ? [order.problem] : []), ...errorsOf('orderId')]}
            hint={
              order.order &&
              (order.order.status === 'cancelled'
                ? t('shipments.orderCancelled')
                : t('shipments.order', {
                    buyerId: order.order.buyerId,
                    orderedOn: day(order.order.orderedOn),
                    deliveryOn: day(order.order.deliveryOn),
                    trays: n(order.order.totalTrays),
                  }))
            }
          >
            {(aria) => (
              <input
                {...aria}
                {...CODE_INPUT}
                autoFocus={orderId === ''}
                value={orderId}
                onChange={(e) =>
                  edit(() => {
                    setOrderId(e.target.value);
                    setOrder({});
                  })
                }
                onBlur={() => void loadOrder()}
              />
            )}
          </Field>
          <Field id="buyerId" label={t('shipments.buyerId')} errors={errorsOf('buyerId')}>
            {(aria) => (
              <input
                {...aria}
                {...CODE_INPUT}
                value={buyerId}
                onChange={(e) => edit(() => setBuyerId(e.target.value))}
              />
            )}
          </Field>
          <DayField
            id="plannedOn"
            label={t('shipments.plannedOn')}
            value={plannedOn}
            errors={errorsOf('plannedOn')}
            onChange={(d) => edit(() => setPlannedOn(d))}
          />
        </div>
        {order.order && order.order.status === 'confirmed' && (
          <ul className="order-lines">
            {order.order.lines.map((l) => (
              <li key={l.size}>
                {sizeLabel(l.size)}:{' '}
                {t('shipments.ordered', { trays: n(l.trays), price: formatBaht(l.satangPerEgg, language) })}
              </li>
            ))}
          </ul>
        )}
        <fieldset>
          <legend>{t('shipments.items')}</legend>
          {lines.map((line, i) => {
            const id = (f: string) => `items-${i}-${f}`;
            const lot = lots[line.lotId.trim()];
            const available = availableTrays(lot?.lot, line.size);
            const wanted = countSoFar(line.trays);
            return (
              <div className="pack-line" key={i} role="group" aria-label={t('shipments.line', { n: i + 1 })}>
                <Field
                  id={id('lotId')}
                  label={t('shipments.lotId')}
                  errors={[...(lot?.problem ? [lot.problem] : []), ...errorsOf(id('lotId'))]}
                >
                  {(aria) => (
                    <input
                      {...aria}
                      {...CODE_INPUT}
                      value={line.lotId}
                      onChange={(e) => setLine(i, { lotId: e.target.value })}
                      onBlur={() => void loadLot(line.lotId)}
                    />
                  )}
                </Field>
                <Field id={id('size')} label={t('shipments.size')} errors={errorsOf(id('size'))}>
                  {(aria) => (
                    <select
                      {...aria}
                      value={line.size ?? ''}
                      onChange={(e) => setLine(i, { size: SIZES.find((s) => String(s) === e.target.value) })}
                    >
                      <option value="">{t('shipments.chooseSize')}</option>
                      {SIZES.map((s) => {
                        const trays = availableTrays(lot?.lot, s);
                        return (
                          <option key={s} value={s}>
                            {trays === undefined
                              ? sizeLabel(s)
                              : t('shipments.sizeAvailable', { size: sizeLabel(s), trays: n(trays) })}
                          </option>
                        );
                      })}
                    </select>
                  )}
                </Field>
                <CountField
                  id={id('trays')}
                  label={t('shipments.trays')}
                  value={line.trays}
                  errors={[
                    ...errorsOf(id('trays')),
                    ...(wanted !== undefined && available !== undefined && wanted > available
                      ? [t('shipments.tooMany', { available: n(available) })]
                      : []),
                  ]}
                  onChange={(text) => setLine(i, { trays: text })}
                />
                {lines.length > 1 && (
                  <button
                    type="button"
                    className="remove-line"
                    onClick={() => edit(() => setLines((all) => all.filter((_, j) => j !== i)))}
                  >
                    {t('shipments.removeLine', { n: i + 1 })}
                  </button>
                )}
              </div>
            );
          })}
          <p>
            <button
              type="button"
              onClick={() => edit(() => setLines((all) => [...all, { lotId: '', size: undefined, trays: '' }]))}
            >
              {t('shipments.addLine')}
            </button>
          </p>
        </fieldset>
        {shownLots.map((lotId) => {
          const lot = lots[lotId]?.lot;
          return lot ? <PackedStock key={lotId} lot={lot} /> : null;
        })}
        <button type="submit" className="primary" disabled={working}>
          {working ? t('shipments.working') : t('shipments.submit')}
        </button>
      </form>
    </section>
  );
}

/** A lot's packed trays per size: packed, set aside for shipments already, and what can still ship. */
function PackedStock({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const n = (x: number) => formatCount(x, language);
  const rows = lot.stock.filter((s) => s.packedTrays > 0);
  if (rows.length === 0) return <p>{t('shipments.noPacked', { lotId: lot.lotId })}</p>;
  return (
    <div className="table-wrap">
      <table aria-label={t('shipments.stock', { lotId: lot.lotId })}>
        <caption>{t('shipments.stock', { lotId: lot.lotId })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shipments.size')}</th>
            <th scope="col" className="number">
              {t('shipments.packed')}
            </th>
            <th scope="col" className="number">
              {t('shipments.allocated')}
            </th>
            <th scope="col" className="number">
              {t('shipments.available')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.size}>
              <th scope="row">{sizeLabel(s.size)}</th>
              <td className="number">{n(s.packedTrays)}</td>
              <td className="number">{n(s.allocatedTrays)}</td>
              <td className="number">{n(s.packedTrays - s.allocatedTrays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
