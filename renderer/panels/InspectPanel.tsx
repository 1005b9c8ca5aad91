// 5 · Inspect: any faiss .index file — a downloaded model's too — read by the pure-TypeScript
// reader: what it is, its stored n_probe / k_factor, the list sizes, the node tree; and a re-saved
// copy with a new n_probe / k_factor, no rebuild.
import { useState } from 'react';
import type { InspectResult, SetParamsResult } from '../../app/contract';
import { clusterStats } from '../../app/clusterStats';
import { inspectFaissBytes, patchSearchParams } from '../../app/faissFile';
import { HistogramChart } from '../charts/HistogramChart';
import { FaissTree } from '../components/FaissTree';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { download } from '../lib/chartPng';
import type { Phrase } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';
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
  const i18n = useI18n();
  const [nprobe, setNprobe] = useState(result.nprobe ?? 1);
  const [kFactor, setKFactor] = useState(result.k_factor ?? 1);
  const [out, setOut] = useState('');
  const [force, setForce] = useState(false);
  const [saved, setSaved] = useState<SetParamsResult | null>(null);
  const [error, setError] = useState<Phrase | null>(null);
  // a newly inspected file starts from its own stored values
  const [shownFor, setShownFor] = useState(result);
  if (shownFor !== result) {
    setShownFor(result);
    setNprobe(result.nprobe ?? 1);
    setKFactor(result.k_factor ?? 1);
    setSaved(null);
    setError(null);
  }
  if (result.nprobe === null && result.k_factor === null) return <Hint>{i18n.t('inspect.noParams')}</Hint>;
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
      <legend>{i18n.t('inspect.resave')}</legend>
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
        {i18n.t(source.kind === 'local' ? 'inspect.downloadAs' : 'inspect.saveAs')}
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
          <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
          {i18n.t('inspect.overwrite')}
        </label>
      )}
      <div className="button-row">
        <button type="button" data-testid="resave-button" onClick={() => void save()}>
          {i18n.t('inspect.saveCopy')}
        </button>
      </div>
      {error && <Notices errors={[i18n.phrase(error)]} />}
      {saved && (
        <p className="hint ok">
          {i18n.rich('inspect.wrote', {
            output: saved.output,
            nprobe: saved.nprobe ?? '—',
            kFactor: saved.k_factor === null ? 'none' : String(saved.k_factor),
          })}{' '}
          {source.kind === 'server' && (
            <button type="button" className="link" data-testid="inspect-copy" onClick={() => onInspect(saved.output)}>
              {i18n.t('inspect.inspectCopy')}
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
  const i18n = useI18n();
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
        <span className="step">5</span> {i18n.t('panel.inspectFile')}
      </h2>
      <Hint>{i18n.rich('inspect.intro')}</Hint>
      <PathField
        client={client}
        label={i18n.t('inspect.fileLabel')}
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
          {i18n.t(path.trim() || client.platform === 'browser' ? 'inspect.inspect' : 'inspect.openFile')}
        </button>
        {client.platform === 'browser' && (
          <label className="file-button">
            <input
              type="file"
              accept=".index"
              onChange={(e) => e.target.files?.[0] && void inspectLocal(e.target.files[0])}
            />
            <span>{i18n.t('inspect.localFile')}</span>
          </label>
        )}
        {recentIndexes.length > 0 && (
          <select
            aria-label={i18n.t('inspect.recentLabel')}
            value=""
            onChange={(e) => e.target.value && void inspect(e.target.value)}
          >
            <option value="">{i18n.t('inspect.recent')}</option>
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
          {i18n.t('inspect.reading')}
        </p>
      )}
      {error && <Notices errors={[i18n.phrase(error)]} />}
      {result && (
        <div
          className="inspect-result"
          data-testid="inspect-result"
          data-type={result.type}
          data-ntotal={result.ntotal}
          data-nprobe={result.nprobe ?? ''}
          data-source={source.kind}
        >
          <dl className="facts">
            <div>
              <dt>{i18n.t('inspect.type')}</dt>
              <dd>{result.type}</dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.vectors')}</dt>
              <dd>
                {i18n.count(result.ntotal)} × {result.d}
              </dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.metric')}</dt>
              <dd>{result.metric}</dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.nlist')}</dt>
              <dd>{result.nlist === null ? '—' : i18n.count(result.nlist)}</dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.nprobe')}</dt>
              <dd>{result.nprobe ?? '—'}</dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.kFactor')}</dt>
              <dd>{result.k_factor ?? '—'}</dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.fileSize')}</dt>
              <dd>{i18n.bytes(result.file_bytes)}</dd>
            </div>
            <div>
              <dt>{i18n.t('inspect.imbalance')}</dt>
              <dd>{result.imbalance === null ? '—' : i18n.fixed(result.imbalance, 3)}</dd>
            </div>
          </dl>
          <p className="path-line">
            <code>{result.path}</code>
            {source.kind === 'local' ? i18n.t('inspect.localNote') : ''}
          </p>
          {result.nprobe !== null && (
            <Hint>
              {i18n.t('inspect.rvcSearches', {
                nprobe: result.nprobe,
                nlist: i18n.count(result.nlist ?? 0),
                rvcDefault: result.nprobe === 1 ? 'yes' : 'no',
              })}
            </Hint>
          )}
          <Notices
            errors={result.error ? [i18n.message(result.error)] : []}
            warnings={result.warnings.map((warning) => i18n.message(warning))}
          />
          <HistogramChart
            stats={stats}
            title={i18n.t('results.listSizes')}
            theme={theme}
            testId="inspect-histogram"
            emptyText={i18n.t('inspect.notIvf')}
          />
          <h3>{i18n.t('inspect.structure')}</h3>
          <div className="tree">
            <FaissTree node={result.tree} />
          </div>
          <Resave studio={studio} result={result} source={source} onInspect={(output) => void inspect(output)} />
        </div>
      )}
    </section>
  );
}
