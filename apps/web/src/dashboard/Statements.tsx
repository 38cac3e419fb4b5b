import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from '../api/client';
import type { components } from '../api/schema';
import { bahtOfSatang } from '../csv';
import { formatDay } from '../format';
import { currentLanguage } from '../i18n';
import { navigate, PAGES, useSearch } from '../router';
import { DataTable } from './DataTable';
import { baht, count } from './figures';
import { useLoaded } from './load';
import { Panel } from './Panel';

type Statement = components['schemas']['MemberStatementDto'];

/** The page's question, in its address (`?member=M001&settlement=S-1`), so a statement can be bookmarked and printed. */
function useQuery(): { member: string; settlement: string } {
  const query = new URLSearchParams(useSearch());
  return { member: query.get('member') ?? '', settlement: query.get('settlement') ?? '' };
}

/** A member's settlements, and one settlement's statement laid out to print (print CSS: only the statement). */
export default function Statements() {
  const { t } = useTranslation();
  const { member, settlement } = useQuery();
  const [memberId, setMemberId] = useState(member);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`${PAGES.statements}?member=${encodeURIComponent(memberId.trim())}`);
  };
  return (
    <section className="statements">
      <h1 className="no-print">{t('statement.title')}</h1>
      <form className="filters no-print" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="memberId">{t('statement.memberId')}</label>
          <input id="memberId" value={memberId} onChange={(e) => setMemberId(e.target.value)} required />
        </div>
        <button type="submit" className="primary">
          {t('statement.find')}
        </button>
      </form>
      {member !== '' && settlement === '' && <Settlements memberId={member} />}
      {member !== '' && settlement !== '' && <StatementView memberId={member} settlementId={settlement} />}
    </section>
  );
}

function Settlements({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const loaded = useLoaded(
    () => outcome(api.GET('/member-accounts/{memberId}', { params: { path: { memberId } } })),
    memberId,
  );
  const link = (settlementId: string) =>
    `${PAGES.statements}?member=${encodeURIComponent(memberId)}&settlement=${encodeURIComponent(settlementId)}`;
  return (
    <Panel title={t('statement.settlements', { memberId })} loaded={loaded}>
      {(account) =>
        account.settlements.length === 0 ? (
          <p>{t('statement.none')}</p>
        ) : (
          <DataTable
            caption={t('statement.settlements', { memberId })}
            filename={`settlements-${memberId}`}
            rows={account.settlements}
            rowKey={(s) => s.settlementId}
            columns={[
              {
                header: t('statement.settlement'),
                cell: (s) => (
                  <a
                    href={link(s.settlementId)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(link(s.settlementId));
                    }}
                  >
                    {s.settlementId}
                  </a>
                ),
                csv: (s) => s.settlementId,
              },
              {
                header: t('statement.settledOn'),
                cell: (s) => formatDay(s.settledOn, language),
                csv: (s) => s.settledOn,
              },
              {
                header: t('statement.period'),
                cell: (s) => `${formatDay(s.periodFrom, language)} – ${formatDay(s.periodTo, language)}`,
                csv: (s) => `${s.periodFrom}/${s.periodTo}`,
              },
              {
                header: t('statement.net'),
                cell: (s) => baht(s.netSatang, language),
                csv: (s) => bahtOfSatang(s.netSatang),
                numeric: true,
              },
            ]}
          />
        )
      }
    </Panel>
  );
}

function StatementView({ memberId, settlementId }: { memberId: string; settlementId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const loaded = useLoaded(
    () =>
      outcome(
        api.GET('/member-accounts/{memberId}/settlements/{settlementId}', {
          params: { path: { memberId, settlementId } },
        }),
      ),
    `${memberId}|${settlementId}`,
  );
  return (
    <Panel title={t('statement.heading', { settlementId })} loaded={loaded}>
      {(s: Statement) => (
        <article className="settlement-statement">
          <p className="cooperative">{t('app.cooperative')}</p>
          <p>
            {t('statement.facts', {
              memberId: s.memberId,
              from: formatDay(s.periodFrom, language),
              to: formatDay(s.periodTo, language),
              settledOn: formatDay(s.settledOn, language),
            })}
          </p>
          <div className="no-print actions">
            <button
              type="button"
              onClick={() => navigate(`${PAGES.statements}?member=${encodeURIComponent(memberId)}`)}
            >
              {t('statement.back')}
            </button>
            <button type="button" className="primary" onClick={() => window.print()}>
              {t('statement.print')}
            </button>
          </div>
          <DataTable
            caption={t('statement.eggs')}
            filename={`statement-${settlementId}-eggs`}
            rows={s.eggLines}
            rowKey={(l, i) => `${l.priceListId}|${l.size}|${i}`}
            columns={[
              {
                header: t('statement.size'),
                cell: (l) => `${t('sizes.name', { size: l.size })} · ${t(`sizes.${l.size}`)}`,
                csv: (l) => l.size,
              },
              { header: t('statement.count'), cell: (l) => count(l.eggs, language), csv: (l) => l.eggs, numeric: true },
              {
                header: t('statement.pricePerEgg'),
                cell: (l) => baht(l.satangPerEgg, language),
                csv: (l) => bahtOfSatang(l.satangPerEgg),
                numeric: true,
              },
              { header: t('statement.priceList'), cell: (l) => l.priceListId, csv: (l) => l.priceListId },
              {
                header: t('statement.amount'),
                cell: (l) => baht(l.amountSatang, language),
                csv: (l) => bahtOfSatang(l.amountSatang),
                numeric: true,
              },
            ]}
          />
          {s.deductions.length > 0 && (
            <DataTable
              caption={t('statement.deductions')}
              filename={`statement-${settlementId}-deductions`}
              rows={s.deductions}
              rowKey={(d, i) => `${d.reason}|${i}`}
              columns={[
                { header: t('statement.reason'), cell: (d) => d.reason, csv: (d) => d.reason },
                {
                  header: t('statement.amount'),
                  cell: (d) => baht(d.amountSatang, language),
                  csv: (d) => bahtOfSatang(d.amountSatang),
                  numeric: true,
                },
              ]}
            />
          )}
          <dl className="totals">
            <div>
              <dt>{t('statement.eggRevenue')}</dt>
              <dd>{baht(s.eggRevenueSatang, language)}</dd>
            </div>
            <div>
              <dt>{t('statement.feedCharge', { kg: count(s.feedKg, language) })}</dt>
              <dd>{baht(-s.feedChargeSatang, language)}</dd>
            </div>
            <div>
              <dt>{t('statement.deductionsTotal')}</dt>
              <dd>{baht(-s.deductionsSatang, language)}</dd>
            </div>
            <div className="net">
              <dt>{t('statement.netPay')}</dt>
              <dd>{baht(s.netSatang, language)}</dd>
            </div>
          </dl>
          <p className="hint">{t('statement.lots', { lots: s.lotIds.join(', ') })}</p>
        </article>
      )}
    </Panel>
  );
}
