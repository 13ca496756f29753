// A chart's legend in HTML (uPlot's own is off): a sample of each series'
// colour and line style next to its name, so lines are told apart by dash
// and shape as well as colour.
export interface LegendItem {
  label: string;
  /** Class giving the sample its colour and style, e.g. 'swatch-arrived'. */
  swatch: string;
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.swatch}>
          <span className={`swatch ${item.swatch}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
