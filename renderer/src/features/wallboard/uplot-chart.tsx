// A uPlot chart as a React component. uPlot draws on a canvas and sizes its
// own elements through element.style (the CSSOM, which the CSP allows); it
// injects no <style> and evaluates no code. The chart follows its box: a
// ResizeObserver resizes it, and a changed font size (wall mode) rebuilds it
// so axis labels grow with the rest of the page. Colours and the font come
// from CSS, so app.css stays the one place for the look.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartStyle {
  fontPx: number;
  fontFamily: string;
  /** A custom property of the chart box, e.g. '--chart-arrived'. */
  color(property: string): string;
}

export interface UplotChartProps {
  /** Builds the options for a size and style; a new function (new deps) rebuilds the chart. */
  build(style: ChartStyle, size: { width: number; height: number }): uPlot.Options;
  data: uPlot.AlignedData;
  /** The chart's text alternative (the box is role="img"). */
  label: string;
  className?: string;
}

function styleOf(el: HTMLElement): ChartStyle {
  const css = getComputedStyle(el);
  return {
    fontPx: Number.parseFloat(css.fontSize) || 14,
    fontFamily: css.fontFamily || 'sans-serif',
    color: (property) => css.getPropertyValue(property).trim() || '#1b1f24',
  };
}

const sizeOf = (el: HTMLElement) => ({ width: Math.max(120, Math.floor(el.clientWidth)), height: Math.max(100, Math.floor(el.clientHeight)) });

export function UplotChart({ build, data, label, className }: UplotChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let fontPx = 0;
    const create = () => {
      chartRef.current?.destroy();
      const style = styleOf(box);
      fontPx = style.fontPx;
      chartRef.current = new uPlot(build(style, sizeOf(box)), dataRef.current, box);
    };
    create();
    const observer = new ResizeObserver(() => {
      const chart = chartRef.current;
      if (!chart) return;
      if (styleOf(box).fontPx !== fontPx) return create();
      const size = sizeOf(box);
      if (size.width !== chart.width || size.height !== chart.height) chart.setSize(size);
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [build]);

  useEffect(() => {
    chartRef.current?.setData(data);
  }, [data]);

  return <div ref={boxRef} className={className ? `wb-chart-box ${className}` : 'wb-chart-box'} role="img" aria-label={label} />;
}
