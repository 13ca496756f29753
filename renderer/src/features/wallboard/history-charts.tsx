// Charts of the last hours from GET /v1/wallboard/history, refreshed each
// minute: contacts arriving, answered and abandoned; the queue length; and
// the service level against its target. For all queues, one channel or one
// queue, over 2, 4 or 8 hours. Each chart states its gist in a sentence (also
// its accessible name) and the table below holds every value.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../lib/bridge-types';
import { errorMessage } from '../../lib/error-message';
import { useLiveWork } from '../live/live-hooks';
import type { BoardFormat } from './board-format';
import { ChartLegend } from './chart-legend';
import { contactsChart, queueChart, serviceLevelChart, type ChartTexts } from './chart-options';
import { CHANNELS } from './adviser-view';
import { DEFAULT_RANGE, HISTORY_RANGES, historySeries, parseSelection, selectionValue, type HistoryRange, type HistorySeries } from './history-series';
import { HistoryTable } from './history-table';
import { orderQueues } from './queue-order';
import { displayPercent, serviceLevelState } from './service-level';
import { UplotChart } from './uplot-chart';
import { useWallboardHistory } from './wallboard-hooks';
import type { QueueStats } from '../../lib/bridge-types';
import type { QueueInfo } from './types';

interface Props {
  queues: QueueStats[];
  info: ReadonlyMap<string, QueueInfo>;
  format: BoardFormat;
  wall: boolean;
}

