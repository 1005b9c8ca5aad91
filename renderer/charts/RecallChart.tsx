// recall@8 and latency (ms per second of audio) against n_probe for the selected build, with the
// chosen n_probe marked. data-* attributes expose what is drawn (for tests and screen readers).
import { memo } from 'react';
import {
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
import { curve, currentPoint, missingSweep, type BuiltIndex } from '../state/builds';
import type { ChartTheme } from '../lib/theme';

const powersOfTwo = (max: number) => {
  const ticks: number[] = [];
  for (let p = 1; p <= max; p *= 2) ticks.push(p);
  return ticks;
};

export const formatMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** `built` is the build as drawn; `pendingNprobe`, the n_probe being measured for it (or null). */
export function RecallChart({
  built,
  theme,
  pendingNprobe,
  onMeasureAll,
}: {
  built: BuiltIndex | null;
  theme: ChartTheme;
  pendingNprobe: number | null;
  onMeasureAll: (indexId: string) => void;
}) {
  const point = built ? currentPoint(built) : null;
  const common = {
    'data-testid': 'recall-chart',
    'data-nprobe': built?.nprobe ?? '',
    'data-point-nprobe': point ? (point.nprobe ?? 'none') : '',
    'data-recall': point ? point.recall_at_k.toFixed(4) : '',
    'data-latency-ms': point ? point.ms_per_audio_second.toFixed(4) : '',
    className: 'chart',
  };
  if (!built) {
    return (
      <figure {...common}>
        <figcaption>Recall and speed vs n_probe</figcaption>
        <p className="empty">
          Build an index to see how many of the exact neighbours it finds at each n_probe, and how long a search takes.
        </p>
      </figure>
    );
  }
  const nlist = built.result.nlist;
  const data = curve(built).map((p) => ({
    nprobe: p.nprobe ?? 1,
    recall: p.recall_at_k,
    latency: p.ms_per_audio_second,
  }));
  if (nlist === null) {
    return (
      <figure {...common}>
        <figcaption>Recall and speed — {built.result.label}</figcaption>
        <p className="empty">{built.result.factory} has no n_probe: it searches the same way every time.</p>
        {point && (
          <p className="big-number">
            recall@{built.k} {formatPercent(point.recall_at_k)} · {formatMs(point.ms_per_audio_second)} ms per second of
            audio
          </p>
        )}
      </figure>
    );
  }
  const missing = missingSweep(built, built.kFactor);
  return (
    <figure {...common} aria-label={`recall at ${built.k} and latency versus n_probe for ${built.result.label}`}>
      <figcaption>
        Recall@{built.k} and latency vs n_probe — {built.result.label}
        {pendingNprobe !== null && <span className="pending"> · measuring n_probe {pendingNprobe}…</span>}
      </figcaption>
      <RecallPlot built={built} theme={theme} />
      {missing.length > 0 && (
        <p className="hint small">
          Measured up to n_probe {Math.max(...data.map((d) => d.nprobe))}: recall has levelled off or larger values get
          slow.{' '}
          <button type="button" className="link" onClick={() => onMeasureAll(built.result.index_id)}>
            Measure n_probe {missing.join(', ')} too
          </button>
        </p>
      )}
    </figure>
  );
}

// memo: the plot redraws only when the drawn build changes (a Recharts redraw is the costly part)
const RecallPlot = memo(function RecallPlot({ built, theme }: { built: BuiltIndex; theme: ChartTheme }) {
  const point = currentPoint(built);
  const nlist = built.result.nlist ?? 1;
  const data = curve(built).map((p) => ({
    nprobe: p.nprobe ?? 1,
    recall: p.recall_at_k,
    latency: p.ms_per_audio_second,
  }));
  // the axis spans what was measured (and the selected value); it grows as more is measured
  const xMax = Math.min(nlist, Math.max(2, built.nprobe ?? 1, ...data.map((d) => d.nprobe)));
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
        dataKey="nprobe"
        type="number"
        scale={logX ? 'log' : 'linear'}
        domain={[1, xMax]}
        ticks={
          logX ? [...powersOfTwo(xMax), ...(xMax === nlist && (xMax & (xMax - 1)) !== 0 ? [nlist] : [])] : undefined
        }
        allowDataOverflow
        stroke={theme.muted}
        tick={{ fill: theme.muted, fontSize: 11 }}
        label={{
          value: 'n_probe (lists searched)',
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
        labelFormatter={(v) => `n_probe ${typeof v === 'number' || typeof v === 'string' ? v : ''}`}
        formatter={(value, name) =>
          name === 'recall@8' ? formatPercent(Number(value)) : `${formatMs(Number(value))} ms/s audio`
        }
      />
      <Legend wrapperStyle={{ color: theme.text, fontSize: 12 }} verticalAlign="top" height={24} />
      <ReferenceLine yAxisId="recall" x={built.nprobe ?? 1} stroke={theme.text} strokeDasharray="4 3" />
      <Line
        yAxisId="recall"
        name={`recall@${built.k}`}
        dataKey="recall"
        stroke={theme.accent}
        strokeWidth={2}
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
      <Line
        yAxisId="latency"
        name="ms per second of audio"
        dataKey="latency"
        stroke={theme.latency}
        strokeDasharray="5 3"
        dot={{ r: 2 }}
        isAnimationActive={false}
      />
      {point && point.nprobe !== null && (
        <ReferenceDot
          yAxisId="recall"
          x={point.nprobe}
          y={point.recall_at_k}
          r={6}
          fill={theme.accent}
          stroke={theme.background}
        />
      )}
    </ComposedChart>
  );
});
