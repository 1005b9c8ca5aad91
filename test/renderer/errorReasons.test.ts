// What the renderer shows for errors made by the Backend, the engine's request checks and the
// export's destination check: their coded reasons, in the user's language, whatever transport
// (the browser client's AppError, or Electron's bridged text) carried them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planBuild } from '../../app/buildPlan';
import { AppError, appError, bridgedErrorText, toErrorInfo } from '../../app/errors';
import { englishCatalogue } from '../../app/messages/en';
import { validateRequest } from '../../main/backend';
import { checkDestinations } from '../../main/fsx/destination';
import { createI18n } from '../../renderer/i18n/i18n';
import { describeError } from '../../renderer/lib/errors';

const thrown = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};
/** As Electron's contextBridge hands it to the page: only the message survives. */
const bridged = (error: AppError) => new Error(bridgedErrorText(toErrorInfo(error)));
const shown = (locale: 'en' | 'ru' | 'ja', error: unknown) => createI18n(locale).phrase(describeError(error));

describe('argument errors in the user’s language', () => {
  it('an n_probe above the number of lists, from the build plan', () => {
    const error = thrown(() => planBuild({ factory: 'IVF16,Flat', nprobe: 20 }, 1000, 32));
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'nprobe' });
    expect(shown('en', error)).toBe('nprobe 20 is larger than the number of lists (16)');
    expect(shown('ru', bridged(error))).toBe('nprobe 20 больше числа списков (16)');
    expect(shown('ja', error)).toBe('nprobe 20 がリスト数（16）より大きいです');
  });

  it('an n_probe the request schema refuses, with its English text kept for the CLI', () => {
    const error = thrown(() => validateRequest('build', { experiment: '/x', nprobe: 0 }));
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'nprobe' });
    expect(error.message).toMatch(/^build: nprobe: /);
    expect(shown('ru', bridged(error))).toBe('nprobe должен быть не меньше 1 (запрос build)');
    expect(shown('ja', error)).toBe('nprobe は 1 以上にしてください（リクエスト build）');
  });
});

describe('an engine crash', () => {
  it('says what stopped, and what to do, in the user’s language', () => {
    const crash = appError('ENGINE_CRASHED', 'engine_worker_stopped', { reason: 'exit code 134', lost: 'i1, i2' });
    expect(shown('en', bridged(crash))).toBe(
      'the engine worker stopped unexpectedly (exit code 134); indexes lost: i1, i2 (build them again). A new engine starts with the next job; build again to continue.',
    );
    const ru = shown('ru', bridged(crash));
    expect(ru).toMatch(/^рабочий процесс движка неожиданно остановился \(exit code 134\); потеряны индексы: i1, i2/);
    expect(ru).not.toMatch(/stopped|build again/);
  });
});

describe('an export refused because its files exist', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists every existing file, in the user’s language', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rvc-exists-'));
    const [index, features, absent] = ['added.index', 'total_fea.npy', 'report.json'].map((f) => path.join(dir, f));
    fs.writeFileSync(index, '');
    fs.writeFileSync(features, '');
    const error = thrown(() => checkDestinations([index, features, absent], false));
    expect(error).toMatchObject({ code: 'ALREADY_EXISTS', file: index });
    expect(error.reason).toMatchObject({ code: 'outputs_exist', params: { files: `${index}, ${features}`, count: 2 } });
    // the CLI's English text names both, and so does every language (never only the first)
    expect(shown('en', bridged(error))).toBe(error.message);
    expect(error.message).toBe(`${index}, ${features}: already exist: nothing was written (use --force to overwrite)`);
    for (const locale of ['ru', 'ja'] as const) {
      const text = shown(locale, bridged(error));
      expect(text.startsWith(`${index}, ${features}`), text).toBe(true);
      expect(text).not.toContain(absent);
      expect(text).not.toContain(englishCatalogue.outputs_exist.slice(-40));
    }
    expect(shown('ru', error)).toContain('уже существуют');
  });
});