export function HistoryCharts({ queues, info, format, wall }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [range, setRange] = useState<HistoryRange>(DEFAULT_RANGE);
  const [selection, setSelection] = useState('all');
  const history = useWallboardHistory(range);
  // On the server's clock, like every other time on the board.
  const clockOffsetMs = useLiveWork()?.clockOffsetMs ?? 0;

  const targets = useMemo(() => {
    const map = new Map<string, number>();
    for (const q of queues) map.set(q.queueId, q.slaTargetPercent);
    for (const [queueId, q] of info) map.set(queueId, q.slaTargetPercent);
    return map;
  }, [queues, info]);
  const series = useMemo(() => (history.data ? historySeries(history.data, parseSelection(selection), targets) : null), [history.data, selection, targets]);

  const orderedQueues = orderQueues(queues, info);
  const channels = CHANNELS.filter((c) => queues.some((q) => q.channel === c));
  const picked = parseSelection(selection);
  const selectionLabel =
    picked.kind === 'all'
      ? t('wallboard.allQueues')
      : picked.kind === 'channel'
        ? format.channel(picked.channel)
        : format.queueName(queues.find((q) => q.queueId === picked.queueId) ?? { queueId: picked.queueId, channel: 'phone', language: 'sv' });

  return (
    <section className="wb-history" aria-labelledby={`${id}-title`}>
      <div className="wb-history-head">
        <h2 id={`${id}-title`}>
          {t('wallboard.history')}
          {wall && <span className="wb-history-scope"> · {selectionLabel} · {t('wallboard.rangeHours', { count: range.hours })}</span>}
        </h2>
        {!wall && (
          <div className="wb-history-controls">
            <div className="inline-field">
              <label htmlFor={`${id}-for`}>{t('wallboard.historyFor')}</label>
              <select id={`${id}-for`} value={selection} onChange={(e) => setSelection(e.target.value)}>
                <option value="all">{t('wallboard.allQueues')}</option>
                <optgroup label={t('wallboard.channelGroup')}>
                  {channels.map((c: Channel) => (
                    <option key={c} value={selectionValue({ kind: 'channel', channel: c })}>
                      {format.channel(c)}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('wallboard.queueGroup')}>
                  {orderedQueues.map((q) => (
                    <option key={q.queueId} value={selectionValue({ kind: 'queue', queueId: q.queueId })}>
                      {format.queueName(q)}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
            <div className="inline-field">
              <label htmlFor={`${id}-range`}>{t('wallboard.range')}</label>
              <select id={`${id}-range`} value={range.hours} onChange={(e) => setRange(HISTORY_RANGES.find((r) => r.hours === Number(e.target.value)) ?? DEFAULT_RANGE)}>
                {HISTORY_RANGES.map((r) => (
                  <option key={r.hours} value={r.hours}>
                    {t('wallboard.rangeHours', { count: r.hours })}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
      </div>
      {history.isError && !series && (
        <p className="form-error" role="alert">
          {t('wallboard.historyFailed', { message: errorMessage(history.error) })}
        </p>
      )}
      {!series && !history.isError && <p className="muted">{t('wallboard.historyLoading')}</p>}
      {series && <HistoryFigures series={series} format={format} wall={wall} />}
      {series && !wall && (
        <>
          <p className="hint">
            {history.isError ? t('wallboard.historyFailed', { message: errorMessage(history.error) }) : t('wallboard.fetchedAt', { time: format.clock(history.dataUpdatedAt + clockOffsetMs) })}
          </p>
          <HistoryTable series={series} selectionLabel={selectionLabel} format={format} />
        </>
      )}
    </section>
  );
}

function HistoryFigures({ series, format, wall }: { series: HistorySeries; format: BoardFormat; wall: boolean }) {
  const { t } = useTranslation();
  const texts: ChartTexts = useMemo(
    () => ({
      clock: (ms) => format.clock(ms, false),
      arrived: t('wallboard.seriesArrived'),
      answered: t('wallboard.seriesAnswered'),
      abandoned: t('wallboard.seriesAbandoned'),
      maxWaiting: t('wallboard.seriesMaxWaiting'),
      serviceLevel: t('wallboard.seriesServiceLevel'),
      target: t('wallboard.seriesTarget'),
    }),
    [t, format],
  );
  const contacts = useMemo(() => contactsChart(series, texts), [series, texts]);
  const queue = useMemo(() => queueChart(series, texts), [series, texts]);
  const level = useMemo(() => serviceLevelChart(series, texts), [series, texts]);

  const { totals, peakWaiting, targetPercent } = series;
  const contactsTitle = t('wallboard.contactsChart', { minutes: series.bucketMinutes });
  const contactsSummary = t('wallboard.contactsSummary', { arrived: totals.arrived, answered: totals.answered, abandoned: totals.abandoned });
  const queueTitle = t('wallboard.queueChart');
  const queueSummary = peakWaiting ? t('wallboard.queueSummary', { value: peakWaiting.value, time: format.clock(peakWaiting.start, false) }) : t('wallboard.queueSummaryNone');
  const levelTitle = t('wallboard.slChart');
  const levelState = serviceLevelState(totals.serviceLevel, targetPercent ?? 0);
  const levelSummary =
    totals.serviceLevel === null
      ? t('wallboard.slSummaryNone')
      : targetPercent === null
        ? t('wallboard.slSummaryNoTarget', { level: displayPercent(totals.serviceLevel) })
        : t('wallboard.slSummary', { level: displayPercent(totals.serviceLevel), target: targetPercent, state: t(`wallboard.slState_${levelState}`).toLowerCase() });

  const figures = [
    {
      key: 'contacts', title: contactsTitle, summary: contactsSummary, chart: contacts,
      legend: [{ label: texts.arrived, swatch: 'swatch-arrived' }, { label: texts.answered, swatch: 'swatch-answered' }, { label: texts.abandoned, swatch: 'swatch-abandoned' }],
    },
    { key: 'queue', title: queueTitle, summary: queueSummary, chart: queue, legend: [{ label: texts.maxWaiting, swatch: 'swatch-waiting' }] },
    {
      key: 'level', title: levelTitle, summary: levelSummary, chart: level,
      legend: [{ label: texts.serviceLevel, swatch: 'swatch-level' }, ...(targetPercent !== null ? [{ label: `${texts.target} ${targetPercent} %`, swatch: 'swatch-target' }] : [])],
      tone: totals.serviceLevel !== null && levelState !== 'met' ? 'wb-tone-alarm' : undefined,
    },
  ];

  return (
    <div className="wb-charts">
      {figures.map((f) => (
        <figure key={f.key} className="wb-chart">
          <figcaption>
            <h3>{f.title}</h3>
            <p className={f.tone ? `wb-chart-summary ${f.tone}` : 'wb-chart-summary'}>{f.summary}</p>
          </figcaption>
          <ChartLegend items={f.legend} />
          {/* Wall mode has no table to point to. */}
          <UplotChart build={f.chart.build} data={f.chart.data} label={wall ? `${f.title}. ${f.summary}` : t('wallboard.chartAlt', { title: f.title, summary: f.summary })} />
        </figure>
      ))}
    </div>
  );
}
