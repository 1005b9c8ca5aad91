// The studio's state and workflows, without React (useStudio.ts is the thin hook over it): the
// open experiment, the Index settings, the built indexes and the points the engine pushes for
// them, the chosen cost view, and the one long job in progress. It only asks the Backend and keeps
// what comes back: which point to measure next is the engine's decision (its tuning loop).
import type { StudioClient } from '../../app/client';
import type {
  ExportRequest,
  ExportResult,
  PointsEvent,
  ProgressEvent,
  RecentList,
  TuneRequest,
} from '../../app/contract';
import type { Usage } from '../../app/cost';
import { presetById } from '../../app/presets';
import { tuningJobId } from '../../app/tuning/settings';
import { phrase } from '../i18n/i18n';
import { crashMessage, describeError, isCancelled } from '../lib/errors';
import { K_FACTOR_EFFECT, newBuiltIndex, withPoints, type BuiltIndex, type CostView } from './builds';
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
import { belongsTo, newJobId } from './jobs';
import { StudioStore } from './store';

/** Settings whose change makes another build (not a search-time change of the selected one). */
const BUILT_SETTINGS = [
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
] as const;

export class StudioController extends StudioStore {
  /** the sample opens once, however often start() runs (React's development mode runs it twice) */
  private sampleAsked = false;

  constructor(readonly client: StudioClient) {
    super();
  }

  /** Subscribes to the Backend's events and opens the sample when nothing is open; returns the stop. */
  start(): () => void {
    const stops = [
      this.client.onProgress((event) => this.onProgress(event)),
      this.client.onPoints((event) => this.onPoints(event)),
      this.client.onEngineCrash?.((crash) => {
        const lost = new Set(crash.lost_indexes);
        this.update((s) => ({
          builds: s.builds.filter((b) => !lost.has(b.result.index_id)),
          activeId: s.activeId !== null && lost.has(s.activeId) ? null : s.activeId,
          engineNotice: phrase('notice.engineCrash', { message: crashMessage(crash), lost: lost.size }),
        }));
      }),
    ];
    this.client.engineStatus({}).then(
      (status) => this.update({ status }),
      () => undefined,
    );
    this.client.recentList({}).then(
      (recent) => this.update({ recent }),
      () => undefined,
    );
    if (!this.state.experiment.info && !this.sampleAsked) {
      this.sampleAsked = true;
      void this.openSample();
    }
    return () => stops.forEach((stop) => stop?.());
  }

  // ------------------------------------------------------------------ events

  private onProgress(event: ProgressEvent): void {
    this.update((s) => (s.job && belongsTo(s.job, event) ? { job: { ...s.job, progress: event } } : {}));
  }

  private onPoints(event: PointsEvent): void {
    if (!this.state.builds.some((b) => b.result.index_id === event.index_id)) return;
    this.updateBuild(event.index_id, (built) => withPoints(built, event));
    // the measuring job that follows a build ends with its first final number
    const job = this.state.job;
    if (job?.kind === 'evaluate' && job.state === 'running' && job.jobId === tuningJobId(event.index_id)) {
      if (event.error !== null) this.finishJob('error', describeError(event.error));
      else if (event.settled || event.points.some((p) => p.final)) this.finishJob('done', job.message);
    }
  }

  // ------------------------------------------------------------------ tuning

  /** Asks the engine for a build's selected point in the chosen cost view (and what follows it). */
  private tune(built: BuiltIndex, extra: Pick<TuneRequest, 'also' | 'full_sweep'> = {}): void {
    const { view } = this.state;
    this.client
      .tune({
        index_id: built.result.index_id,
        nprobe: built.nprobe,
        k_factor: built.kFactor,
        ef_search: built.efSearch,
        usage: view.usage,
        block_seconds: view.blockSeconds,
        ...extra,
      })
      .catch((error: unknown) =>
        this.updateBuild(built.result.index_id, (b) => ({ ...b, evalError: describeError(error) })),
      );
  }

  /** A search-time setting of the active build changed: tune it for the new point. */
  private retune(change: Partial<Pick<BuiltIndex, 'nprobe' | 'kFactor' | 'efSearch'>>): void {
    const built = this.attached ? this.active : null;
    if (!built) return;
    const next = { ...built, ...change, settled: false };
    this.updateBuild(built.result.index_id, () => next);
    this.tune(next);
  }

