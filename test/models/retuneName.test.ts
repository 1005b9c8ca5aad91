// Names of re-tuned copies.
import { describe, expect, it } from 'vitest';
import { retunedIndexName } from '../../app/models/retuneName';

const model = (pth: string, extra = {}) => ({
  pth,
  version: 'v2' as const,
  dim: 768,
  index_type: 'IndexIVFFlat',
  ...extra,
});

describe('retunedIndexName', () => {
  it('changes only the number of an RVC name', () => {
    expect(retunedIndexName('logs/a/added_IVF256_Flat_nprobe_1_a_v2.index', model('/w/a.pth'), 256, 12)).toBe(
      'added_IVF256_Flat_nprobe_12_a_v2.index',
    );
    expect(retunedIndexName('x/IVF256_Flat_nprobe_1_a_v2.index', model('/w/a.pth'), 256, 4)).toBe(
      'added_IVF256_Flat_nprobe_4_a_v2.index',
    );
  });

  it('gives other names RVC’s full name, Applio models their own name', () => {
    expect(retunedIndexName('logs/kate/kate.index', model('/l/kate/kate_300e_6000s.pth'), 16, 8)).toBe(
      'added_IVF16_Flat_nprobe_8_kate_v2.index',
    );
    expect(retunedIndexName('z.zip!/v/some.index', model('z.zip!/v/m.pth', { version: 'v1', dim: 256 }), 32, 2)).toBe(
      'added_IVF32_Flat_nprobe_2_m_v1.index',
    );
    expect(retunedIndexName('f.index', model('C:\\models\\f.pth', { index_type: 'IndexIVFPQFastScan' }), 64, 3)).toBe(
      'added_IVF64_PQFastScan_nprobe_3_f_v2.index',
    );
  });

  it('never yields a path: separators, control characters and leading dots become _', () => {
    const name = retunedIndexName('..\u001b[2J_nprobe_1.index', model('/w/a.pth'), 8, 2);
    expect(name).toBe('added_.._[2J_nprobe_2.index');
    expect(retunedIndexName('a.index', model('/w/..:evil.pth'), 8, 2)).not.toMatch(/[/\\:]|^\./);
  });
});
