import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { type CsvValue, toCsv } from '../csv';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** What the CSV holds: plain numbers (baht as an exact decimal), ids and ISO days, for a spreadsheet */
  readonly csv: (row: Row) => CsvValue;
  readonly numeric?: boolean;
}

/** A table that exports to CSV (what every table of the dashboard and the statements does), its caption its name. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  filename,
  rowKey,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  filename: string;
  rowKey: (row: Row, index: number) => string;
}) {
  const { t } = useTranslation();
  const onExport = () =>
    downloadCsv(
      `${filename}.csv`,
      toCsv(
        columns.map((c) => ({ header: c.header, value: c.csv })),
        rows,
      ),
    );
  return (
    <div className="data-table">
      {/* Scrolls within itself on a phone: focusable, so a keyboard can scroll it too. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={rowKey(row, i)}>
                {columns.map((c) => (
                  <td key={c.header} className={c.numeric ? 'num' : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="no-print csv" onClick={onExport} disabled={rows.length === 0}>
        {t('dashboard.csv')}
        <span className="visually-hidden"> {caption}</span>
      </button>
    </div>
  );
}

/** Hands the CSV to the browser as a download named `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download: revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