  setNprobe(nprobe: number): void {
    this.update((s) => ({ config: s.config ? { ...s.config, nprobe } : s.config }));
    const built = this.attached ? this.active : null;
    if (built?.result.nlist != null) this.retune({ nprobe: Math.min(nprobe, built.result.nlist) });
  }

  setKFactor(kFactor: number): void {
    this.update((s) => ({ config: s.config ? { ...s.config, kFactor } : s.config }));
    if (this.active?.kFactor !== null) this.retune({ kFactor });
  }

  setEfSearch(efSearch: number): void {
    this.update((s) => ({ config: s.config ? { ...s.config, efSearch } : s.config }));
    if (this.active?.efSearch !== null) this.retune({ efSearch });
  }

  /** The cost view changed: every build is costed in it (the selected one first). */
  setView(change: Partial<CostView>): void {
    this.update((s) => ({ view: { ...s.view, ...change } }));
    const active = this.active;
    for (const built of this.state.builds) if (built !== active) this.tune(built);
    if (active) this.tune(active);
  }

  setUsage(usage: Usage): void {
    this.setView({ usage });
  }

  setBlockSeconds(blockSeconds: number): void {
    this.setView({ blockSeconds });
  }

  /** The whole curve up to n_probe = nlist (large values can take many seconds each). */
  completeSweep(indexId: string): void {
    const built = this.state.builds.find((b) => b.result.index_id === indexId);
    if (built) this.tune(built, { full_sweep: true });
  }

  /** RFlat builds: the same n_probe at k_factor 1, 2, 2.5, 4, 8. */
  measureKFactorEffect(indexId: string): void {
    const built = this.state.builds.find((b) => b.result.index_id === indexId);
    if (!built || built.kFactor === null) return;
    const also = K_FACTOR_EFFECT.map((kFactor) => ({
      nprobe: built.nprobe,
      k_factor: kFactor,
      ef_search: built.efSearch,
    }));
    this.tune(built, { also });
  }

  // ------------------------------------------------------------------ experiment and settings

  async openExperiment(path: string, isSample = false): Promise<void> {
    this.update((s) => ({ experiment: { ...s.experiment, loading: true, error: null } }));
    if (this.state.job?.state !== 'running') this.startJob('experiment', null, phrase('job.opening', { path }));
    try {
      const info = await this.client.experimentInfo({ path });
      for (const built of this.state.builds)
        this.client.disposeIndex({ index_id: built.result.index_id }).catch(() => undefined);
      // a new experiment gets its presets' defaults (compression follows its N), keeping the metric and α-expansion
      this.update((s) => ({
        builds: [],
        activeId: null,
        experiment: { info, loading: false, error: null, isSample },
        config: presetConfig(s.config?.presetId ?? 'rvc', info, { ...carriedSettings(s.config), centroids: undefined }),
      }));
      this.finishJob('done', phrase('job.opened', { name: info.name, frames: info.n, d: info.d }));
      if (!isSample) this.update({ recent: await this.client.recentAdd({ kind: 'experiment', path: info.path }) });
    } catch (error) {
      this.update((s) => ({ experiment: { ...s.experiment, loading: false, error: describeError(error) } }));
      this.finishJob('error', describeError(error));
    }
  }

  async openSample(): Promise<void> {
    this.update((s) => ({ experiment: { ...s.experiment, loading: true, error: null } }));
    this.startJob('experiment', null, phrase('job.preparingSample'));
    try {
      const sample = await this.client.createSample({});
      await this.openExperiment(sample.path, true);
    } catch (error) {
      this.update((s) => ({ experiment: { ...s.experiment, loading: false, error: describeError(error) } }));
      this.finishJob('error', describeError(error));
    }
  }

  changeConfig(change: Partial<IndexConfig>): void {
    const info = this.state.experiment.info;
    const current = this.state.config;
    if (!info || !current) return;
    let next: IndexConfig = { ...current, ...change };
    if (change.presetId !== undefined && change.presetId !== current.presetId)
      next = presetConfig(change.presetId, info, carriedSettings(next));
    else if (change.compress !== undefined || change.centroids !== undefined)
      next = withFrames(current, info, { compress: next.compress, centroids: next.centroids });
    else if (change.factory !== undefined) next.presetId = presetForFactory(next.factory, info, current.presetId);
    this.update({ config: next });
    // a setting that matches an earlier build selects that build again
    const key = configKey(next);
    const match = [...this.state.builds].reverse().find((b) => configKey(b.config) === key);
    const builtSetting = BUILT_SETTINGS.some((name) => change[name] !== undefined);
    if (match && match.result.index_id !== this.state.activeId && builtSetting) this.selectBuild(match.result.index_id);
  }

