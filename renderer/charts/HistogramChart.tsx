// Inverted-list sizes: how evenly k-means spread the frames over the lists (an uneven index
// searches more vectors per probed list). Used by Results (built index) and Inspect (any file).
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClusterStats } from '../../app/contract';
import { formatCount } from '../../app/format';
import type { ChartTheme } from '../lib/theme';

export function ClusterStatsLine({ stats }: { stats: ClusterStats }) {
  return (
    <dl className="stats-inline">
      <div>
        <dt>lists</dt>
        <dd>{formatCount(stats.list_sizes.length)}</dd>
      </div>
      <div>
        <dt>min</dt>
        <dd>{formatCount(stats.min)}</dd>
      </div>
      <div>
        <dt>max</dt>
        <dd>{formatCount(stats.max)}</dd>
      </div>
      <div>
        <dt>mean</dt>
        <dd>{stats.mean.toFixed(1)}</dd>
      </div>
      <div>
        <dt>std</dt>
        <dd>{stats.std.toFixed(1)}</dd>
      </div>
      <div>
        <dt>empty</dt>
        <dd>{formatCount(stats.empty)}</dd>
      </div>
      <div title="faiss's imbalance factor: nlist · Σ size² / ntotal² (1 = perfectly even)">
        <dt>imbalance</dt>
        <dd>{stats.imbalance.toFixed(3)}</dd>
      </div>
    </dl>
  );
}

// memo: the list sizes stay while the n_probe slider moves, and a chart re-render is costly
export const HistogramChart = memo(function HistogramChart({
  stats,
  title,
  theme,
  testId,
  emptyText,
}: {
  stats: ClusterStats | null;
  title: string;
  theme: ChartTheme;
  testId: string;
  emptyText: string;
}) {
  if (!stats || stats.list_sizes.length === 0) {
    return (
      <figure className="chart" data-testid={testId} data-lists={0}>
        <figcaption>{title}</figcaption>
        <p className="empty">{emptyText}</p>
      </figure>
    );
  }
  const data = stats.histogram.map((bin) => ({
    range: bin.to - bin.from <= 1 ? String(bin.from) : `${bin.from}–${bin.to - 1}`,
    count: bin.count,
  }));
  return (
    <figure
      className="chart"
      data-testid={testId}
      data-lists={stats.list_sizes.length}
      data-imbalance={stats.imbalance.toFixed(4)}
      aria-label={`${title}: ${stats.list_sizes.length} lists`}
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
          label={{ value: 'frames per list', position: 'insideBottom', offset: -10, fill: theme.muted, fontSize: 11 }}
        />
        <YAxis stroke={theme.muted} tick={{ fill: theme.muted, fontSize: 11 }} width={40} allowDecimals={false} />
        <Tooltip
          contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
          labelFormatter={(v) => `${typeof v === 'number' || typeof v === 'string' ? v : ''} frames`}
          formatter={(v) => [`${Number(v)} lists`, 'lists']}
        />
        <Bar dataKey="count" fill={theme.accent} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
});
