import { describe, expect, it } from 'vitest';
import { printable } from '../../app/format';

describe('printable', () => {
  it('escapes what could break a line, move the cursor or reorder text', () => {
    expect(printable('a\nerror: forged')).toBe('a\\nerror: forged');
    expect(printable('\x1b[31mred\x1b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(printable('a\rb\tc\0d\x7f\x9b')).toBe('a\\rb\\tc\\x00d\\x7f\\x9b');
    expect(printable('x\u2028y\u202ez\u2066')).toBe('x\\u2028y\\u202ez\\u2066');
  });

  it('leaves ordinary names alone, Windows backslashes and non-ASCII letters included', () => {
    for (const name of ['/tmp/logs/my voice/added_IVF769_Flat.index', 'C:\\Users\\me\\x.index', 'Müller – 日本語 🎤'])
      expect(printable(name)).toBe(name);
  });
});
