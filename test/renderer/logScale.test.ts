import { describe, expect, it } from 'vitest';
import { fixedSteps, logSteps, positionOf, trackFraction } from '../../renderer/lib/logScale';

describe('log-scale slider steps', () => {
  it('covers min..max with distinct, increasing integers', () => {
    const steps = logSteps(1, 769);
    expect(steps[0]).toBe(1);
    expect(steps.at(-1)).toBe(769);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]);
    expect(steps.length).toBeLessThanOrEqual(302);
  });

  it('moves one value at a time at the low end (every arrow key press changes n_probe)', () => {
    expect(logSteps(1, 769).slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('is geometric at the high end (a log scale)', () => {
    const steps = logSteps(1, 100_000);
    const i = steps.indexOf(steps.find((s) => s > 10_000)!);
    const ratio = steps[i + 1] / steps[i];
    expect(ratio).toBeGreaterThan(1.02);
    expect(ratio).toBeLessThan(1.06);
  });

  it('always contains the values the user must hit exactly', () => {
    const steps = logSteps(1, 5000, [769, 2771, 1234]);
    for (const v of [769, 2771, 1234]) expect(steps).toContain(v);
    expect(logSteps(1, 100, [500])).not.toContain(500);
  });

  it('handles tiny ranges', () => {
    expect(logSteps(1, 1)).toEqual([1]);
    expect(logSteps(1, 3)).toEqual([1, 2, 3]);
  });

  it('finds the position of a value, nearest on a log scale', () => {
    const steps = [1, 2, 4, 8, 16];
    expect(positionOf(steps, 8)).toBe(3);
    expect(positionOf(steps, 11)).toBe(3);
    expect(positionOf(steps, 12)).toBe(4);
    expect(positionOf(steps, 0.5)).toBe(0);
    expect(positionOf(steps, 99)).toBe(4);
    expect(trackFraction(steps, 4)).toBe(0.5);
  });
});

describe('explicit slider stops', () => {
  it('keeps fractional stops, the ends and the current value, sorted', () => {
    expect(fixedSteps([1, 1.5, 2, 2.5, 3, 4], 1, 4)).toEqual([1, 1.5, 2, 2.5, 3, 4]);
    expect(fixedSteps([1, 2, 4, 8], 1, 64, [5])).toEqual([1, 2, 4, 5, 8, 64]);
    expect(fixedSteps([0.5, 1, 100], 1, 64)).toEqual([1, 64]);
    const steps = fixedSteps([1, 1.5, 2, 2.5, 3], 1, 3);
    expect(steps[positionOf(steps, 2.5)]).toBe(2.5);
  });
});
