// Evaluation requests for one running app. Two kinds:
// - foreground: the point the user is looking at (slider moves). Newest wins; it never waits
//   for background work: a background request in flight is cancelled and re-queued.
// - background: the rest of an n_probe sweep (the expensive large-n_probe points), one point at
//   a time, only while nothing is asked in the foreground.
// The engine runs one job at a time per index, so this ordering is what keeps the slider fast.

export interface PointRequest {
  indexId: string;
  nprobe: number | null;
  kFactor: number | null;
}

export interface SchedulerDeps<R> {
  evaluate(request: PointRequest, jobId: string): Promise<R>;
  cancel(jobId: string): void;
  isCancelled(error: unknown): boolean;
  result(request: PointRequest, value: R, background: boolean, elapsedMs: number): void;
  error(request: PointRequest, error: unknown, background: boolean): void;
}

const same = (a: PointRequest, b: PointRequest) =>
  a.indexId === b.indexId && a.nprobe === b.nprobe && a.kFactor === b.kFactor;

export class PointScheduler<R> {
  private pending: PointRequest | null = null;
  private foregroundBusy = false;
  private queue: PointRequest[] = [];
  private backgroundRunning: { request: PointRequest; jobId: string } | null = null;
  private paused = false;
  private counter = 0;

  constructor(
    private readonly deps: SchedulerDeps<R>,
    private readonly prefix = 'point',
  ) {}

  foreground(request: PointRequest): void {
    this.pending = request;
    // the same point may be queued in the background: measure it once
    this.queue = this.queue.filter((queued) => !same(queued, request));
    if (this.backgroundRunning) this.deps.cancel(this.backgroundRunning.jobId);
    this.pump();
  }

  background(requests: PointRequest[]): void {
    for (const request of requests) if (!this.queue.some((queued) => same(queued, request))) this.queue.push(request);
    this.pump();
  }

  /** While a build runs, background points wait (they would compete with it for the cores). */
  pauseBackground(paused: boolean): void {
    this.paused = paused;
    if (paused && this.backgroundRunning) this.deps.cancel(this.backgroundRunning.jobId);
    this.pump();
  }

  /** Drops queued work for an index (removed, or its experiment closed). */
  forget(indexId: string): void {
    this.queue = this.queue.filter((request) => request.indexId !== indexId);
    if (this.pending?.indexId === indexId) this.pending = null;
  }

  get idle(): boolean {
    return !this.foregroundBusy && !this.backgroundRunning && this.pending === null && this.queue.length === 0;
  }

  private pump(): void {
    if (this.foregroundBusy || this.backgroundRunning) return;
    if (this.pending) {
      const request = this.pending;
      this.pending = null;
      this.foregroundBusy = true;
      const started = Date.now();
      this.deps
        .evaluate(request, `${this.prefix}-${++this.counter}`)
        .then(
          (value) => this.deps.result(request, value, false, Date.now() - started),
          (error: unknown) => this.deps.error(request, error, false),
        )
        .finally(() => {
          this.foregroundBusy = false;
          this.pump();
        });
      return;
    }
    if (this.paused) return;
    const request = this.queue.shift();
    if (!request) return;
    const running = { request, jobId: `${this.prefix}-bg-${++this.counter}` };
    this.backgroundRunning = running;
    const started = Date.now();
    this.deps
      .evaluate(request, running.jobId)
      .then(
        (value) => this.deps.result(request, value, true, Date.now() - started),
        (error: unknown) => {
          // cancelled to make way for the foreground: measure it later
          if (this.deps.isCancelled(error)) this.queue.unshift(request);
          else this.deps.error(request, error, true);
        },
      )
      .finally(() => {
        this.backgroundRunning = null;
        this.pump();
      });
  }
}
