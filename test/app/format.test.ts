// Numbers in the user's locale; the CLI's English stays as it always printed.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatMs, formatPercent, formatRecall } from '../../app/format';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('keeps the CLI’s English by default', () => {
    expect(formatCount(28_500)).toBe('28,500');
    expect(formatPercent(0.9712)).toBe('97.1%');
    expect(formatRecall(0.9989)).toBe('99.8%');
    expect(formatRecall(0.874)).toBe('87%');
    expect(formatBytes(30_000_000)).toBe('30.0 MB');
    expect(formatBytes(740_000_000)).toBe('740 MB');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(4200)).toBe('4.2 s');
    expect(formatDuration(75_000)).toBe('1 min 15 s');
    expect(formatMs(1.234)).toBe('1.23');
  });

  it('formats separators, percent signs and units for the locale', () => {
    expect(nbsp(formatCount(28_500, 'fr'))).toBe('28 500');
    expect(nbsp(formatCount(28_500, 'ru'))).toBe('28 500');
    expect(formatCount(28_500, 'pt-BR')).toBe('28.500');
    expect(nbsp(formatPercent(0.9712, 1, 'fr'))).toBe('97,1 %');
    expect(formatPercent(0.9712, 1, 'tr')).toBe('%97,1');
    expect(nbsp(formatBytes(30_000_000, 'fr'))).toBe('30,0 Mo');
    expect(nbsp(formatBytes(30_000_000, 'ru'))).toBe('30,0 МБ');
    expect(formatMs(12.34, 'es')).toBe('12,3');
    expect(nbsp(formatDuration(4200, 'ru'))).toBe('4,2 с');
    expect(formatDuration(4200, 'en')).toBe('4.2 s');
  });
});
