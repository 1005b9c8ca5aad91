// The subscribers to one kind of event, for the engine, the Backend and the renderer's transports
// and store alike. `add` returns the unsubscribe. `emit` calls the listeners subscribed when it
// starts, skipping any that were removed meanwhile: a listener may unsubscribe itself or another
// one while it runs, and one added during an emit hears the next event, not this one.
export type Listener<T> = (value: T) => void;

export class Listeners<T> {
  private readonly listeners = new Set<Listener<T>>();

  /**
   * `onError`: each listener's failure goes there and the others are still called (for events
   * whose emitter must survive its listeners, e.g. an engine crash). Without it a failure
   * propagates to the emitter and the listeners after it are not called.
   */
  constructor(private readonly onError?: (error: unknown) => void) {}

  get size(): number {
    return this.listeners.size;
  }

  add(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A bound function: it can be handed on as a listener itself. */
  readonly emit = (value: T): void => {
    for (const listener of [...this.listeners]) {
      if (!this.listeners.has(listener)) continue;
      if (!this.onError) {
        listener(value);
        continue;
      }
      try {
        listener(value);
      } catch (error) {
        this.onError(error);
      }
    }
  };
}
