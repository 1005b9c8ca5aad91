// Every error made in this project says why with a coded reason, so the renderer can show it in
// the user's language: the constructor requires one (a type error otherwise), and every helper
// and transport keeps it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AppError,
  errorCodes,
  appError,
  argumentError,
  bridgedErrorInfo,
  bridgedErrorText,
  cancelledError,
  fromErrorInfo,
  reasonNamesFile,
  refuse,
  toErrorInfo,
} from '../../app/errors';
import { message } from '../../app/messages';
import { dispatch, type Backend } from '../../main/backend';

describe('AppError reasons', () => {
  it('cannot be made without a reason', () => {
    // @ts-expect-error a reason is required
    const bare = new AppError('INTERNAL', 'no reason', {});
    expect(bare.reason).toBeUndefined();
    // @ts-expect-error so is the `where` argument that holds it
    expect(() => new AppError('INTERNAL', 'no where')).toThrow();
  });

  it('helpers make the English text from the reason, and keep it through every transport', () => {
    const errors = [
      argumentError('nprobe', 'nprobe_above_nlist', { nprobe: 9, nlist: 4 }),
      refuse('/x/a.npy', 'npy_no_magic'),
      appError('NOT_FOUND', 'index_not_loaded', { id: 'i1' }, { field: 'index_id' }),
      cancelledError('cancelled_before_start'),
    ];
    expect(errors.map((e) => e.message)).toEqual([
      'nprobe 9 is larger than the number of lists (4)',
      '/x/a.npy: not a .npy file (missing the \\x93NUMPY magic)',
      'index i1 is not loaded: build it again',
      'cancelled before it started',
    ]);
    for (const error of errors) {
      const info = toErrorInfo(error);
      expect(info.reason).toEqual({ code: error.reason!.code, params: error.reason!.params });
      expect(fromErrorInfo(info).reason).toEqual(error.reason);
      expect(bridgedErrorInfo(bridgedErrorText(info))?.reason).toEqual(info.reason);
    }
  });

  it('tells whether a reason names its file: a refusal does not, a list of existing files does', () => {
    const refusal = refuse('/voices/a.index', 'output_exists', {}, 'ALREADY_EXISTS');
    expect(reasonNamesFile('/voices/a.index', refusal.reason)).toBe(false);
    const listed = message('outputs_exist', { files: '/voices/a.index, /voices/total_fea.npy', count: 2 });
    expect(reasonNamesFile('/voices/a.index', listed)).toBe(true);
    expect(reasonNamesFile('/voices/b.index', listed)).toBe(false);
  });

  it('an ErrorInfo from elsewhere keeps its reason only when the code and parameters fit', () => {
    const good = { code: 'INVALID_INPUT' as const, message: 'm', reason: { code: 'npy_no_magic', params: {} } };
    expect(fromErrorInfo(good as never).reason).toEqual(message('npy_no_magic'));
    const unknown = { ...good, reason: { code: 'no_such_code', params: {} } };
    expect(fromErrorInfo(unknown as never).reason).toBeUndefined();
  });

  it('the Backend dispatch answers refused methods and requests with a reason', async () => {
    // a Backend whose methods are never reached: the request is refused first
    const backend = new Proxy({}, { get: () => () => Promise.resolve({}) }) as Backend;
    const unknown = await dispatch(backend, 'nope', {});
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'method', reason: { code: 'request_unknown_method' } },
    });
    const invalid = await dispatch(backend, 'build', { experiment: '/x', nprobe: 1.5 });
    expect(invalid).toMatchObject({ ok: false, error: { field: 'nprobe', reason: { code: 'request_invalid' } } });
    const tooSmall = await dispatch(backend, 'build', { experiment: '/x', k_factor: 0.5 });
    expect(tooSmall).toMatchObject({
      ok: false,
      error: { field: 'k_factor', reason: { code: 'request_below_min', params: { min: 1, inclusive: 'yes' } } },
    });
  });

  it('no source makes an ErrorInfo by hand, where a reason could be forgotten', () => {
    // AppError's type requires a reason; an object literal with an error code would not
    const literal = new RegExp(`code: '(${errorCodes.join('|')})', message:`);
    const root = path.resolve(__dirname, '../..');
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'src' && dir.endsWith('native') ? [] : sources(file);
        return /\.tsx?$/.test(entry.name) ? [file] : [];
      });
    const files = ['app', 'main', 'renderer'].flatMap((dir) => sources(path.join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    const made = files.filter((file) => literal.test(fs.readFileSync(file, 'utf8')));
    // toErrorInfo's fallback for what is not an AppError (a bug of ours: INTERNAL, no reason to give)
    expect(made.map((file) => path.relative(root, file))).toEqual([path.join('app', 'errors.ts')]);
  });
});
