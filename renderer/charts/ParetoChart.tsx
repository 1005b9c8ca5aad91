// Recall vs cost (in the chosen usage) for every built index (one series per preset), the Pareto
// frontier across all of them, and each build's selected setting as a larger mark.
import { memo } from 'react';
import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { formatPercent } from '../../app/format';
import { costAt, currentPoint, paretoFrontier, paretoPoints, type BuiltIndex, type CostView } from '../state/builds';
import { formatMs } from '../lib/hints';
import { seriesColor, type ChartTheme } from '../lib/theme';
import { logDomain, logTicks } from '../lib/ticks';
import { viewLabel } from './RecallChart';

type ParetoProps = { builds: BuiltIndex[]; activeId: string | null; view: CostView; theme: ChartTheme };

// memo on the builds themselves (the list is rebuilt on every state change, its builds are not)
const sameProps = (a: ParetoProps, b: ParetoProps) =>
  a.activeId === b.activeId &&
  a.theme === b.theme &&
  a.view === b.view &&
  a.builds.length === b.builds.length &&
  a.builds.every((built, i) => built === b.builds[i]);

export const ParetoChart = memo(function ParetoChart({ builds, activeId, view, theme }: ParetoProps) {
  const series = builds.map((b) => ({ built: b, points: paretoPoints(b, view) }));
  const all = series.flatMap((s) => s.points);
  // only final numbers decide the frontier
  const frontier = paretoFrontier(all.filter((p) => p.final));
  const selected = builds.flatMap((b) => {
    const p = currentPoint(b);
    const cost = p && costAt(p, view);
    return p && cost
      ? [
          {
            label: b.result.label,
            latency: Math.max(cost.ms_per_audio_second, 1e-4),
            recall: p.recall_at_k,
            nprobe: p.nprobe,
            final: p.final,
          },
        ]
      : [];
  });
  const minRecall = all.length > 0 ? Math.max(0, Math.floor(Math.min(...all.map((p) => p.recall)) * 10) / 10) : 0;
  const latencies = all.map((p) => p.latency);
  const domain =
    all.length > 0 ? logDomain(Math.min(...latencies), Math.max(...latencies)) : ([1, 10] as [number, number]);
  return (
    <figure
      className="chart"
      data-testid="pareto-chart"
      data-series={builds.length}
      data-points={all.length}
      data-usage={view.usage}
      aria-label="recall versus search cost for every built index"
    >
      <figcaption>Recall vs cost ({viewLabel(view)}) — every build (upper left is better)</figcaption>
      {all.length === 0 ? (
        <p className="empty">
          Each build adds its n_probe sweep here, so presets can be compared at equal speed or equal recall.
        </p>
      ) : (
        <ScatterChart
          responsive
          style={{ width: '100%', height: 250 }}
          margin={{ top: 8, right: 12, bottom: 18, left: 4 }}
        >
          <CartesianGrid stroke={theme.grid} />
          <XAxis
            dataKey="latency"
            type="number"
            scale="log"
            domain={domain}
            ticks={logTicks(domain[0], domain[1])}
            allowDataOverflow
            name="ms per second of audio"
            stroke={theme.muted}
            tick={{ fill: theme.muted, fontSize: 11 }}
            tickFormatter={(v: number) => formatMs(v)}
            label={{
              value: `ms of search per second of audio, ${viewLabel(view)} (log)`,
              position: 'insideBottom',
              offset: -10,
              fill: theme.muted,
              fontSize: 11,
            }}
          />
          <YAxis
            dataKey="recall"
            type="number"
            domain={[minRecall, 1]}
            name="recall@8"
            tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            stroke={theme.muted}
            tick={{ fill: theme.muted, fontSize: 11 }}
            width={44}
          />
          <ZAxis range={[36, 36]} />
          <Tooltip
            contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
            formatter={(value, name) =>
              name === 'recall@8' ? formatPercent(Number(value)) : `${formatMs(Number(value))} ms`
            }
          />
          <Legend wrapperStyle={{ color: theme.text, fontSize: 12 }} verticalAlign="top" height={24} />
          {series.map(({ built, points }, i) => (
            <Scatter
              key={built.result.index_id}
              name={built.result.label}
              data={points}
              fill={seriesColor(theme, i)}
              line={{ stroke: seriesColor(theme, i), strokeWidth: built.result.index_id === activeId ? 2.5 : 1.2 }}
              isAnimationActive={false}
            />
          ))}
          <Scatter
            name="Pareto frontier"
            data={frontier}
            fill="none"
            line={{ stroke: theme.frontier, strokeDasharray: '2 4', strokeWidth: 1 }}
            shape={() => <g />}
            legendType="plainline"
            isAnimationActive={false}
          />
          <Scatter
            name="selected n_probe"
            data={selected}
            fill={theme.text}
            shape="star"
            legendType="star"
            isAnimationActive={false}
          />
        </ScatterChart>
      )}
    </figure>
  );
}, sameProps);
