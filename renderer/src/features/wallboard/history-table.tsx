// The charts' text alternative: every bucket's figures in a table with
// headers, behind a disclosure so it does not crowd the wall.
import { useTranslation } from 'react-i18next';
import type { BoardFormat } from './board-format';
import type { HistorySeries } from './history-series';
import { displayPercent } from './service-level';

export function HistoryTable({ series, selectionLabel, format }: { series: HistorySeries; selectionLabel: string; format: BoardFormat }) {
  const { t } = useTranslation();
  const size = series.bucketMinutes * 60_000;
  const percent = (v: number | null) => (v === null ? '–' : t('wallboard.percent', { value: displayPercent(v) }));
  return (
    <details className="wb-table-details">
      <summary>{t('wallboard.tableToggle')}</summary>
      <div className="table-scroll">
        <table className="data-table history-table">
          <caption>{t('wallboard.tableCaption', { selection: selectionLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wallboard.colInterval')}</th>
              <th scope="col" className="num">{t('wallboard.seriesArrived')}</th>
              <th scope="col" className="num">{t('wallboard.seriesAnswered')}</th>
              <th scope="col" className="num">{t('wallboard.seriesAbandoned')}</th>
              <th scope="col" className="num">{t('wallboard.seriesMaxWaiting')}</th>
              <th scope="col" className="num">{t('wallboard.seriesServiceLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {series.starts.map((start, i) => (
              <tr key={start}>
                <th scope="row" className="tabular">
                  {t('wallboard.interval', { from: format.clock(start, false), to: format.clock(start + size, false) })}
                </th>
                <td className="num">{series.arrived[i]}</td>
                <td className="num">{series.answered[i]}</td>
                <td className="num">{series.abandoned[i]}</td>
                <td className="num">{series.maxWaiting[i]}</td>
                <td className="num">{percent(series.serviceLevel[i] ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
