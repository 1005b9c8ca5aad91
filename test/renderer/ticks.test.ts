import { describe, expect, it } from 'vitest';
import { logDomain, logTicks } from '../../renderer/lib/ticks';

describe('log axis ticks', () => {
  it('uses 1-2-5 steps inside the range', () => {
    expect(logTicks(0.3, 170)).toEqual([0.5, 1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(36, 167)).toEqual([50, 100]);
    expect(logTicks(36, 45)).toEqual([36, 45]);
    expect(logTicks(0, 10)).toEqual([]);
  });

  it('pads the domain to 1-2-5 values', () => {
    expect(logDomain(36.6, 167)).toEqual([20, 200]);
    expect(logDomain(0.31, 0.9)).toEqual([0.2, 1]);
    expect(logDomain(50, 50)).toEqual([50, 50]);
  });
});
