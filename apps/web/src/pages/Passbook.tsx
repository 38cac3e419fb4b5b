import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome, type Problem } from '../api/client';
import type { components } from '../api/schema';
import { useSizeLabel } from '../eggs';
import { formatBaht, formatCount, formatDay, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { DayField, ProblemAlert, useFieldErrors, useProblemText } from '../problems';
import type { Principal } from '../session';
import { useSession } from '../session';

type Book = components['schemas']['PassbookDto'];
type Statement = components['schemas']['MemberStatementDto'];

/** A year back from today: the period the passbook opens on. */
function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC((y ?? 0) - 1, (m ?? 1) - 1, (d ?? 1) + 1));
  return date.toISOString().slice(0, 10);
}

/**
 * A member's passbook (สมุดบัญชีสมาชิก): their graded lots, each size at the price they got beside the reference
 * price of the day, the lots collected and awaiting grading, their feed charges, their settlements and each statement. The member is the account's own
 * (`?member=` names another, which the API refuses a member with 403 and the page says so, showing nothing).
 */
export function Passbook({ principal }: { principal: Principal }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { ended } = useSession();
  const memberId = new URLSearchParams(window.location.search).get('member') ?? principal.memberId ?? '';
  const [period, setPeriod] = useState(() => {
    const to = todayInBangkok();
    return { from: yearBefore(to), to };
  });
  const [book, setBook] = useState<Book>();
  const [problem, setProblem] = useState<Problem>();
  const [loading, setLoading] = useState(false);
  const errorsOf = useFieldErrors(problem, () => undefined);

  const load = useCallback(
    async (asked: { from: string; to: string }) => {
      if (memberId === '') return;
      setLoading(true);
      const answer = await outcome(
        api.GET('/analytics/members/{memberId}/passbook', {
          params: { path: { memberId }, query: { from: asked.from, to: asked.to } },
        }),
      );
      setLoading(false);
      setBook(answer.ok ? answer.data : undefined);
      setProblem(answer.ok ? undefined : answer.problem);
      if (!answer.ok && answer.problem.status === 401) ended();
    },
    [memberId, ended],
  );
  const [first] = useState(period);
  useEffect(() => void load(first), [load, first]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void load(period);
  };

  if (memberId === '') return <p>{t('passbook.noMember')}</p>;
  return (
    <section className="passbook">
      <h1>
        {t('passbook.title')} <small>{t('passbook.of', { memberId })}</small>
      </h1>
      <form onSubmit={onSubmit} noValidate className="period-form">
        <DayField
          id="from"
          label={t('passbook.from')}
          value={period.from}
          errors={errorsOf('from')}
          onChange={(from) => setPeriod((p) => ({ ...p, from }))}
        />
        <DayField
          id="to"
          label={t('passbook.to')}
          value={period.to}
          errors={errorsOf('to')}
          onChange={(to) => setPeriod((p) => ({ ...p, to }))}
        />
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('passbook.loading') : t('passbook.show')}
        </button>
      </form>
      {problem &&
        (problem.status === 403 ? (
          <div className="problem" role="alert">
            {t('passbook.forbidden')}
          </div>
        ) : (
          <ProblemAlert problem={problem} shownFields={['from', 'to']} />
        ))}
      {book && !problem && <BookTables book={book} problemText={problemText} />}
    </section>
  );
}

