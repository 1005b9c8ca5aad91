// Recall vs cost (in the chosen usage) for every built index (one series per preset), the Pareto
// frontier across all of them, and each build's selected setting as a larger mark.
import { memo } from 'react';
import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { RVC_K } from '../../app/rvc/defaults';
import { costAt, currentPoint, paretoFrontier, paretoPoints, type BuiltIndex, type CostView } from '../state/builds';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';
import { seriesColor, type ChartTheme } from '../lib/theme';
import { logDomain, logTicks } from '../lib/ticks';
import { viewLabel } from './RecallChart';

type ParetoProps = { builds: BuiltIndex[]; activeId: string | null; view: CostView; theme: ChartTheme; i18n: I18n };

// memo on the builds themselves (the list is rebuilt on every state change, its builds are not)
const sameProps = (a: ParetoProps, b: ParetoProps) =>
  a.activeId === b.activeId &&
  a.theme === b.theme &&
  a.i18n === b.i18n &&
  a.view === b.view &&
  a.builds.length === b.builds.length &&
  a.builds.every((built, i) => built === b.builds[i]);

/** The chart in the current language (the memoised plot redraws when the language changes). */
export function ParetoChart(props: Omit<ParetoProps, 'i18n'>) {
  return <ParetoPlot {...props} i18n={useI18n()} />;
}

const ParetoPlot = memo(function ParetoPlot({ builds, activeId, view, theme, i18n }: ParetoProps) {
  const recallName = i18n.t('results.recallUnit', { k: RVC_K });
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
      aria-label={i18n.t('chart.pareto.aria')}
    >
      <figcaption>{i18n.t('chart.pareto.caption', { view: viewLabel(i18n, view) })}</figcaption>
      {all.length === 0 ? (
        <p className="empty">{i18n.t('chart.pareto.empty')}</p>
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
            name={i18n.t('chart.recall.msSeries', { view: viewLabel(i18n, view) })}
            stroke={theme.muted}
            tick={{ fill: theme.muted, fontSize: 11 }}
            tickFormatter={(v: number) => i18n.ms(v)}
            label={{
              value: i18n.t('chart.pareto.x', { view: viewLabel(i18n, view) }),
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
            name={recallName}
            tickFormatter={(v: number) => i18n.percent(v, 0)}
            stroke={theme.muted}
            tick={{ fill: theme.muted, fontSize: 11 }}
            width={44}
          />
          <ZAxis range={[36, 36]} />
          <Tooltip
            contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
            formatter={(value, name) =>
              name === recallName ? i18n.percent(Number(value)) : i18n.t('chart.ms', { ms: i18n.ms(Number(value)) })
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
            name={i18n.t('chart.pareto.frontier')}
            data={frontier}
            fill="none"
            line={{ stroke: theme.frontier, strokeDasharray: '2 4', strokeWidth: 1 }}
            shape={() => <g />}
            legendType="plainline"
            isAnimationActive={false}
          />
          <Scatter
            name={i18n.t('chart.pareto.selected')}
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
