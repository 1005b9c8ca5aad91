import { describe, expect, it } from 'vitest';
import { resavedName } from '../../app/rvc/names';
import { baseName, completionTarget, dirName, joinPath } from '../../renderer/lib/pathInput';

describe('typed paths (browser-mode folder picker)', () => {
  it('lists only the folder typed so far, filtered by the last part', () => {
    expect(completionTarget('/home/al')).toEqual({ folder: '/home', prefix: 'al' });
    expect(completionTarget('/home/alice/')).toEqual({ folder: '/home/alice', prefix: '' });
    expect(completionTarget('/')).toEqual({ folder: '/', prefix: '' });
    expect(completionTarget('C:\\RVC\\lo')).toEqual({ folder: 'C:\\RVC', prefix: 'lo' });
    expect(completionTarget('C:\\')).toEqual({ folder: 'C:\\', prefix: '' });
    expect(completionTarget('relative')).toBeNull();
    expect(completionTarget('  ')).toBeNull();
  });

  it('joins and splits paths with the separator in use', () => {
    expect(joinPath('/home', 'alice')).toBe('/home/alice');
    expect(joinPath('/', 'home')).toBe('/home');
    expect(joinPath('C:\\RVC', 'logs')).toBe('C:\\RVC\\logs');
    expect(baseName('/a/b/c.index')).toBe('c.index');
    expect(dirName('/a/b/c.index')).toBe('/a/b');
    expect(dirName('/c.index')).toBe('/');
  });

  it('names a re-saved copy after its new n_probe', () => {
    expect(resavedName('/e/added_IVF769_Flat_nprobe_1_alice_v2.index', 8, null)).toBe(
      '/e/added_IVF769_Flat_nprobe_8_alice_v2.index',
    );
    expect(resavedName('/e/added_IVF256_PQ384x4fs_RFlat_nprobe_16_alice_v2.index', 4, 8)).toBe(
      '/e/added_IVF256_PQ384x4fs_RFlat_nprobe_4_kf8_alice_v2.index',
    );
    expect(resavedName('/m/model.index', 8, null)).toBe('/m/model.nprobe8.index');
    expect(resavedName('/m/model.index', null, 4)).toBe('/m/model.kf4.index');
  });
});
