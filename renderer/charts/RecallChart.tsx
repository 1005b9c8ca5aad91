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
import { RVC_K } from '../../app/rvc/defaults';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';
import { costAt, curve, currentPoint, type BuiltIndex, type CostView } from '../state/builds';
import type { ChartTheme } from '../lib/theme';

const powersOfTwo = (max: number) => {
  const ticks: number[] = [];
  for (let p = 1; p <= max; p *= 2) ticks.push(p);
  return ticks;
};

/** "offline" / "realtime, 12-frame blocks" */
export const viewLabel = (i18n: I18n, view: CostView) =>
  view.usage === 'offline'
    ? i18n.t('view.offline')
    : i18n.t('view.realtime', { seconds: i18n.count(view.blockSeconds) });

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
  const i18n = useI18n();
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
        <figcaption>{i18n.t('chart.recall.title')}</figcaption>
        <p className="empty">{i18n.t('chart.recall.empty')}</p>
      </figure>
    );
  }
  const curveParameter = built.result.nlist !== null ? 'n_probe' : built.efSearch !== null ? 'efSearch' : null;
  if (curveParameter === null) {
    return (
      <figure {...common}>
        <figcaption>{i18n.t('chart.recall.titleOf', { label: built.result.label })}</figcaption>
        <p className="empty">{i18n.t('chart.recall.noNprobe', { factory: built.result.factory })}</p>
        {point && (
          <p className="big-number">
            {i18n.t('results.recallUnit', { k: RVC_K })} {i18n.percent(point.recall_at_k)}
            {point.final ? '' : i18n.t('chart.recall.estimate')} ·{' '}
            {cost
              ? i18n.t('chart.recall.msPerSecond', {
                  ms: i18n.ms(cost.ms_per_audio_second),
                  view: viewLabel(i18n, view),
                })
              : '…'}
          </p>
        )}
      </figure>
    );
  }
  const measuring = !built.settled && !built.evalError;
  return (
    <figure
      {...common}
      aria-label={i18n.t('chart.recall.aria', { k: RVC_K, parameter: curveParameter, label: built.result.label })}
    >
      <figcaption>
        {i18n.t('chart.recall.caption', {
          k: RVC_K,
          view: viewLabel(i18n, view),
          parameter: curveParameter,
          label: built.result.label,
        })}
        {measuring && <span className="pending">{i18n.t('chart.recall.measuring')}</span>}
      </figcaption>
      <RecallPlot built={built} view={view} theme={theme} parameter={curveParameter} i18n={i18n} />
      {built.settled && built.result.nlist !== null && (
        <p className="hint small">
          {i18n.t('chart.recall.hollow')}{' '}
          <button type="button" className="link" onClick={() => onMeasureAll(built.result.index_id)}>
            {i18n.t('chart.recall.measureAll')}
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
  i18n,
}: {
  built: BuiltIndex;
  view: CostView;
  theme: ChartTheme;
  parameter: 'n_probe' | 'efSearch';
  i18n: I18n;
}) {
  const recallName = i18n.t('results.recallUnit', { k: RVC_K });
  const intervalName = i18n.t('chart.recall.interval');
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
          value: parameter === 'n_probe' ? i18n.t('chart.recall.xNprobe') : 'efSearch',
          position: 'insideBottom',
          offset: -10,
          fill: theme.muted,
          fontSize: 11,
        }}
      />
      <YAxis
        yAxisId="recall"
        domain={[0, 1]}
        tickFormatter={(v: number) => i18n.percent(v, 0)}
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
        tickFormatter={(v: number) => i18n.ms(v)}
      />
      <Tooltip
        contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
        labelFormatter={(v) => `${parameter} ${typeof v === 'number' || typeof v === 'string' ? v : ''}`}
        formatter={(value, name) =>
          name === recallName
            ? i18n.percent(Number(value))
            : name === intervalName
              ? Array.isArray(value)
                ? value.map((v) => i18n.percent(Number(v))).join(' – ')
                : ''
              : i18n.t('chart.recall.msTooltip', { ms: i18n.ms(Number(value)) })
        }
      />
      <Legend wrapperStyle={{ color: theme.text, fontSize: 12 }} verticalAlign="top" height={24} />
      <ReferenceLine yAxisId="recall" x={selected} stroke={theme.text} strokeDasharray="4 3" />
      <Area
        yAxisId="recall"
        name={intervalName}
        dataKey="band"
        stroke="none"
        fill={theme.accent}
        fillOpacity={0.18}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        yAxisId="recall"
        name={recallName}
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
        name={i18n.t('chart.recall.msSeries', { view: viewLabel(i18n, view) })}
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
