// Everything the panels share: the open experiment, the Index settings, the built indexes and
// their evaluation points, and the one long job in progress. Every number comes from the Backend
// through the StudioClient; this hook only orchestrates calls and keeps the results.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StudioClient } from '../../app/client';
import type {
  EngineStatus,
  EvalResult,
  ExperimentInfo,
  ExportRequest,
  ExportResult,
  RecentList,
} from '../../app/contract';
import { formatCount } from '../../app/format';
import { presetById } from '../../app/presets';
import { formatDuration } from '../../app/progress';
import { describeError, errorInfoOf, isCancelled } from '../lib/errors';
import { PointScheduler } from '../lib/pointScheduler';
import {
  currentPoint,
  missingKFactorEffect,
  missingSweep,
  newBuiltIndex,
  nextSweepPoint,
  quickSweep,
  withEvaluation,
  type BuiltIndex,
} from './builds';
import {
  buildLabelBase,
  buildRequest,
  carriedSettings,
  checkConfig,
  configKey,
  presetConfig,
  presetForFactory,
  uniqueLabel,
  withFrames,
  type IndexConfig,
} from './config';
import { belongsTo, newJobId, type JobKind, type JobState, type JobView } from './jobs';

/**
 * Single queries timed per point, for every point the app measures (the build's first sweep,
 * slider and background points alike, so curves compare like with like). Fewer than the CLI's
 * 256 keeps the chart following the slider; p99 over 32 samples is close to their maximum.
 */
const UI_LATENCY_QUERIES = 32;

export interface ExperimentState {
  info: ExperimentInfo | null;
  loading: boolean;
  error: string | null;
  isSample: boolean;
}

