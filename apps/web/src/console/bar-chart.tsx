// A horizontal bar chart drawn as plain SVG, with the same figures as a table for screen readers and
// anyone who prefers numbers; the chart itself is one labelled image.
import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
}

const ROW = 28;
const LABEL_WIDTH = 130;
const VALUE_WIDTH = 40;
const WIDTH = 360;

export function BarChart({ title, bars, describe, tableLabel, nameHeading, valueHeading, testId }: {
  title: string;
  bars: Bar[];
  /** The accessible summary of one bar, e.g. "Wi-Fi: 3 requests". */
  describe(bar: Bar): string;
  tableLabel: string;
  nameHeading: string;
  valueHeading: string;
  testId: string;
}) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW;
  return (
    <figure className="bar-chart" data-testid={testId}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, index) => {
          const y = index * ROW;
          const length = Math.max(2, (bar.value / max) * plot);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="bar-chart__label">
                {bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 5} width={length} height={ROW - 10} rx={3} className="bar-chart__bar" />
              <text x={LABEL_WIDTH + length + 6} y={y + ROW / 2} dominantBaseline="middle" className="bar-chart__value">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <p id={`${id}-summary`} className="visually-hidden">
        {bars.map(describe).join('; ')}
      </p>
      <details className="bar-chart__table">
        <summary>{tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{nameHeading}</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
