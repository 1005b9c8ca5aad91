// The events every engine (the client of an engine process, the host of worker threads) tells:
// crashes, each job's progress and the tuning loop's points.
import type { EngineCrash, PointsEvent, ProgressEvent } from '../../app/contract';
import { Listeners } from '../../app/listeners';

export class EngineEvents {
  // a crash listener's failure must not take the engine's owner down with the engine
  protected readonly crashes = new Listeners<EngineCrash>((error) =>
    console.error(`engine crash listener failed: ${(error as Error).message}`),
  );
  protected readonly progress = new Listeners<ProgressEvent>();
  protected readonly points = new Listeners<PointsEvent>();

  /** Called when the engine (or one of its workers) stops unexpectedly; returns the unsubscribe. */
  onCrash(listener: (crash: EngineCrash) => void): () => void {
    return this.crashes.add(listener);
  }

  /** Every job's progress. */
  onProgress(listener: (event: ProgressEvent) => void): () => void {
    return this.progress.add(listener);
  }

  /** Points the tuning loop measured. */
  onPoints(listener: (event: PointsEvent) => void): () => void {
    return this.points.add(listener);
  }
}
