// 5 · Inspect: any faiss .index file — a downloaded model's too — read by the pure-TypeScript
// reader: what it is, its stored n_probe / k_factor, the list sizes, the node tree; and a re-saved
// copy with a new n_probe / k_factor, no rebuild.
import { useState } from 'react';
import type { InspectResult, SetParamsResult } from '../../app/contract';
import { clusterStats } from '../../app/clusterStats';
import { inspectFaissBytes, patchSearchParams } from '../../app/faissFile';
import { formatBytes, formatCount } from '../../app/format';
import { texts } from '../../app/messages';
import { HistogramChart } from '../charts/HistogramChart';
import { FaissTree } from '../components/FaissTree';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { download } from '../lib/chartPng';
import { describeError } from '../lib/errors';
import { resavedName } from '../../app/rvc/names';
import { baseName } from '../lib/pathInput';
import type { ChartTheme } from '../lib/theme';
import type { InspectSource, Inspection } from '../state/useInspection';
import type { Studio } from '../state/useStudio';

function Resave({
  studio,
  result,
  source,
  onInspect,
}: {
  studio: Studio;
  result: InspectResult;
  source: InspectSource;
  onInspect: (output: string) => void;
}) {
  const [nprobe, setNprobe] = useState(result.nprobe ?? 1);
  const [kFactor, setKFactor] = useState(result.k_factor ?? 1);
  const [out, setOut] = useState('');
  const [force, setForce] = useState(false);
  const [saved, setSaved] = useState<SetParamsResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // a newly inspected file starts from its own stored values
  const [shownFor, setShownFor] = useState(result);
  if (shownFor !== result) {
    setShownFor(result);
    setNprobe(result.nprobe ?? 1);
    setKFactor(result.k_factor ?? 1);
    setSaved(null);
    setError(null);
  }
  if (result.nprobe === null && result.k_factor === null)
    return <Hint>This index has no stored n_probe or k_factor to change.</Hint>;
  const target =
    out.trim() ||
    resavedName(result.path, result.nprobe === null ? null : nprobe, result.k_factor === null ? null : kFactor);
  const save = async () => {
    setError(null);
    try {
      if (source.kind === 'local') {
        const params = {
          nprobe: result.nprobe === null ? undefined : nprobe,
          k_factor: result.k_factor === null ? undefined : kFactor,
        };
        const patched = patchSearchParams(source.bytes, params, result.path);
        const copy = inspectFaissBytes(patched, baseName(target));
        download(
          new Blob([patched as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
          baseName(target),
        );
        setSaved({ output: baseName(target), nprobe: copy.nprobe, k_factor: copy.k_factor });
        return;
      }
      const value = await studio.client.setParams({
        path: result.path,
        out: target,
        nprobe: result.nprobe === null ? undefined : nprobe,
        k_factor: result.k_factor === null ? undefined : kFactor,
        force,
      });
      setSaved(value);
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <fieldset className="resave">
      <legend>Re-save with other search settings (no rebuild)</legend>
      <div className="field-grid">
        {result.nprobe !== null && (
          <label>
            n_probe (1–{result.nlist ?? '?'})
            <input
              type="number"
              data-testid="resave-nprobe"
              min={1}
              max={result.nlist ?? undefined}
              value={nprobe}
              onChange={(e) => setNprobe(Math.max(1, Math.round(Number(e.target.value) || 1)))}
            />
          </label>
        )}
        {result.k_factor !== null && (
          <label>
            k_factor
            <input
              type="number"
              min={1}
              max={1024}
              step={0.5}
              value={kFactor}
              onChange={(e) => setKFactor(Math.max(1, Number(e.target.value) || 1))}
            />
          </label>
        )}
      </div>
      <label className="block">
        {source.kind === 'local' ? 'Download as' : 'Save as'}
        <input
          type="text"
          spellCheck={false}
          value={out}
          placeholder={target}
          onChange={(e) => setOut(e.target.value)}
        />
      </label>
      {source.kind === 'server' && (
        <label>
          <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> overwrite if it exists
        </label>
      )}
      <div className="button-row">
        <button type="button" data-testid="resave-button" onClick={() => void save()}>
          Save copy
        </button>
      </div>
      {error && <Notices errors={[error]} />}
      {saved && (
        <p className="hint ok">
          ✓ Wrote <code>{saved.output}</code> with n_probe {saved.nprobe ?? '—'}
          {saved.k_factor !== null ? `, k_factor ${saved.k_factor}` : ''}.{' '}
          {source.kind === 'server' && (
            <button type="button" className="link" onClick={() => onInspect(saved.output)}>
              Inspect the copy
            </button>
          )}
        </p>
      )}
    </fieldset>
  );
}

export function InspectPanel({
  studio,
  theme,
  inspection,
}: {
  studio: Studio;
  theme: ChartTheme;
  inspection: Inspection;
}) {
  const { client } = studio;
  const { path, setPath, result, source, error, loading, inspectLocal, inspectPath: inspect } = inspection;

  const open = async () => {
    if (path.trim()) return inspect(path);
    const picked = await client.pickPath?.('index');
    if (picked) return inspect(picked);
  };

  const stats = result && result.list_sizes.length > 0 ? clusterStats(result.list_sizes) : null;
  const recentIndexes = studio.recent.indexes;
  return (
    <section className="panel" id="inspect" aria-labelledby="inspect-title">
      <h2 id="inspect-title">
        <span className="step">5</span> Inspect an index file
      </h2>
      <Hint>
        Open any faiss <code>.index</code> — one you exported, or one that came with a downloaded voice model — to see
        what it is and which n_probe RVC will use.
      </Hint>
      <PathField
        client={client}
        label=".index file"
        value={path}
        onChange={setPath}
        onSubmit={(p) => void inspect(p)}
        accept={['index']}
        pickKind="index"
        placeholder="…/added_IVF769_Flat_nprobe_1_my-voice_v2.index"
        inputTestId="inspect-path"
      />
      <div className="button-row">
        <button
          type="button"
          data-testid="inspect-open"
          onClick={() => void open()}
          disabled={loading || (client.platform === 'browser' && !path.trim())}
        >
          {path.trim() || client.platform === 'browser' ? 'Inspect' : 'Open .index…'}
        </button>
        {client.platform === 'browser' && (
          <label className="file-button">
            <input
              type="file"
              accept=".index"
              onChange={(e) => e.target.files?.[0] && void inspectLocal(e.target.files[0])}
            />
            <span>…or a file on this computer</span>
          </label>
        )}
        {recentIndexes.length > 0 && (
          <select
            aria-label="recent index files"
            value=""
            onChange={(e) => e.target.value && void inspect(e.target.value)}
          >
            <option value="">Recent files…</option>
            {recentIndexes.map((file) => (
              <option key={file} value={file}>
                {file}
              </option>
            ))}
          </select>
        )}
      </div>
      {loading && (
        <p className="hint" role="status">
          Reading…
        </p>
      )}
      {error && <Notices errors={[error]} />}
      {result && (
        <div
          className="inspect-result"
          data-testid="inspect-result"
          data-type={result.type}
          data-ntotal={result.ntotal}
          data-nprobe={result.nprobe ?? ''}
        >
          <dl className="facts">
            <div>
              <dt>Type</dt>
              <dd>{result.type}</dd>
            </div>
            <div>
              <dt>Vectors</dt>
              <dd>
                {formatCount(result.ntotal)} × {result.d}
              </dd>
            </div>
            <div>
              <dt>Metric</dt>
              <dd>{result.metric}</dd>
            </div>
            <div>
              <dt>Lists (nlist)</dt>
              <dd>{result.nlist === null ? '—' : formatCount(result.nlist)}</dd>
            </div>
            <div>
              <dt>Stored n_probe</dt>
              <dd>{result.nprobe ?? '—'}</dd>
            </div>
            <div>
              <dt>Stored k_factor</dt>
              <dd>{result.k_factor ?? '—'}</dd>
            </div>
            <div>
              <dt>File size</dt>
              <dd>{formatBytes(result.file_bytes)}</dd>
            </div>
            <div>
              <dt>Imbalance</dt>
              <dd>{result.imbalance === null ? '—' : result.imbalance.toFixed(3)}</dd>
            </div>
          </dl>
          <p className="path-line">
            <code>{result.path}</code>
            {source.kind === 'local' ? ' (read in this browser; a re-saved copy downloads)' : ''}
          </p>
          {result.nprobe !== null && (
            <Hint>
              RVC searches {result.nprobe} of the {formatCount(result.nlist ?? 0)} lists for every frame of your song:{' '}
              {result.nprobe === 1
                ? 'that is RVC’s default and finds roughly two thirds of the true neighbours; a few more lists cost little.'
                : 'a value chosen for more recall than RVC’s default 1.'}
            </Hint>
          )}
          <Notices errors={result.error ? [result.error.text] : []} warnings={texts(result.warnings)} />
          <HistogramChart
            stats={stats}
            title="List sizes"
            theme={theme}
            testId="inspect-histogram"
            emptyText="Not an IVF index: no inverted lists."
          />
          <h3>Structure</h3>
          <div className="tree">
            <FaissTree node={result.tree} />
          </div>
          <Resave studio={studio} result={result} source={source} onInspect={(output) => void inspect(output)} />
        </div>
      )}
    </section>
  );
}
