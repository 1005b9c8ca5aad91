// The Inspect panel's file: read on the Backend (a path) or in this page (browser mode: a File),
// asked for by the panel itself, a drop, the menu or an export.
import { useCallback, useState } from 'react';
import type { InspectResult } from '../../app/contract';
import { inspectFaissBytes } from '../../app/faissFile';
import type { Phrase } from '../i18n/i18n';
import { describeError } from '../lib/errors';
import type { Studio } from './useStudio';

/** Where the inspected bytes are: on the Backend's disk, or in this page (a local file). */
export type InspectSource = { kind: 'server' } | { kind: 'local'; bytes: Uint8Array };

export function useInspection(studio: Studio) {
  const { client, setRecent } = studio;
  const [path, setPath] = useState('');
  const [result, setResult] = useState<InspectResult | null>(null);
  const [source, setSource] = useState<InspectSource>({ kind: 'server' });
  const [error, setError] = useState<Phrase | null>(null);
  const [loading, setLoading] = useState(false);

  const run = useCallback(async (read: () => Promise<{ result: InspectResult; source: InspectSource }>) => {
    setLoading(true);
    setError(null);
    try {
      const read_ = await read();
      setResult(read_.result);
      setSource(read_.source);
    } catch (e) {
      setResult(null);
      setError(describeError(e));
    } finally {
      setLoading(false);
    }
  }, []);

  /** a file on this computer (browser mode): read here by the same pure-TypeScript reader */
  const inspectLocal = useCallback(
    (file: File) =>
      run(async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        return {
          result: { path: file.name, ...inspectFaissBytes(bytes, file.name) },
          source: { kind: 'local', bytes },
        };
      }),
    [run],
  );

  /** a path the Backend can read */
  const inspectPath = useCallback(
    (file: string) => {
      if (!file.trim()) return Promise.resolve();
      setPath(file);
      return run(async () => {
        const value = await client.inspect({ path: file.trim() });
        client.recentAdd({ kind: 'index', path: value.path }).then(setRecent, () => undefined);
        return { result: value, source: { kind: 'server' } };
      });
    },
    [client, run, setRecent],
  );

  return { path, setPath, result, source, error, loading, inspectLocal, inspectPath };
}

export type Inspection = ReturnType<typeof useInspection>;
