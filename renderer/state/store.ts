// The studio's state as a store: one immutable snapshot, replaced on each change and announced to
// subscribers (useSyncExternalStore in useStudio.ts), plus what is derived from it.
import type { EngineStatus, ExperimentInfo, RecentList } from '../../app/contract';
import { DEFAULT_BLOCK_SECONDS } from '../../app/cost';
import { Listeners } from '../../app/listeners';
import { rawPhrase, type Phrase } from '../i18n/i18n';
import type { BuiltIndex, CostView } from './builds';
import { configKey, type IndexConfig } from './config';
import type { JobKind, JobState, JobView } from './jobs';

export interface ExperimentState {
  info: ExperimentInfo | null;
  loading: boolean;
  error: Phrase | null;
  isSample: boolean;
}

export interface StudioState {
  status: EngineStatus | null;
  recent: RecentList;
  experiment: ExperimentState;
  config: IndexConfig | null;
  builds: BuiltIndex[];
  activeId: string | null;
  job: JobView | null;
  /** an engine crash, told until dismissed */
  engineNotice: Phrase | null;
  view: CostView;
}

export class StudioStore {
  protected state: StudioState = {
    status: null,
    recent: { experiments: [], indexes: [] },
    experiment: { info: null, loading: false, error: null, isSample: false },
    config: null,
    builds: [],
    activeId: null,
    job: null,
    engineNotice: null,
    view: { usage: 'offline', blockSeconds: DEFAULT_BLOCK_SECONDS },
  };
  private readonly listeners = new Listeners<void>();

  getState = (): StudioState => this.state;

  subscribe = (listener: () => void): (() => void) => this.listeners.add(listener);

  protected update(change: Partial<StudioState> | ((state: StudioState) => Partial<StudioState>)): void {
    this.state = { ...this.state, ...(typeof change === 'function' ? change(this.state) : change) };
    this.listeners.emit();
  }

  protected updateBuild(indexId: string, change: (built: BuiltIndex) => BuiltIndex): void {
    this.update((s) => ({ builds: s.builds.map((b) => (b.result.index_id === indexId ? change(b) : b)) }));
  }

  // ------------------------------------------------------------------ derived

  get active(): BuiltIndex | null {
    return this.state.builds.find((b) => b.result.index_id === this.state.activeId) ?? null;
  }

  /** Whether the Index settings are the active build's (so n_probe moves tune it). */
  get attached(): boolean {
    const { active } = this;
    const { config } = this.state;
    return active !== null && config !== null && configKey(active.config) === configKey(config);
  }

  // ------------------------------------------------------------------ the one long job

  protected startJob(kind: JobKind, jobId: string | null, title: Phrase, message: Phrase = rawPhrase('')): void {
    this.update({
      job: { kind, jobId, title, state: 'running', startedAt: Date.now(), finishedAt: null, progress: null, message },
    });
  }

  protected finishJob(state: JobState, message: Phrase): void {
    this.update((s) => (s.job ? { job: { ...s.job, state, message, finishedAt: Date.now() } } : {}));
  }
}
