// 3 · Results: the selected build at its n_probe, recall and cost vs n_probe, the Pareto chart of
// every build, its list-size histogram, the k_factor effect (RFlat builds), the comparison table,
// and — for realtime use — the planner. Cost is shown the way RVC pays it: offline segments or
// realtime blocks (the usage and block choices at the top).
import { blockFrames, REALTIME_BLOCK_SECONDS, type Usage } from '../../app/cost';
import { RVC_K } from '../../app/rvc/defaults';
import { HistogramChart } from '../charts/HistogramChart';
import { ParetoChart } from '../charts/ParetoChart';
import { RecallChart, viewLabel } from '../charts/RecallChart';
import { Hint, Notices } from '../components/Notices';
import { useI18n } from '../i18n/LocaleProvider';
import { blendAdvice, costPhrase, nprobeAdvice } from '../lib/hints';
import type { ChartTheme } from '../lib/theme';
import { costAt, currentPoint } from '../state/builds';
import type { Studio } from '../state/useStudio';
import { CompareTable } from './CompareTable';
import { KFactorEffect } from './KFactorEffect';
import { RealtimePlanner } from './RealtimePlanner';

function CostViewControls({ studio }: { studio: Studio }) {
  const i18n = useI18n();
  const { view } = studio;
  return (
    <div className="cost-view" role="group" aria-label={i18n.t('results.costView')}>
      <label>
        {i18n.t('results.usage')}{' '}
        <select
          data-testid="usage-select"
          value={view.usage}
          onChange={(e) => studio.setUsage(e.target.value as Usage)}
        >
          <option value="offline">{i18n.t('results.usage.offline')}</option>
          <option value="realtime">{i18n.t('results.usage.realtime')}</option>
        </select>
      </label>
      <label>
        {i18n.t('results.block')}{' '}
        <select
          data-testid="block-select"
          value={view.blockSeconds}
          disabled={view.usage !== 'realtime'}
          onChange={(e) => studio.setBlockSeconds(Number(e.target.value))}
        >
          {REALTIME_BLOCK_SECONDS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {i18n.t('results.blockOption', {
                seconds: i18n.count(seconds),
                frames: blockFrames('realtime', seconds),
              })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ResultsPanel({ studio, theme }: { studio: Studio; theme: ChartTheme }) {
  const i18n = useI18n();
  const { active, builds, view } = studio;
  const point = active ? currentPoint(active) : null;
  const cost = point ? costAt(point, view) : null;
  return (
    <section className="panel results" id="results" aria-labelledby="results-title">
      <h2 id="results-title">
        <span className="step">3</span> {i18n.t('panel.results')}
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
            <span className="value">{point ? `${point.final ? '' : '≈'}${i18n.percent(point.recall_at_k)}` : '…'}</span>
            <span className="unit">
              {i18n.t('results.recallUnit', { k: RVC_K })}
              {point && !point.final
                ? i18n.t('results.estimateRange', {
                    low: i18n.percent(point.recall_low),
                    high: i18n.percent(point.recall_high),
                  })
                : ''}
            </span>
          </div>
          <div className="big">
            <span className="value">{cost ? i18n.ms(cost.ms_per_audio_second) : '…'}</span>
            <span className="unit">{i18n.t('results.msUnit', { view: viewLabel(i18n, view) })}</span>
          </div>
          <div className="big">
            <span className="value">{point ? i18n.percent(point.blend_error, 2) : '…'}</span>
            <span className="unit">{i18n.t('results.blendUnit')}</span>
          </div>
          <div className="headline-text">
            <strong>{active.result.label}</strong> · <code>{active.result.factory}</code>
            {active.nprobe !== null ? ` · n_probe ${active.nprobe}` : ''}
            {active.kFactor !== null ? ` · k_factor ${active.kFactor}` : ''}
            {active.efSearch !== null ? ` · efSearch ${active.efSearch}` : ''}
            <br />
            {nprobeAdvice(i18n, active, point, view)}
            {point && (
              <>
                <br />
                <span className="muted">
                  {blendAdvice(i18n, point)}{' '}
                  {i18n.t('results.detail', {
                    cost: costPhrase(i18n, cost),
                    qps: i18n.count(Math.round(point.qps)),
                    threads: studio.status?.threads ?? '?',
                    p50: i18n.count(Math.round(point.latency_us_p50)),
                    p99: i18n.count(Math.round(point.latency_us_p99)),
                    queries: i18n.count(point.queries),
                    final: point.final ? 'yes' : 'no',
                  })}
                </span>
              </>
            )}
          </div>
        </div>
      ) : (
        <Hint>{i18n.t('results.empty')}</Hint>
      )}
      {active && (
        <Notices
          errors={active.evalError ? [i18n.phrase(active.evalError)] : []}
          warnings={active.result.notices.map((notice) => i18n.message(notice))}
        />
      )}
      <div className="charts">
        <RecallChart built={active} view={view} theme={theme} onMeasureAll={studio.completeSweep} />
        <ParetoChart builds={builds} activeId={active?.result.index_id ?? null} view={view} theme={theme} />
        <HistogramChart
          stats={active?.result.clusters ?? null}
          title={active ? i18n.t('results.listSizesOf', { label: active.result.label }) : i18n.t('results.listSizes')}
          theme={theme}
          testId="histogram-chart"
          emptyText={
            active ? i18n.t('results.noLists', { factory: active.result.factory }) : i18n.t('results.histogramEmpty')
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
