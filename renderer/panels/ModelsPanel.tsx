// 6 · Models: a library of voice models (a folder or .zip): the doctor's table, the recall estimate
// with its interval and caveat, and batch re-tune / share-zip actions. Strings: the catalogue's models.* keys (modelsMessages.ts).
import { useState } from 'react';
import type { DoctorResult, LibraryModel, RetuneResult, ShareResult } from '../../app/models/api';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { TableHead } from '../components/TableHead';
import { describeError } from '../lib/errors';
import { dirName, joinPath } from '../lib/pathInput';
import type { Studio } from '../state/useStudio';
import { useI18n } from '../i18n/LocaleProvider';
import { modelsText } from './modelsMessages';

let jobCounter = 0;
const newJobId = (kind: string) => `models-${kind}-${++jobCounter}`;

function RecallCell({ model }: { model: LibraryModel }) {
  const i18n = useI18n();
  const t = modelsText(i18n);
  const estimate = model.recall_estimate;
  if (!estimate) {
    const reason = model.estimate && 'reason' in model.estimate ? i18n.message(model.estimate.reason) : undefined;
    return <span title={reason}>{model.index ? t.noEstimate : t.none}</span>;
  }
  return (
    <span data-testid="model-recall" data-recall={estimate.recall_at_k}>
      ≈{i18n.recall(estimate.recall_at_k)}{' '}
      <small>
        ({i18n.recall(estimate.low)}–{i18n.recall(estimate.high)})
      </small>
    </span>
  );
}

function Findings({ model }: { model: LibraryModel }) {
  const i18n = useI18n();
  const t = modelsText(i18n);
  if (model.findings.length === 0) return <span className="badge ok">{t.ok}</span>;
  return (
    <span className="badges">
      {model.findings.map((finding) => (
        <span
          key={finding.code}
          className={`badge ${finding.severity}`}
          data-testid="finding-badge"
          data-code={finding.code}
          title={i18n.message(finding)}
        >
          {finding.code}
        </span>
      ))}
    </span>
  );
}

