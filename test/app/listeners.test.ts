import { describe, expect, it } from 'vitest';
import { Listeners } from '../../app/listeners';

describe('Listeners', () => {
  it('calls each listener once per event, in the order they were added, until removed', () => {
    const listeners = new Listeners<number>();
    const heard: string[] = [];
    const removeA = listeners.add((n) => heard.push(`a${n}`));
    listeners.add((n) => heard.push(`b${n}`));
    expect(listeners.size).toBe(2);
    listeners.emit(1);
    removeA();
    removeA(); // a second call changes nothing
    expect(listeners.size).toBe(1);
    listeners.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
  });

  it('emit is bound: it can be handed on as a listener', () => {
    const source = new Listeners<string>();
    const relay = new Listeners<string>();
    const heard: string[] = [];
    relay.add((s) => heard.push(s));
    source.add(relay.emit);
    source.emit('x');
    expect(heard).toEqual(['x']);
  });

  it('skips a listener removed during an emit and holds one added during it for the next event', () => {
    const listeners = new Listeners<number>();
    const heard: string[] = [];
    let removeC = () => {};
    listeners.add((n) => {
      heard.push(`a${n}`);
      removeC();
      if (n === 1) listeners.add((m) => heard.push(`d${m}`));
    });
    const removeB = listeners.add((n) => {
      heard.push(`b${n}`);
      removeB(); // itself
    });
    removeC = listeners.add((n) => heard.push(`c${n}`));
    listeners.emit(1);
    listeners.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'a2', 'd2']);
  });

  it('without onError a failure reaches the emitter; with it the other listeners still hear the event', () => {
    const plain = new Listeners<number>();
    const afterFailure: number[] = [];
    plain.add(() => {
      throw new Error('boom');
    });
    plain.add((n) => afterFailure.push(n));
    expect(() => plain.emit(1)).toThrow('boom');
    expect(afterFailure).toEqual([]);

    const errors: string[] = [];
    const guarded = new Listeners<number>((error) => errors.push((error as Error).message));
    const heard: number[] = [];
    guarded.add(() => {
      throw new Error('boom');
    });
    guarded.add((n) => heard.push(n));
    guarded.emit(3);
    expect([errors, heard]).toEqual([['boom'], [3]]);
  });

  it('a void event is emitted without a value', () => {
    const listeners = new Listeners<void>();
    let calls = 0;
    listeners.add(() => calls++);
    listeners.emit();
    expect(calls).toBe(1);
  });
});
