// The uPlot options of the three history charts. The x axis is plain
// numbers (epoch seconds at the middle of each bucket) with ticks on whole
// multiples of 5, 15, 30 … minutes, which fall on the same clock minutes in
// Stockholm as in UTC; labels go through the app's Stockholm formatter, so
// no time-zone logic lives in the chart. Cursor, legend and selection are off:
// the legend is drawn by React and the values are in the table.
import uPlot from 'uplot';
import type { ChartStyle } from './uplot-chart';
import type { HistorySeries } from './history-series';

const X_INCRS = [300, 600, 900, 1800, 3600, 7200, 14_400];
const COUNT_INCRS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const PERCENT_INCRS = [10, 20, 25, 50];

export interface ChartTexts {
  clock(ms: number): string;
  arrived: string;
  answered: string;
  abandoned: string;
  maxWaiting: string;
  serviceLevel: string;
  target: string;
}

/** x values: bucket middles in epoch seconds; and the scale's range from the first start to the last end. */
export function xOf(s: Pick<HistorySeries, 'starts' | 'bucketMinutes'>): { xs: number[]; range: [number, number] } {
  const half = (s.bucketMinutes * 60) / 2;
  const xs = s.starts.map((ms) => ms / 1000 + half);
  const first = s.starts[0] ?? 0;
  const last = s.starts[s.starts.length - 1] ?? first;
  return { xs, range: [first / 1000, last / 1000 + s.bucketMinutes * 60] };
}

/** The count axis goes to at least 4, with headroom, so a quiet hour does not look like a crisis. */
export function countMax(values: readonly number[]): number {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  return Math.max(4, Math.ceil(max * 1.15));
}

function base(style: ChartStyle, size: { width: number; height: number }, texts: ChartTexts, range: [number, number], yAxis: Partial<uPlot.Axis>, y: uPlot.Scale): uPlot.Options {
  const font = `${Math.round(style.fontPx * 0.85)}px ${style.fontFamily}`;
  const axisStroke = style.color('--chart-axis');
  const grid = { stroke: style.color('--chart-grid'), width: 1 };
  const ticks = { stroke: style.color('--chart-grid'), width: 1, size: Math.round(style.fontPx * 0.3) };
  return {
    width: size.width,
    height: size.height,
    padding: [Math.round(style.fontPx * 0.6), Math.round(style.fontPx * 0.8), 0, 0],
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: { x: { time: false, range: (): [number, number] => range }, y },
    axes: [
      {
        font, stroke: axisStroke, grid, ticks, incrs: X_INCRS, space: style.fontPx * 4.5, size: Math.round(style.fontPx * 2.2),
        values: (_u, splits) => splits.map((v) => texts.clock(v * 1000)),
      },
      {
        font, stroke: axisStroke, grid, ticks, space: style.fontPx * 2.2,
        // Wide enough for the longest label ("100 %"), at this font size.
        size: (_u, values) => Math.ceil(Math.max(2, ...(values ?? []).map((v) => String(v).length)) * style.fontPx * 0.85 * 0.62 + style.fontPx * 1.1),
        ...yAxis,
      },
    ],
    series: [{}],
  };
}

const points = (style: ChartStyle, stroke: string) => ({ show: true, size: Math.max(5, Math.round(style.fontPx * 0.45)), width: 2, stroke, fill: style.color('--chart-bg') });

export function contactsChart(s: HistorySeries, texts: ChartTexts) {
  const { xs, range } = xOf(s);
  const max = countMax([...s.arrived, ...s.answered, ...s.abandoned]);
  const build = (style: ChartStyle, size: { width: number; height: number }): uPlot.Options => {
    const opts = base(style, size, texts, range, { incrs: COUNT_INCRS }, { range: (): [number, number] => [0, max] });
    const arrived = style.color('--chart-arrived');
    const answered = style.color('--chart-answered');
    const abandoned = style.color('--chart-abandoned');
    opts.series.push(
      { label: texts.arrived, stroke: arrived, fill: style.color('--chart-arrived-fill'), width: 1, paths: uPlot.paths.bars?.({ size: [0.72, Infinity], align: 0 }), points: { show: false } },
      { label: texts.answered, stroke: answered, width: Math.max(2, style.fontPx * 0.16), points: points(style, answered) },
      { label: texts.abandoned, stroke: abandoned, width: Math.max(2, style.fontPx * 0.16), dash: [8, 5], points: points(style, abandoned) },
    );
    return opts;
  };
  return { build, data: [xs, s.arrived, s.answered, s.abandoned] as uPlot.AlignedData };
}

export function queueChart(s: HistorySeries, texts: ChartTexts) {
  const { xs, range } = xOf(s);
  const max = countMax(s.maxWaiting);
  const build = (style: ChartStyle, size: { width: number; height: number }): uPlot.Options => {
    const opts = base(style, size, texts, range, { incrs: COUNT_INCRS }, { range: (): [number, number] => [0, max] });
    const color = style.color('--chart-waiting');
    opts.series.push({ label: texts.maxWaiting, stroke: color, fill: style.color('--chart-waiting-fill'), width: Math.max(2, style.fontPx * 0.16), points: points(style, color) });
    return opts;
  };
  return { build, data: [xs, s.maxWaiting] as uPlot.AlignedData };
}

export function serviceLevelChart(s: HistorySeries, texts: ChartTexts) {
  const { xs, range } = xOf(s);
  const target = s.targetPercent;
  const build = (style: ChartStyle, size: { width: number; height: number }): uPlot.Options => {
    const opts = base(style, size, texts, range, { incrs: PERCENT_INCRS, values: (_u, splits) => splits.map((v) => `${v} %`) }, { range: (): [number, number] => [0, 100] });
    const level = style.color('--chart-level');
    opts.series.push({ label: texts.serviceLevel, stroke: level, width: Math.max(2, style.fontPx * 0.18), spanGaps: false, points: points(style, level) });
    if (target !== null) opts.series.push({ label: texts.target, stroke: style.color('--chart-target'), width: Math.max(2, style.fontPx * 0.14), dash: [10, 6], points: { show: false } });
    return opts;
  };
  const data: uPlot.AlignedData = target !== null ? [xs, s.serviceLevel, xs.map(() => target)] : [xs, s.serviceLevel];
  return { build, data };
}
