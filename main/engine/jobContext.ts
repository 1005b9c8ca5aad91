// What a job handler gets inside the worker: progress reporting (throttled) and cancellation.
import type { JobPhase, PointsEvent } from '../../app/contract';
import { cancelledError } from '../../app/errors';
import { addOnce, type Message } from '../../app/messages';
import type { WorkerMessage } from './protocol';

const PROGRESS_INTERVAL_MS = 100;

export class JobContext {
  private lastPost = 0;
  private lastPhase: JobPhase | null = null;
  /** what the user should know about the job's result (each once) */
  readonly warnings: Message[] = [];

  constructor(
    readonly id: string,
    private readonly post: (message: WorkerMessage) => void,
    private readonly cancelFlag: Int32Array,
  ) {}

  progress(phase: JobPhase, done: number, total: number, message: string): void {
    const now = Date.now();
    if (phase === this.lastPhase && done < total && now - this.lastPost < PROGRESS_INTERVAL_MS) return;
    this.lastPost = now;
    this.lastPhase = phase;
    this.post({ type: 'progress', id: this.id, phase, done, total, message });
  }

  /** A phase that runs inside one long native call; the host interpolates against the estimate. */
  estimatedPhase(phase: JobPhase, total: number, message: string, estimateMs: number): void {
    this.lastPhase = phase;
    this.lastPost = Date.now();
    this.post({ type: 'progress', id: this.id, phase, done: 0, total, message, estimate_ms: Math.round(estimateMs) });
  }

  get cancelRequested(): boolean {
    return Atomics.load(this.cancelFlag, 0) !== 0;
  }

  checkCancel(): void {
    if (this.cancelRequested) throw cancelledError();
  }

  /** Points a tuning step measured, pushed to the app at once. */
  points(event: PointsEvent): void {
    this.post({ type: 'points', event });
  }

  warn(message: Message): void {
    addOnce(this.warnings, message);
  }
}
