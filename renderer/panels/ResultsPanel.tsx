// 3 · Results: the selected build at its n_probe, recall and cost vs n_probe, the Pareto chart of
// every build, its list-size histogram, the k_factor effect (RFlat builds), the comparison table,
// and — for realtime use — the planner. Cost is shown the way RVC pays it: offline segments or
// realtime blocks (the usage and block choices at the top).
import { blockFrames, REALTIME_BLOCK_SECONDS, type Usage } from '../../app/cost';
import { formatCount, formatPercent } from '../../app/format';
import { RVC_K } from '../../app/rvc/defaults';
import { HistogramChart } from '../charts/HistogramChart';
import { ParetoChart } from '../charts/ParetoChart';
import { RecallChart, viewLabel } from '../charts/RecallChart';
import { Hint, Notices } from '../components/Notices';
import { blendAdvice, costPhrase, formatMs, nprobeAdvice } from '../lib/hints';
import type { ChartTheme } from '../lib/theme';
import { costAt, currentPoint } from '../state/builds';
import type { Studio } from '../state/useStudio';
import { CompareTable } from './CompareTable';
import { KFactorEffect } from './KFactorEffect';
import { RealtimePlanner } from './RealtimePlanner';

function CostViewControls({ studio }: { studio: Studio }) {
  const { view } = studio;
  return (
    <div className="cost-view" role="group" aria-label="how search cost is shown">
      <label>
        Cost as RVC pays it{' '}
        <select
          data-testid="usage-select"
          value={view.usage}
          onChange={(e) => studio.setUsage(e.target.value as Usage)}
        >
          <option value="offline">offline conversion (66 s segments)</option>
          <option value="realtime">realtime voice changer (blocks)</option>
        </select>
      </label>
      <label>
        Block{' '}
        <select
          data-testid="block-select"
          value={view.blockSeconds}
          disabled={view.usage !== 'realtime'}
          onChange={(e) => studio.setBlockSeconds(Number(e.target.value))}
        >
          {REALTIME_BLOCK_SECONDS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds} s ({blockFrames('realtime', seconds)} frames)
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ResultsPanel({ studio, theme }: { studio: Studio; theme: ChartTheme }) {
  const { active, builds, view } = studio;
  const point = active ? currentPoint(active) : null;
  const cost = point ? costAt(point, view) : null;
  return (
    <section className="panel results" id="results" aria-labelledby="results-title">
      <h2 id="results-title">
        <span className="step">3</span> Results
      </h2>
      <CostViewControls studio={studio} />
      {active ? (
        <div
          className="headline"
          data-testid="current-point"
          data-final={point ? String(point.final) : ''}
          aria-live="polite"
        >
          <div className="big">
            <span className="value">
              {point ? `${point.final ? '' : '≈'}${formatPercent(point.recall_at_k)}` : '…'}
            </span>
            <span className="unit">
              recall@{RVC_K}
              {point && !point.final
                ? ` (estimate ${formatPercent(point.recall_low)}–${formatPercent(point.recall_high)})`
                : ''}
            </span>
          </div>
          <div className="big">
            <span className="value">{cost ? formatMs(cost.ms_per_audio_second) : '…'}</span>
            <span className="unit">ms per second of audio ({viewLabel(view)})</span>
          </div>
          <div className="big">
            <span className="value">{point ? formatPercent(point.blend_error, 2) : '…'}</span>
            <span className="unit">blend error</span>
          </div>
          <div className="headline-text">
            <strong>{active.result.label}</strong> · <code>{active.result.factory}</code>
            {active.nprobe !== null ? ` · n_probe ${active.nprobe}` : ''}
            {active.kFactor !== null ? ` · k_factor ${active.kFactor}` : ''}
            {active.efSearch !== null ? ` · efSearch ${active.efSearch}` : ''}
            <br />
            {nprobeAdvice(active, point, view)}
            {point && (
              <>
                <br />
                <span className="muted">
                  {blendAdvice(point)} {costPhrase(cost)}; {formatCount(Math.round(point.qps))} frames/s offline on{' '}
                  {studio.status?.threads ?? '?'} threads; a lone frame takes {point.latency_us_p50.toFixed(0)} µs (p99{' '}
                  {point.latency_us_p99.toFixed(0)} µs), which RVC never pays; measured on {formatCount(point.queries)}{' '}
                  held-out frames{point.final ? '' : ' so far'}.
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
      {active && <Notices errors={active.evalError ? [active.evalError] : []} warnings={active.result.warnings} />}
      <div className="charts">
        <RecallChart built={active} view={view} theme={theme} onMeasureAll={studio.completeSweep} />
        <ParetoChart builds={builds} activeId={active?.result.index_id ?? null} view={view} theme={theme} />
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
      {active && active.kFactor !== null && (
        <KFactorEffect built={active} view={view} onMeasure={studio.measureKFactorEffect} />
      )}
      {view.usage === 'realtime' && <RealtimePlanner builds={builds} view={view} status={studio.status} />}
      <CompareTable
        builds={builds}
        activeId={active?.result.index_id ?? null}
        view={view}
        onSelect={studio.selectBuild}
        onRemove={studio.removeBuild}
      />
    </section>
  );
}
