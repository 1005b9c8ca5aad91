// recall@8 and the chosen usage's cost (ms of search per second of audio, offline or in realtime
// blocks) against n_probe (efSearch for HNSW) for the selected build, with the chosen value marked.
// A first estimate is drawn hollow with its recall interval until its final number replaces it.
// data-* attributes expose what is drawn (for tests and screen readers).
import { memo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent } from '../../app/format';
import { RVC_K } from '../../app/rvc/defaults';
import { costAt, curve, currentPoint, type BuiltIndex, type CostView } from '../state/builds';
import { formatMs } from '../lib/hints';
import type { ChartTheme } from '../lib/theme';

const powersOfTwo = (max: number) => {
  const ticks: number[] = [];
  for (let p = 1; p <= max; p *= 2) ticks.push(p);
  return ticks;
};

/** "offline" / "realtime, 12-frame blocks" */
export const viewLabel = (view: CostView) =>
  view.usage === 'offline' ? 'offline' : `realtime, ${view.blockSeconds} s blocks`;

interface ChartRow {
  x: number;
  recall: number;
  /** [low, high] of an estimate's recall, or null once final */
  band: [number, number] | null;
  latency: number | null;
  final: boolean;
}

function rows(built: BuiltIndex, view: CostView): ChartRow[] {
  const byEf = built.nprobe === null;
  return curve(built).map((p) => ({
    x: (byEf ? p.ef_search : p.nprobe) ?? 1,
    recall: p.recall_at_k,
    band: p.final ? null : [p.recall_low, p.recall_high],
    latency: costAt(p, view)?.ms_per_audio_second ?? null,
    final: p.final,
  }));
}

export function RecallChart({
  built,
  view,
  theme,
  onMeasureAll,
}: {
  built: BuiltIndex | null;
  view: CostView;
  theme: ChartTheme;
  onMeasureAll: (indexId: string) => void;
}) {
  const point = built ? currentPoint(built) : null;
  const cost = point ? costAt(point, view) : null;
  const common = {
    'data-testid': 'recall-chart',
    'data-nprobe': built?.nprobe ?? '',
    'data-point-nprobe': point ? (point.nprobe ?? 'none') : '',
    'data-recall': point ? point.recall_at_k.toFixed(4) : '',
    'data-final': point ? String(point.final) : '',
    'data-usage': view.usage,
    'data-block-seconds': view.blockSeconds,
    'data-latency-ms': cost ? cost.ms_per_audio_second.toFixed(4) : '',
    className: 'chart',
  };
  if (!built) {
    return (
      <figure {...common}>
        <figcaption>Recall and speed vs n_probe</figcaption>
        <p className="empty">
          Build an index to see how many of the exact neighbours it finds at each n_probe, and what a search costs.
        </p>
      </figure>
    );
  }
  const curveParameter = built.result.nlist !== null ? 'n_probe' : built.efSearch !== null ? 'efSearch' : null;
  if (curveParameter === null) {
    return (
      <figure {...common}>
        <figcaption>Recall and speed — {built.result.label}</figcaption>
        <p className="empty">{built.result.factory} has no n_probe: it searches the same way every time.</p>
        {point && (
          <p className="big-number">
            recall@{RVC_K} {formatPercent(point.recall_at_k)}
            {point.final ? '' : ' (estimate)'} ·{' '}
            {cost ? `${formatMs(cost.ms_per_audio_second)} ms per second of audio (${viewLabel(view)})` : '…'}
          </p>
        )}
      </figure>
    );
  }
  const measuring = !built.settled && !built.evalError;
  return (
    <figure
      {...common}
      aria-label={`recall at ${RVC_K} and search cost versus ${curveParameter} for ${built.result.label}`}
    >
      <figcaption>
        Recall@{RVC_K} and cost ({viewLabel(view)}) vs {curveParameter} — {built.result.label}
        {measuring && <span className="pending"> · measuring…</span>}
      </figcaption>
      <RecallPlot built={built} view={view} theme={theme} parameter={curveParameter} />
      {built.settled && built.result.nlist !== null && (
        <p className="hint small">
          Hollow points are first estimates (with their recall interval) until the final number replaces them.{' '}
          <button type="button" className="link" onClick={() => onMeasureAll(built.result.index_id)}>
            Measure the whole curve
          </button>
        </p>
      )}
    </figure>
  );
}