  selectBuild(indexId: string): void {
    const built = this.state.builds.find((b) => b.result.index_id === indexId);
    if (!built) return;
    this.update({
      activeId: indexId,
      config: {
        ...built.config,
        nprobe: built.nprobe ?? built.config.nprobe,
        kFactor: built.kFactor ?? built.config.kFactor,
        efSearch: built.efSearch ?? built.config.efSearch,
      },
    });
    this.tune(built);
  }

  setRecent(recent: RecentList): void {
    this.update({ recent });
  }

  dismissEngineNotice(): void {
    this.update({ engineNotice: null });
  }

  // ------------------------------------------------------------------ jobs

  async build(): Promise<void> {
    const { experiment: exp, config: cfg, builds: list } = this.state;
    if (!exp.info || !cfg || this.state.job?.state === 'running') return;
    const check = checkConfig(cfg, exp.info);
    if (!check.ok || !check.shape) return;
    const base = buildLabelBase(cfg.presetId === 'custom' ? check.shape.factory : presetById(cfg.presetId).label, cfg);
    const label = uniqueLabel(
      base,
      list.map((b) => b.result.label),
    );
    const jobId = newJobId('build');
    this.startJob('build', jobId, phrase('job.building', { label, factory: check.shape.factory }));
    try {
      const result = await this.client.build(buildRequest(cfg, check, exp.info, label, jobId));
      const built = newBuiltIndex(result, cfg.presetId, cfg);
      this.update((s) => ({ builds: [...s.builds, built], activeId: result.index_id }));
      // measuring follows on the same progress bar (and its Cancel) until the first final number
      this.startJob(
        'evaluate',
        tuningJobId(result.index_id),
        phrase('job.measuring', { label }),
        phrase('job.built', {
          label,
          duration: { durationMs: result.timings_ms.total },
          ivf: result.nlist !== null ? 'yes' : 'no',
        }),
      );
      this.tune(built);
    } catch (error) {
      this.finishJob(
        isCancelled(error) ? 'cancelled' : 'error',
        isCancelled(error) ? phrase('job.buildCancelled') : describeError(error),
      );
    }
  }

  cancel(): void {
    const current = this.state.job;
    if (current?.state !== 'running' || !current.jobId) return;
    this.client.cancel({ job_id: current.jobId }).catch(() => undefined);
    if (current.kind === 'evaluate') this.finishJob('cancelled', phrase('job.measureCancelled'));
  }

  removeBuild(indexId: string): void {
    this.client.disposeIndex({ index_id: indexId }).catch(() => undefined);
    this.update((s) => ({
      builds: s.builds.filter((b) => b.result.index_id !== indexId),
      activeId: s.activeId === indexId ? null : s.activeId,
    }));
  }

  async exportActive(
    options: Omit<ExportRequest, 'index_id' | 'job_id' | 'nprobe' | 'k_factor' | 'usage' | 'block_seconds'>,
  ): Promise<ExportResult> {
    const built = this.active;
    if (!built) throw new Error('build an index first');
    const jobId = newJobId('export');
    this.startJob('export', jobId, phrase('job.exporting', { label: built.result.label }));
    try {
      const result = await this.client.exportIndex({
        ...options,
        index_id: built.result.index_id,
        job_id: jobId,
        nprobe: built.nprobe ?? undefined,
        k_factor: built.kFactor ?? undefined,
        usage: this.state.view.usage,
        block_seconds: this.state.view.blockSeconds,
      });
      this.finishJob('done', phrase('job.exported', { count: result.files.length }));
      if (result.files[0])
        this.client.recentAdd({ kind: 'index', path: result.files[0] }).then(
          (recent) => this.update({ recent }),
          () => undefined,
        );
      return result;
    } catch (error) {
      this.finishJob(isCancelled(error) ? 'cancelled' : 'error', describeError(error));
      throw error;
    }
  }
}