export function useStudio(client: StudioClient) {
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [recent, setRecent] = useState<RecentList>({ experiments: [], indexes: [] });
  const [experiment, setExperiment] = useState<ExperimentState>({
    info: null,
    loading: false,
    error: null,
    isSample: false,
  });
  const [config, setConfig] = useState<IndexConfig | null>(null);
  const [builds, setBuilds] = useState<BuiltIndex[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  /** an engine crash, told until the next build */
  const [engineNotice, setEngineNotice] = useState<string | null>(null);
  // async actions read the latest state through this ref
  const latest = useRef({ experiment, config, builds, activeId, job });
  latest.current = { experiment, config, builds, activeId, job };

  const active = builds.find((b) => b.result.index_id === activeId) ?? null;
  const attached = active !== null && config !== null && configKey(active.config) === configKey(config);

  const updateBuild = (indexId: string, change: (built: BuiltIndex) => BuiltIndex) =>
    setBuilds((list) => list.map((b) => (b.result.index_id === indexId ? change(b) : b)));

  const startJob = (kind: JobKind, jobId: string | null, title: string) =>
    setJob({
      kind,
      jobId,
      title,
      state: 'running',
      startedAt: Date.now(),
      finishedAt: null,
      progress: null,
      message: '',
    });
  const finishJob = (state: JobState, message: string) =>
    setJob((current) => (current ? { ...current, state, message, finishedAt: Date.now() } : current));

  // slider points first (newest wins), the rest of each sweep in the background
  const scheduler = useMemo(
    () =>
      new PointScheduler<EvalResult>({
        evaluate: (request, jobId) =>
          client.evaluate({
            index_id: request.indexId,
            job_id: jobId,
            nprobes: request.nprobe === null ? undefined : [request.nprobe],
            k_factor: request.kFactor ?? undefined,
            latency_queries: UI_LATENCY_QUERIES,
          }),
        cancel: (jobId) => void client.cancel({ job_id: jobId }).catch(() => undefined),
        isCancelled,
        result: (request, evaluation, background, elapsedMs) => {
          updateBuild(request.indexId, (b) => withEvaluation(b, evaluation));
          if (background) {
            // the state update above is not visible yet: decide on the merged copy. Only the
            // selected k_factor's curve extends itself (k_factor-effect points are one-offs).
            const built = latest.current.builds.find((b) => b.result.index_id === request.indexId);
            if (built && built.kFactor === request.kFactor)
              continueSweep(withEvaluation(built, evaluation), request.kFactor, elapsedMs);
          }
        },
        error: (request, error, background) => {
          // a removed index's queued points fail quietly
          if (!background || errorInfoOf(error).code !== 'NOT_FOUND')
            updateBuild(request.indexId, (b) => ({ ...b, evalError: describeError(error) }));
        },
      }),
    [client],
  );

  useEffect(
    () =>
      client.onProgress((event) =>
        setJob((current) => (current && belongsTo(current, event) ? { ...current, progress: event } : current)),
      ),
    [client],
  );
  // a crashed engine worker took its indexes with it: drop their builds and say so
  useEffect(
    () =>
      client.onEngineCrash?.((crash) => {
        for (const id of crash.lost_indexes) scheduler.forget(id);
        setBuilds((list) => list.filter((b) => !crash.lost_indexes.includes(b.result.index_id)));
        setActiveId((id) => (id !== null && crash.lost_indexes.includes(id) ? null : id));
        setEngineNotice(
          `${crash.message}. ${crash.lost_indexes.length > 0 ? `${crash.lost_indexes.length} built index${crash.lost_indexes.length === 1 ? ' was' : 'es were'} lost: build again to continue.` : 'Nothing was lost.'}`,
        );
      }),
    [client, scheduler],
  );

  const ensurePoint = (built: BuiltIndex) => {
    if (!currentPoint(built))
      scheduler.foreground({ indexId: built.result.index_id, nprobe: built.nprobe, kFactor: built.kFactor });
  };
  /** Measures the next larger n_probe in the background while the curve still rises. */
  const continueSweep = (built: BuiltIndex, kFactor: number | null, lastElapsedMs = 0) => {
    const next = nextSweepPoint(built, kFactor, lastElapsedMs);
    if (next !== null) scheduler.background([{ indexId: built.result.index_id, nprobe: next, kFactor }]);
  };
  /** The whole curve up to n_probe = nlist, on request (large values can take many seconds each). */
  const completeSweep = (indexId: string) => {
    const built = latest.current.builds.find((b) => b.result.index_id === indexId);
    if (built)
      scheduler.background(
        missingSweep(built, built.kFactor).map((nprobe) => ({ indexId, nprobe, kFactor: built.kFactor })),
      );
  };
  /** RFlat builds: the same n_probe at k_factor 1, 2, 2.5, 4, 8 (on request; cached like any point). */
  const measureKFactorEffect = (indexId: string) => {
    const built = latest.current.builds.find((b) => b.result.index_id === indexId);
    if (built)
      scheduler.background(missingKFactorEffect(built).map((kFactor) => ({ indexId, nprobe: built.nprobe, kFactor })));
  };

  async function openExperiment(path: string, isSample = false): Promise<void> {
    setExperiment((e) => ({ ...e, loading: true, error: null }));
    if (latest.current.job?.state !== 'running') startJob('experiment', null, `Opening ${path}`);
    try {
      const info = await client.experimentInfo({ path });
      for (const built of latest.current.builds) {
        scheduler.forget(built.result.index_id);
        client.disposeIndex({ index_id: built.result.index_id }).catch(() => undefined);
      }
      setBuilds([]);
      setActiveId(null);
      setExperiment({ info, loading: false, error: null, isSample });
      // a new experiment gets its presets' defaults (compression follows its N), keeping the metric and α-expansion
      setConfig((c) => presetConfig(c?.presetId ?? 'rvc', info, { ...carriedSettings(c), centroids: undefined }));
      finishJob('done', `Opened ${info.name}: ${formatCount(info.n)} frames of ${info.d} dimensions`);
      if (!isSample) setRecent(await client.recentAdd({ kind: 'experiment', path: info.path }));
    } catch (error) {
      setExperiment((e) => ({ ...e, loading: false, error: describeError(error) }));
      finishJob('error', describeError(error));
    }
  }

  async function openSample(): Promise<void> {
    setExperiment((e) => ({ ...e, loading: true, error: null }));
    startJob('experiment', null, 'Preparing the sample experiment');
    try {
      const sample = await client.createSample({});
      await openExperiment(sample.path, true);
    } catch (error) {
      setExperiment((e) => ({ ...e, loading: false, error: describeError(error) }));
      finishJob('error', describeError(error));
    }
  }

  // start-up: engine facts, recent lists, and the sample experiment when nothing else is open
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    client.engineStatus({}).then(setStatus, () => undefined);
    client.recentList({}).then(setRecent, () => undefined);
    if (!latest.current.experiment.info) void openSample();
  }, [client]);

  function changeConfig(change: Partial<IndexConfig>): void {
    const info = latest.current.experiment.info;
    const current = latest.current.config;
    if (!info || !current) return;
    let next: IndexConfig = { ...current, ...change };
    if (change.presetId !== undefined && change.presetId !== current.presetId)
      next = presetConfig(change.presetId, info, carriedSettings(next));
    else if (change.compress !== undefined || change.centroids !== undefined)
      next = withFrames(current, info, { compress: next.compress, centroids: next.centroids });
    else if (change.factory !== undefined) next.presetId = presetForFactory(next.factory, info, current.presetId);
    setConfig(next);
    // a setting that matches an earlier build tunes that build again
    const key = configKey(next);
    const match = [...latest.current.builds].reverse().find((b) => configKey(b.config) === key);
    const builtSetting = (
      [
        'presetId',
        'factory',
        'nIvf',
        'metric',
        'compress',
        'centroids',
        'expand',
        'numExpand',
        'alpha',
        'expandQueries',
      ] as const
    ).some((name) => change[name] !== undefined);
    if (match && match.result.index_id !== latest.current.activeId && builtSetting) {
      selectBuild(match.result.index_id);
    }
  }

  function selectBuild(indexId: string): void {
    const built = latest.current.builds.find((b) => b.result.index_id === indexId);
    if (!built) return;
    setActiveId(indexId);
    setConfig({
      ...built.config,
      nprobe: built.nprobe ?? built.config.nprobe,
      kFactor: built.kFactor ?? built.config.kFactor,
    });
    ensurePoint(built);
  }

  function attachedActive(): BuiltIndex | null {
    const { builds: list, activeId: id, config: cfg } = latest.current;
    const built = list.find((b) => b.result.index_id === id);
    return built && cfg && configKey(built.config) === configKey(cfg) ? built : null;
  }

  /** n_probe: tunes the selected build without rebuilding (search only), and the next build. */
  function setNprobe(nprobe: number): void {
    setConfig((c) => (c ? { ...c, nprobe } : c));
    const built = attachedActive();
    if (!built || built.result.nlist === null) return;
    const next = { ...built, nprobe: Math.min(nprobe, built.result.nlist) };
    updateBuild(built.result.index_id, () => next);
    ensurePoint(next);
  }

  /** k_factor (RFlat): search-time too; the curve for the new value fills in behind. */
  function setKFactor(kFactor: number): void {
    setConfig((c) => (c ? { ...c, kFactor } : c));
    const built = attachedActive();
    if (!built || built.result.k_factor === null) return;
    const next = { ...built, kFactor };
    updateBuild(built.result.index_id, () => next);
    ensurePoint(next);
    continueSweep(next, kFactor);
  }

  async function build(): Promise<void> {
    const { experiment: exp, config: cfg, builds: list } = latest.current;
    if (!exp.info || !cfg || latest.current.job?.state === 'running') return;
    const check = checkConfig(cfg, exp.info);
    if (!check.ok || !check.shape) return;
    const base = buildLabelBase(cfg.presetId === 'custom' ? check.shape.factory : presetById(cfg.presetId).label, cfg);
    const label = uniqueLabel(
      base,
      list.map((b) => b.result.label),
    );
    const jobId = newJobId('build');
    startJob('build', jobId, `Building ${label} — ${check.shape.factory}`);
    scheduler.pauseBackground(true);
    let indexReady = false;
    try {
      const result = await client.build(buildRequest(cfg, check, exp.info, label, jobId));
      indexReady = true;
      const built = newBuiltIndex(result, cfg.presetId, cfg);
      setBuilds((all) => [...all, built]);
      setActiveId(result.index_id);
      // the sweep shares the build's progress bar (and its Cancel)
      const evalId = newJobId('evaluate');
      setJob((current) => (current ? { ...current, jobId: evalId, progress: null } : current));
      const first = quickSweep(result.nlist, built.nprobe);
      const evaluation = await client.evaluate({
        index_id: result.index_id,
        job_id: evalId,
        nprobes: first[0] === null ? undefined : (first as number[]),
        k_factor: built.kFactor ?? undefined,
        latency_queries: UI_LATENCY_QUERIES,
      });
      const measured = withEvaluation(built, evaluation);
      updateBuild(result.index_id, () => measured);
      finishJob(
        'done',
        `Built ${label} in ${formatDuration(result.timings_ms.total)}; recall measured on ${formatCount(evaluation.queries)} held-out frames${result.nlist !== null ? ' (more n_probe values follow while recall still rises)' : ''}`,
      );
      ensurePoint(measured);
      continueSweep(measured, measured.kFactor);
    } catch (error) {
      const message = !isCancelled(error)
        ? describeError(error)
        : indexReady
          ? 'Measuring cancelled: the index is built — move n_probe to measure a value.'
          : 'Build cancelled.';
      finishJob(isCancelled(error) ? 'cancelled' : 'error', message);
    } finally {
      scheduler.pauseBackground(false);
    }
  }

  function cancel(): void {
    const current = latest.current.job;
    if (current?.state === 'running' && current.jobId) client.cancel({ job_id: current.jobId }).catch(() => undefined);
  }

  function removeBuild(indexId: string): void {
    scheduler.forget(indexId);
    client.disposeIndex({ index_id: indexId }).catch(() => undefined);
    setBuilds((list) => list.filter((b) => b.result.index_id !== indexId));
    if (latest.current.activeId === indexId) setActiveId(null);
  }

  async function exportActive(
    options: Omit<ExportRequest, 'index_id' | 'job_id' | 'nprobe' | 'k_factor'>,
  ): Promise<ExportResult> {
    const built = latest.current.builds.find((b) => b.result.index_id === latest.current.activeId);
    if (!built) throw new Error('build an index first');
    const jobId = newJobId('export');
    startJob('export', jobId, `Exporting ${built.result.label}`);
    try {
      const result = await client.exportIndex({
        ...options,
        index_id: built.result.index_id,
        job_id: jobId,
        nprobe: built.nprobe ?? undefined,
        k_factor: built.kFactor ?? undefined,
      });
      finishJob('done', `Exported ${result.files.length} file${result.files.length === 1 ? '' : 's'}`);
      if (result.files[0]) client.recentAdd({ kind: 'index', path: result.files[0] }).then(setRecent, () => undefined);
      return result;
    } catch (error) {
      finishJob(isCancelled(error) ? 'cancelled' : 'error', describeError(error));
      throw error;
    }
  }

  return {
    client,
    status,
    recent,
    setRecent,
    experiment,
    config,
    builds,
    active,
    attached,
    job,
    engineNotice,
    dismissEngineNotice: () => setEngineNotice(null),
    openExperiment,
    openSample,
    changeConfig,
    selectBuild,
    setNprobe,
    setKFactor,
    build,
    cancel,
    removeBuild,
    exportActive,
    completeSweep,
    measureKFactorEffect,
  };
}

export type Studio = ReturnType<typeof useStudio>;