// memo: the plot redraws only when the build or the view changes (a Recharts redraw is the costly part)
const RecallPlot = memo(function RecallPlot({
  built,
  view,
  theme,
  parameter,
}: {
  built: BuiltIndex;
  view: CostView;
  theme: ChartTheme;
  parameter: 'n_probe' | 'efSearch';
}) {
  const point = currentPoint(built);
  const data = rows(built, view);
  const selected = (parameter === 'n_probe' ? built.nprobe : built.efSearch) ?? 1;
  const limit = parameter === 'n_probe' ? (built.result.nlist ?? 1) : Infinity;
  // the axis spans what was measured (and the selected value); it grows as more is measured
  const xMin = Math.min(1, ...data.map((d) => d.x));
  const xMax = Math.min(limit, Math.max(2, selected, ...data.map((d) => d.x)));
  const logX = xMax > 2;
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: 250 }}
      data={data}
      margin={{ top: 8, right: 8, bottom: 18, left: 4 }}
    >
      <CartesianGrid stroke={theme.grid} />
      <XAxis
        dataKey="x"
        type="number"
        scale={logX ? 'log' : 'linear'}
        domain={[xMin, xMax]}
        ticks={logX ? powersOfTwo(xMax).filter((t) => t >= xMin) : undefined}
        allowDataOverflow
        stroke={theme.muted}
        tick={{ fill: theme.muted, fontSize: 11 }}
        label={{
          value: parameter === 'n_probe' ? 'n_probe (lists searched)' : 'efSearch',
          position: 'insideBottom',
          offset: -10,
          fill: theme.muted,
          fontSize: 11,
        }}
      />
      <YAxis
        yAxisId="recall"
        domain={[0, 1]}
        tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
        stroke={theme.accent}
        tick={{ fill: theme.muted, fontSize: 11 }}
        width={44}
      />
      <YAxis
        yAxisId="latency"
        orientation="right"
        stroke={theme.latency}
        tick={{ fill: theme.muted, fontSize: 11 }}
        width={44}
        tickFormatter={(v: number) => formatMs(v)}
      />
      <Tooltip
        contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
        labelFormatter={(v) => `${parameter} ${typeof v === 'number' || typeof v === 'string' ? v : ''}`}
        formatter={(value, name) =>
          name === `recall@${RVC_K}`
            ? formatPercent(Number(value))
            : name === 'estimate interval'
              ? Array.isArray(value)
                ? value.map((v) => formatPercent(Number(v))).join(' – ')
                : ''
              : `${formatMs(Number(value))} ms/s audio`
        }
      />
      <Legend wrapperStyle={{ color: theme.text, fontSize: 12 }} verticalAlign="top" height={24} />
      <ReferenceLine yAxisId="recall" x={selected} stroke={theme.text} strokeDasharray="4 3" />
      <Area
        yAxisId="recall"
        name="estimate interval"
        dataKey="band"
        stroke="none"
        fill={theme.accent}
        fillOpacity={0.18}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        yAxisId="recall"
        name={`recall@${RVC_K}`}
        dataKey="recall"
        stroke={theme.accent}
        strokeWidth={2}
        dot={(props: { cx?: number; cy?: number; index?: number }) => (
          <circle
            key={props.index}
            cx={props.cx}
            cy={props.cy}
            r={3}
            stroke={theme.accent}
            strokeWidth={1.5}
            fill={data[props.index ?? 0]?.final ? theme.accent : theme.background}
          />
        )}
        isAnimationActive={false}
      />
      <Line
        yAxisId="latency"
        name={`ms per second of audio (${viewLabel(view)})`}
        dataKey="latency"
        stroke={theme.latency}
        strokeDasharray="5 3"
        dot={{ r: 2 }}
        connectNulls
        isAnimationActive={false}
      />
      {point && (
        <ReferenceDot
          yAxisId="recall"
          x={selected}
          y={point.recall_at_k}
          r={6}
          fill={point.final ? theme.accent : theme.background}
          stroke={theme.accent}
        />
      )}
    </ComposedChart>
  );
});
