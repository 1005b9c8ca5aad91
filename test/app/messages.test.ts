import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../app/i18n';
import { formatBytes } from '../../app/format';
import {
  addOnce,
  displayParams,
  englishText,
  isMessageCode,
  message,
  texts,
  warningFields,
  type Message,
} from '../../app/messages';
import { catalogueAreas, englishCatalogue } from '../../app/messages/en';

describe('structured messages', () => {
  it('makes the English text from the code and its parameters', () => {
    const made = message('metric_ip');
    expect(made.code).toBe('metric_ip');
    expect(made.text).toMatch(/1\/distance²/);
    expect(englishText('metric_ip', {})).toBe(made.text);
  });

  it('knows its codes, and no two areas define the same one', () => {
    expect(isMessageCode('metric_ip')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    const codes = Object.values(catalogueAreas).flatMap((area) => Object.keys(area));
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(englishCatalogue).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('adds a message once per code and parameters', () => {
    const list: Message[] = [];
    addOnce(list, message('metric_ip'));
    addOnce(list, message('metric_ip'));
    expect(list).toHaveLength(1);
  });

  it('gives a result its warnings once: the English texts and the messages', () => {
    const skipped = message('compress_skipped', { centroids: 5, n: 3 });
    const fields = warningFields([message('metric_ip'), skipped, message('metric_ip')]);
    expect(fields.notices.map((m) => m.code)).toEqual(['metric_ip', 'compress_skipped']);
    expect(fields.warnings).toEqual(texts(fields.notices));
    expect(fields.warnings[1]).toBe('compression to 5 centroids skipped: there are only 3 vectors');
  });

  it('carries sizes as byte counts, shown in the reader’s locale', () => {
    const said = message('features_no_memory', { neededSize: 94_800_000, where: '/e' });
    expect(said.params.neededSize).toBe(94_800_000);
    expect(said.text).toBe('cannot allocate 94.8 MB for the features of /e');
    expect(translateMessage('fr', said)).toContain(formatBytes(94_800_000, 'fr'));
    expect(translateMessage('fr', said)).toMatch(/94,8\s?Mo/);
    expect(translateMessage('ja', said)).toContain('94.8 MB');
    // only …Size parameters are sizes: a count named bytes stays a number
    expect(displayParams({ bytes: 5, indexSize: 1500 }, 'en')).toEqual({ bytes: 5, indexSize: '1.5 KB' });
  });
});
