import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { colors } from '@motesplats/ui';

export interface BarDatum {
  key: string;
  label: string;
  /** null: no bar (a protected or missing figure); `note` says why in the chart. */
  value: number | null;
  note?: string;
}

export interface BarChartProps {
  /** The chart's accessible name and summary: what it shows, and every value in words. */
  summary: string;
  data: readonly BarDatum[];
  format: (value: number) => string;
  /** A reference line, e.g. the government goal of 50 %. */
  reference?: { value: number; label: string };
  /** The value axis ends at least here (100 for percentages). */
  minMax?: number;
}

// The chart is drawn in these units and scaled to its container by the viewBox, so it needs
// no fixed width and no resize observer.
const WIDTH = 640;
const ROW = 36;
const MARGIN = { top: 28, right: 72, bottom: 36, left: 170 };

/**
 * A horizontal bar chart: one bar per category, labels at the start, values at the bar's end.
 * Horizontal so that long names (27 locations, '65 år och äldre') fit at any width. It is an
 * image to assistive technology (role="img" with a summary); every chart has a table beside it.
 */
export function BarChart({ summary, data, format, reference, minMax = 0 }: BarChartProps) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = Math.max(data.length, 1) * ROW;
  const height = innerHeight + MARGIN.top + MARGIN.bottom;
  const max = Math.max(minMax, reference?.value ?? 0, ...data.map((d) => d.value ?? 0), 1);
  const x = scaleLinear<number>({ domain: [0, max], range: [0, innerWidth], nice: true });
  const y = scaleBand<string>({
    domain: data.map((d) => d.key),
    range: [0, innerHeight],
    padding: 0.25,
  });

  return (
    <svg
      className="ms-insights-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {/* Drawn first, so that the bars' value labels stay readable on top of it. */}
        {reference ? (
          <g>
            <Line
              from={{ x: x(reference.value), y: -8 }}
              to={{ x: x(reference.value), y: innerHeight }}
              stroke={colors.danger}
              strokeWidth={2}
              strokeDasharray="6 4"
            />
            <text
              x={x(reference.value)}
              y={-14}
              textAnchor="middle"
              fill={colors.danger}
              fontSize={13}
              fontWeight={600}
            >
              {reference.label}
            </text>
          </g>
        ) : null}
        {data.map((d) => {
          const top = y(d.key) ?? 0;
          const mid = top + y.bandwidth() / 2;
          const width = d.value === null ? 0 : x(d.value);
          return (
            <g key={d.key}>
              <text x={-8} y={mid} dy="0.35em" textAnchor="end" fill={colors.text} fontSize={13}>
                {d.label}
              </text>
              <Bar x={0} y={top} width={width} height={y.bandwidth()} fill={colors.primary} />
              <text x={width + 6} y={mid} dy="0.35em" fill={colors.text} fontSize={13}>
                {d.value === null ? (d.note ?? '–') : format(d.value)}
              </text>
            </g>
          );
        })}
        <AxisBottom
          top={innerHeight}
          scale={x}
          numTicks={5}
          tickFormat={(value) => format(Number(value))}
          stroke={colors.textMuted}
          tickStroke={colors.textMuted}
          tickLabelProps={{ fill: colors.text, fontSize: 12, textAnchor: 'middle' }}
        />
      </Group>
    </svg>
  );
}
