// Inverted-list sizes: how evenly k-means spread the frames over the lists (an uneven index
// searches more vectors per probed list). Used by Results (built index) and Inspect (any file).
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClusterStats } from '../../app/contract';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';
import type { ChartTheme } from '../lib/theme';

export function ClusterStatsLine({ stats }: { stats: ClusterStats }) {
  const i18n = useI18n();
  return (
    <dl className="stats-inline">
      <div>
        <dt>{i18n.t('stats.lists')}</dt>
        <dd>{i18n.count(stats.list_sizes.length)}</dd>
      </div>
      <div>
        <dt>{i18n.t('stats.min')}</dt>
        <dd>{i18n.count(stats.min)}</dd>
      </div>
      <div>
        <dt>{i18n.t('stats.max')}</dt>
        <dd>{i18n.count(stats.max)}</dd>
      </div>
      <div>
        <dt>{i18n.t('stats.mean')}</dt>
        <dd>{i18n.fixed(stats.mean, 1)}</dd>
      </div>
      <div>
        <dt>{i18n.t('stats.std')}</dt>
        <dd>{i18n.fixed(stats.std, 1)}</dd>
      </div>
      <div>
        <dt>{i18n.t('stats.empty')}</dt>
        <dd>{i18n.count(stats.empty)}</dd>
      </div>
      <div title={i18n.t('stats.imbalanceTitle')}>
        <dt>{i18n.t('stats.imbalance')}</dt>
        <dd>{i18n.fixed(stats.imbalance, 3)}</dd>
      </div>
    </dl>
  );
}

interface HistogramProps {
  stats: ClusterStats | null;
  title: string;
  theme: ChartTheme;
  testId: string;
  emptyText: string;
}

export function HistogramChart(props: HistogramProps) {
  return <HistogramPlot {...props} i18n={useI18n()} />;
}

// memo: the list sizes stay while the n_probe slider moves, and a chart re-render is costly
const HistogramPlot = memo(function HistogramPlot({
  stats,
  title,
  theme,
  testId,
  emptyText,
  i18n,
}: HistogramProps & { i18n: I18n }) {
  if (!stats || stats.list_sizes.length === 0) {
    return (
      <figure className="chart" data-testid={testId} data-lists={0}>
        <figcaption>{title}</figcaption>
        <p className="empty">{emptyText}</p>
      </figure>
    );
  }
  const data = stats.histogram.map((bin) => ({
    range: bin.to - bin.from <= 1 ? i18n.count(bin.from) : `${i18n.count(bin.from)}–${i18n.count(bin.to - 1)}`,
    count: bin.count,
  }));
  return (
    <figure
      className="chart"
      data-testid={testId}
      data-lists={stats.list_sizes.length}
      data-imbalance={stats.imbalance.toFixed(4)}
      aria-label={i18n.t('chart.histogram.aria', { title, lists: stats.list_sizes.length })}
    >
      <figcaption>{title}</figcaption>
      <ClusterStatsLine stats={stats} />
      <BarChart
        responsive
        style={{ width: '100%', height: 200 }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 18, left: 4 }}
      >
        <CartesianGrid stroke={theme.grid} vertical={false} />
        <XAxis
          dataKey="range"
          stroke={theme.muted}
          tick={{ fill: theme.muted, fontSize: 10 }}
          interval="preserveStartEnd"
          label={{
            value: i18n.t('chart.histogram.x'),
            position: 'insideBottom',
            offset: -10,
            fill: theme.muted,
            fontSize: 11,
          }}
        />
        <YAxis
          stroke={theme.muted}
          tick={{ fill: theme.muted, fontSize: 11 }}
          width={40}
          allowDecimals={false}
          tickFormatter={(v: number) => i18n.count(v)}
        />
        <Tooltip
          contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
          labelFormatter={(v) =>
            i18n.t('chart.histogram.tooltipLabel', { range: typeof v === 'number' || typeof v === 'string' ? v : '' })
          }
          formatter={(v) => [
            i18n.t('chart.histogram.tooltipValue', { count: Number(v) }),
            i18n.t('chart.histogram.series'),
          ]}
        />
        <Bar dataKey="count" name={i18n.t('chart.histogram.series')} fill={theme.accent} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
});