export function ModelsPanel({ studio, onInspect }: { studio: Studio; onInspect: (path: string) => void }) {
  const i18n = useI18n();
  const t = modelsText(i18n);
  const { client } = studio;
  const [path, setPath] = useState('');
  const [library, setLibrary] = useState<DoctorResult | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [job, setJob] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [byTarget, setByTarget] = useState(false);
  const [nprobe, setNprobe] = useState(8);
  const [target, setTarget] = useState(0.95);
  const [retuned, setRetuned] = useState<RetuneResult | null>(null);
  const [shared, setShared] = useState<ShareResult | null>(null);

  const run = async <T,>(kind: string, call: (jobId: string) => Promise<T>): Promise<T | null> => {
    const jobId = newJobId(kind);
    setJob(jobId);
    setError(null);
    try {
      return await call(jobId);
    } catch (e) {
      setError(i18n.phrase(describeError(e)));
      return null;
    } finally {
      setJob(null);
    }
  };

  const open = async (typed: string) => {
    const chosen = typed.trim() || (await client.pickPath?.('folder')) || '';
    if (!chosen) return;
    setPath(chosen);
    setRetuned(null);
    setShared(null);
    const result = await run('doctor', (job_id) => client.doctor({ path: chosen, job_id }));
    if (result) {
      setLibrary(result);
      setSelected(new Set());
    }
  };

  const toggle = (pth: string) => {
    const next = new Set(selected);
    if (next.has(pth)) next.delete(pth);
    else next.add(pth);
    setSelected(next);
  };

  const retune = async () => {
    if (!library) return;
    const request = byTarget ? { target_recall: target } : { nprobe };
    const result = await run('retune', (job_id) =>
      client.retune({ path: library.root, models: [...selected], job_id, ...request }),
    );
    if (result) setRetuned(result);
  };

  const chosenModels = library ? library.models.filter((m) => selected.has(m.pth)) : [];
  const shareable = chosenModels.length === 1 && chosenModels[0].index !== null && !chosenModels[0].in_zip;
  const share = async () => {
    const model = chosenModels[0];
    const out = joinPath(dirName(model.pth), `${model.name}.share.zip`);
    const result = await run('share', (job_id) => client.share({ pth: model.pth, index: model.index!, out, job_id }));
    if (result) setShared(result);
  };

  return (
    <section className="panel" id="models" aria-labelledby="models-title">
      <h2 id="models-title">
        <span className="step">6</span> {t.title}
      </h2>
      <Hint>{t.intro}</Hint>
      <PathField
        client={client}
        label={t.pathLabel}
        value={path}
        onChange={setPath}
        onSubmit={(p) => void open(p)}
        accept={['file']}
        pickKind="folder"
        placeholder={t.pathPlaceholder}
        inputTestId="models-path"
      />
      <div className="button-row">
        <button type="button" data-testid="models-open" onClick={() => void open(path)} disabled={job !== null}>
          {t.open}
        </button>
        {job !== null && (
          <>
            <span className="hint" role="status">
              {t.reading}
            </span>
            <button type="button" onClick={() => void client.cancel({ job_id: job })}>
              {t.cancel}
            </button>
          </>
        )}
      </div>
      {error && <Notices errors={[error]} />}
      {library && (
        <>
          <p className="path-line">
            <code>{library.root}</code> · {t.modelsFound(library.models.length)}
          </p>
          <div className="table-wrap">
            <table className="compare models-table" data-testid="models-table">
              <TableHead
                columns={[
                  t.columns.select,
                  t.columns.name,
                  t.columns.version,
                  t.columns.dims,
                  t.columns.indexType,
                  t.columns.frames,
                  t.columns.size,
                  t.columns.nprobe,
                  t.columns.recall,
                  t.columns.findings,
                  t.columns.actions,
                ].map((label) => ({ label }))}
              />
              <tbody>
                {library.models.map((m) => (
                  <tr key={m.pth} data-testid="model-row" data-name={m.name}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t.selectRow(m.name)}
                        checked={selected.has(m.pth)}
                        onChange={() => toggle(m.pth)}
                      />
                    </td>
                    <td title={m.pth}>{m.name}</td>
                    <td>{m.version ?? t.none}</td>
                    <td>{m.dim ?? t.none}</td>
                    <td>{m.index_type ?? t.none}</td>
                    <td>{m.ntotal === null ? t.none : i18n.count(m.ntotal)}</td>
                    <td>{m.size_bytes === null ? t.none : i18n.bytes(m.size_bytes)}</td>
                    <td>{m.nprobe ?? t.none}</td>
                    <td>
                      <RecallCell model={m} />
                    </td>
                    <td>
                      <Findings model={m} />
                    </td>
                    <td>
                      {m.index !== null && !m.in_zip && (
                        <button type="button" className="link" onClick={() => onInspect(m.index!)}>
                          {t.inspect}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint" data-testid="models-caveat">
            {t.caveat}
          </p>
          {library.unpaired_indexes.length > 0 && <Hint>{t.unpaired(library.unpaired_indexes.length)}</Hint>}
          <Notices warnings={library.refused.map((r) => `${t.refused}: ${r.path}: ${i18n.message(r.reason)}`)} />
          <fieldset className="resave">
            <legend>{t.retuneLegend}</legend>
            <div className="field-grid">
              <label>
                {t.retuneMode}
                <select
                  value={byTarget ? 'target' : 'fixed'}
                  onChange={(e) => setByTarget(e.target.value === 'target')}
                >
                  <option value="fixed">{t.fixed}</option>
                  <option value="target">{t.target}</option>
                </select>
              </label>
              {byTarget ? (
                <label>
                  {t.targetRecall}
                  <input
                    type="number"
                    min={0.5}
                    max={1}
                    step={0.01}
                    value={target}
                    onChange={(e) => setTarget(Math.min(1, Math.max(0.01, Number(e.target.value) || 0.95)))}
                  />
                </label>
              ) : (
                <label>
                  {t.nprobe}
                  <input
                    type="number"
                    data-testid="retune-nprobe"
                    min={1}
                    value={nprobe}
                    onChange={(e) => setNprobe(Math.max(1, Math.round(Number(e.target.value) || 1)))}
                  />
                </label>
              )}
            </div>
            <div className="button-row">
              <button
                type="button"
                data-testid="retune-button"
                disabled={selected.size === 0 || job !== null}
                onClick={() => void retune()}
              >
                {t.retune(selected.size)}
              </button>
              <button
                type="button"
                data-testid="share-button"
                disabled={!shareable || job !== null}
                title={shareable ? undefined : t.shareHint}
                onClick={() => void share()}
              >
                {t.share}
              </button>
            </div>
            {retuned && (
              <div data-testid="retune-result" data-files={retuned.files.length}>
                <p className="hint ok">{t.retuned(retuned.files.length, retuned.skipped.length)}</p>
                <ul className="files">
                  {retuned.files.map((file) => (
                    <li key={file}>
                      <code>{file}</code>
                    </li>
                  ))}
                </ul>
                <Notices warnings={retuned.skipped.map((s) => `${s.name}: ${i18n.message(s.reason)}`)} />
              </div>
            )}
            {shared && (
              <p className="hint ok" data-testid="share-result">
                {t.shared(shared.output)}
              </p>
            )}
          </fieldset>
        </>
      )}
    </section>
  );
}