function BookTables({ book, problemText }: { book: Book; problemText: (p: Problem) => string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const [statement, setStatement] = useState<{ statement?: Statement; problem?: string }>({});
  const n = (x: number) => formatCount(x, language);
  const baht = (satang: number) => formatBaht(satang, language);
  const day = (d: string) => formatDay(d, language);
  const signed = (satang: number) => (satang > 0 ? `+${baht(satang)}` : baht(satang));

  const open = async (settlementId: string) => {
    const answer = await outcome(
      api.GET('/member-accounts/{memberId}/settlements/{settlementId}', {
        params: { path: { memberId: book.memberId, settlementId } },
      }),
    );
    setStatement(answer.ok ? { statement: answer.data } : { problem: problemText(answer.problem) });
  };

  return (
    <>
      <h2>{t('passbook.deliveries')}</h2>
      {book.deliveries.length === 0 ? (
        <p>{t('passbook.noDeliveries')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('passbook.deliveries')}>
            <thead>
              <tr>
                <th scope="col">{t('passbook.collectedOn')}</th>
                <th scope="col">{t('passbook.lot')}</th>
                <th scope="col">{t('passbook.size')}</th>
                <th scope="col" className="number">
                  {t('passbook.eggs')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.paid')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.reference')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.difference')}
                </th>
                <th scope="col">{t('passbook.status')}</th>
              </tr>
            </thead>
            <tbody>
              {book.deliveries.flatMap((d) => [
                ...d.sizes.map((s) => (
                  <tr key={`${d.lotId}-${d.grading}-${s.size}`}>
                    <td>{day(d.collectedOn)}</td>
                    <td>{d.lotId}</td>
                    <td>{sizeLabel(s.size)}</td>
                    <td className="number">{n(s.eggs)}</td>
                    <td className="number">
                      {s.paidSatangPerEgg === null ? t('passbook.none') : baht(s.paidSatangPerEgg)}
                    </td>
                    <td className="number">
                      {s.referenceSatangPerEgg === null ? t('passbook.none') : baht(s.referenceSatangPerEgg)}
                    </td>
                    <td className="number">
                      {s.paidSatangPerEgg === null || s.referenceSatangPerEgg === null
                        ? t('passbook.none')
                        : signed(s.paidSatangPerEgg - s.referenceSatangPerEgg)}
                    </td>
                    <td>
                      {d.voided
                        ? t('passbook.voided', { reason: d.voided.reason })
                        : d.settlementId
                          ? t('passbook.settledIn', { settlementId: d.settlementId })
                          : t('passbook.unsettled')}
                    </td>
                  </tr>
                )),
                // Rejected eggs are the lot's, not a size's: one row under its sizes, with no price.
                ...(d.rejectedEggs ? [d.rejectedEggs] : []).map((rejected) => (
                  <tr key={`${d.lotId}-${d.grading}-rejected`} className="rejected">
                    <td>{day(d.collectedOn)}</td>
                    <td>{d.lotId}</td>
                    <td>{t('passbook.rejected')}</td>
                    <td className="number">{n(rejected)}</td>
                    <td className="number">{t('passbook.none')}</td>
                    <td className="number">{t('passbook.none')}</td>
                    <td className="number">{t('passbook.none')}</td>
                    <td>{t('passbook.rejectedNote')}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      )}

      {book.awaitingGrading.length > 0 && (
        <>
          <h2>{t('passbook.awaiting')}</h2>
          <p>{t('passbook.awaitingNote')}</p>
          <div className="table-wrap">
            <table aria-label={t('passbook.awaiting')}>
              <thead>
                <tr>
                  <th scope="col">{t('passbook.collectedOn')}</th>
                  <th scope="col">{t('passbook.lot')}</th>
                  <th scope="col">{t('passbook.flock')}</th>
                  <th scope="col" className="number">
                    {t('passbook.eggs')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {book.awaitingGrading.map((l) => (
                  <tr key={l.lotId}>
                    <td>{day(l.collectedOn)}</td>
                    <td>{l.lotId}</td>
                    <td>{l.flockId}</td>
                    <td className="number">{n(l.eggs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>{t('passbook.feed')}</h2>
      {book.feedCharges.length === 0 ? (
        <p>{t('passbook.noFeed')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('passbook.feed')}>
            <thead>
              <tr>
                <th scope="col">{t('passbook.deliveredOn')}</th>
                <th scope="col">{t('passbook.deliveryId')}</th>
                <th scope="col" className="number">
                  {t('passbook.kg')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.amount')}
                </th>
                <th scope="col">{t('passbook.status')}</th>
              </tr>
            </thead>
            <tbody>
              {book.feedCharges.map((c) => (
                <tr key={c.deliveryId}>
                  <td>{day(c.deliveredOn)}</td>
                  <td>{c.deliveryId}</td>
                  <td className="number">{n(c.kg)}</td>
                  <td className="number">{baht(c.amountSatang)}</td>
                  <td>
                    {c.settlementId
                      ? t('passbook.settledIn', { settlementId: c.settlementId })
                      : t('passbook.unsettled')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('passbook.settlements')}</h2>
      {book.settlements.length === 0 ? (
        <p>{t('passbook.noSettlements')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('passbook.settlements')}>
            <thead>
              <tr>
                <th scope="col">{t('passbook.settlementId')}</th>
                <th scope="col">{t('passbook.period')}</th>
                <th scope="col">{t('passbook.settledOn')}</th>
                <th scope="col" className="number">
                  {t('passbook.eggRevenue')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.feedCharge')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.deductions')}
                </th>
                <th scope="col" className="number">
                  {t('passbook.net')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('passbook.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {book.settlements.map((s) => (
                <tr key={s.settlementId}>
                  <td>{s.settlementId}</td>
                  <td>{t('passbook.periodRange', { from: day(s.periodFrom), to: day(s.periodTo) })}</td>
                  <td>{day(s.settledOn)}</td>
                  <td className="number">{baht(s.eggRevenueSatang)}</td>
                  <td className="number">{baht(s.feedChargeSatang)}</td>
                  <td className="number">{baht(s.deductionsSatang)}</td>
                  <td className="number">{baht(s.netSatang)}</td>
                  <td>
                    <button type="button" onClick={() => void open(s.settlementId)}>
                      {t('passbook.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {statement.problem && (
        <p className="problem" role="alert">
          {statement.problem}
        </p>
      )}
      {statement.statement && <StatementView statement={statement.statement} />}
    </>
  );
}

/** A settlement's statement (ใบแจ้งยอด): the eggs paid per size and price, feed, deductions, net. */
function StatementView({ statement: s }: { statement: Statement }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sizeLabel = useSizeLabel();
  const n = (x: number) => formatCount(x, language);
  const baht = (satang: number) => formatBaht(satang, language);
  const day = (d: string) => formatDay(d, language);
  return (
    <article className="statement" aria-label={t('passbook.statement', { settlementId: s.settlementId })}>
      <h2>{t('passbook.statement', { settlementId: s.settlementId })}</h2>
      <p>
        {t('passbook.periodRange', { from: day(s.periodFrom), to: day(s.periodTo) })} · {t('passbook.settledOn')}{' '}
        {day(s.settledOn)}
      </p>
      <div className="table-wrap">
        <table aria-label={t('passbook.lines')}>
          <thead>
            <tr>
              <th scope="col">{t('passbook.size')}</th>
              <th scope="col" className="number">
                {t('passbook.eggs')}
              </th>
              <th scope="col" className="number">
                {t('passbook.unitPrice')}
              </th>
              <th scope="col" className="number">
                {t('passbook.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.eggLines.map((l, i) => (
              <tr key={i}>
                <td>{sizeLabel(l.size)}</td>
                <td className="number">{n(l.eggs)}</td>
                <td className="number">{baht(l.satangPerEgg)}</td>
                <td className="number">{baht(l.amountSatang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('passbook.eggRevenue')}
              </th>
              <td className="number">{baht(s.eggRevenueSatang)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {t('passbook.feedCharge')} ({t('passbook.kgUnit', { kg: n(s.feedKg) })})
              </th>
              <td className="number">−{baht(s.feedChargeSatang)}</td>
            </tr>
            {s.deductions.map((d, i) => (
              <tr key={i}>
                <th scope="row" colSpan={3}>
                  {d.reason}
                </th>
                <td className="number">−{baht(d.amountSatang)}</td>
              </tr>
            ))}
            <tr className="net">
              <th scope="row" colSpan={3}>
                {t('passbook.net')}
              </th>
              <td className="number">{baht(s.netSatang)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('passbook.print')}
        </button>
      </p>
    </article>
  );
}
