// 3 · Results: the selected build at its n_probe, recall/latency vs n_probe, the Pareto chart of
// every build, its list-size histogram, the k_factor effect (RFlat builds), and the comparison table.
import { formatCount, formatPercent } from '../../app/format';
import { HistogramChart } from '../charts/HistogramChart';
import { ParetoChart } from '../charts/ParetoChart';
import { RecallChart, formatMs } from '../charts/RecallChart';
import { Hint, Notices } from '../components/Notices';
import { blendAdvice, nprobeAdvice } from '../lib/hints';
import type { ChartTheme } from '../lib/theme';
import { useState } from 'react';
import { currentPoint, type BuiltIndex } from '../state/builds';
import type { Studio } from '../state/useStudio';
import { CompareTable } from './CompareTable';
import { KFactorEffect } from './KFactorEffect';

export function ResultsPanel({ studio, theme }: { studio: Studio; theme: ChartTheme }) {
  const { active, builds } = studio;
  const point = active ? currentPoint(active) : null;
  // While a new n_probe is measured (tens of ms), the charts keep drawing the build as they last
  // drew it: redrawing them twice per slider step (pending, then measured) costs more than the
  // measurement. The headline above them follows the slider at once.
  // (A failed point settles too: the charts then draw the build without it.)
  const [lastDrawn, setLastDrawn] = useState<BuiltIndex | null>(active);
  const settled =
    !active || point !== null || active.evalError !== null || lastDrawn?.result.index_id !== active.result.index_id;
  // React's pattern for state derived from earlier renders: set during render, re-rendered at once
  if (settled && lastDrawn !== active) setLastDrawn(active);
  const drawn = settled ? active : lastDrawn;
  const chartBuilds = builds.map((b) => (drawn && b.result.index_id === drawn.result.index_id ? drawn : b));
  return (
    <section className="panel results" id="results" aria-labelledby="results-title">
      <h2 id="results-title">
        <span className="step">3</span> Results
      </h2>
      {active ? (
        <div className="headline" data-testid="current-point" aria-live="polite">
          <div className="big">
            <span className="value">{point ? formatPercent(point.recall_at_k) : '…'}</span>
            <span className="unit">recall@{active.k}</span>
          </div>
          <div className="big">
            <span className="value">{point ? formatMs(point.ms_per_audio_second) : '…'}</span>
            <span className="unit">ms per second of audio</span>
          </div>
          <div className="big">
            <span className="value">{point ? formatPercent(point.blend_error, 2) : '…'}</span>
            <span className="unit">blend error</span>
          </div>
          <div className="headline-text">
            <strong>{active.result.label}</strong> · <code>{active.result.factory}</code>
            {active.nprobe !== null ? ` · n_probe ${active.nprobe}` : ''}
            {active.kFactor !== null ? ` · k_factor ${active.kFactor}` : ''}
            <br />
            {nprobeAdvice(active, point)}
            {point && (
              <>
                <br />
                <span className="muted">
                  {blendAdvice(point)} p99 {point.latency_us_p99.toFixed(0)} µs, {formatCount(Math.round(point.qps))}{' '}
                  queries/s batched on {active.threads} threads; {formatCount(active.queries)} held-out query frames.
                </span>
              </>
            )}
          </div>
        </div>
      ) : (
        <Hint>
          Results appear after the first build. Each build is measured on held-out files it has never seen, at every
          n_probe.
        </Hint>
      )}
      {active && (
        <Notices
          errors={active.evalError ? [active.evalError] : []}
          warnings={[...active.result.warnings, ...active.evalWarnings]}
        />
      )}
      <div className="charts">
        <RecallChart
          built={drawn}
          theme={theme}
          pendingNprobe={active && !point && !active.evalError ? active.nprobe : null}
          onMeasureAll={studio.completeSweep}
        />
        <ParetoChart builds={chartBuilds} activeId={active?.result.index_id ?? null} theme={theme} />
        <HistogramChart
          stats={active?.result.clusters ?? null}
          title={active ? `List sizes — ${active.result.label}` : 'List sizes'}
          theme={theme}
          testId="histogram-chart"
          emptyText={
            active
              ? `${active.result.factory} has no inverted lists.`
              : 'How evenly the frames spread over the IVF lists appears here after a build.'
          }
        />
      </div>
      {active && active.kFactor !== null && <KFactorEffect built={active} onMeasure={studio.measureKFactorEffect} />}
      <CompareTable
        builds={builds}
        activeId={active?.result.index_id ?? null}
        onSelect={studio.selectBuild}
        onRemove={studio.removeBuild}
      />
    </section>
  );
}
