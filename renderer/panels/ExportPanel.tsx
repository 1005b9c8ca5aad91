// 4 · Export: RVC-ready files of the selected build with its n_probe (and k_factor) stored in
// the file — RVC never changes them — plus total_fea.npy, the sweep report (JSON + CSV) and PNGs
// of the charts. The Backend checks RVC compatibility and writes atomically.
import { useState } from 'react';
import type { ExportResult } from '../../app/contract';
import { formatCount } from '../../app/format';
import { rvcIndexFileName, rvcVersionFor } from '../../app/rvc/names';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { chartToPng, download, slug } from '../lib/chartPng';
import { describeError, errorInfoOf } from '../lib/errors';
import { kFactorRisk } from '../lib/hints';
import { baseName } from '../lib/pathInput';
import type { ChartTheme } from '../lib/theme';
import type { Studio } from '../state/useStudio';

const CHARTS = [
  { testId: 'recall-chart', title: 'Recall and latency vs n_probe' },
  { testId: 'pareto-chart', title: 'Recall vs latency, every build' },
  { testId: 'histogram-chart', title: 'List sizes' },
];

export function ExportPanel({
  studio,
  theme,
  onInspect,
}: {
  studio: Studio;
  theme: ChartTheme;
  onInspect: (path: string) => void;
}) {
  const { active, experiment, job } = studio;
  const info = experiment.info;
  const [outDir, setOutDir] = useState('');
  const [totalFea, setTotalFea] = useState(false);
  const [trained, setTrained] = useState(false);
  const [report, setReport] = useState(true);
  const [force, setForce] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<{ text: string; exists: boolean } | null>(null);
  const [pngNote, setPngNote] = useState<string | null>(null);
  const running = job?.state === 'running';
  const activeId = active?.result.index_id;
  // another build's export starts without the last one's result
  const [shownFor, setShownFor] = useState(activeId);
  if (shownFor !== activeId) {
    setShownFor(activeId);
    setResult(null);
    setError(null);
  }

  if (!active || !info) {
    return (
      <section className="panel" id="export" aria-labelledby="export-title">
        <h2 id="export-title">
          <span className="step">4</span> Export for RVC
        </h2>
        <p className="empty">Build and select an index first; the export writes it with the n_probe you chose.</p>
        <button type="button" className="primary" data-testid="export-button" disabled>
          Export
        </button>
      </section>
    );
  }
  const name = rvcIndexFileName(
    'added',
    active.result.factory,
    active.nprobe,
    info.name,
    rvcVersionFor(info.version, info.d),
  );
  const run = async () => {
    setError(null);
    setResult(null);
    try {
      setResult(
        await studio.exportActive({
          out_dir: outDir.trim() || undefined,
          total_fea: totalFea,
          trained,
          force,
          report,
        }),
      );
    } catch (e) {
      setError({ text: describeError(e), exists: errorInfoOf(e).code === 'ALREADY_EXISTS' });
    }
  };
  const savePngs = async () => {
    let saved = 0;
    for (const chart of CHARTS) {
      const figure = document.querySelector(`[data-testid="${chart.testId}"]`);
      const blob = figure
        ? await chartToPng(figure, `${chart.title} — ${active.result.label} (${info.name})`, theme)
        : null;
      if (blob) {
        download(blob, `${info.name}-${slug(active.result.label)}-${chart.testId.replace('-chart', '')}.png`);
        saved++;
      }
    }
    setPngNote(saved > 0 ? `${saved} chart PNG${saved === 1 ? '' : 's'} downloaded.` : 'No chart to save yet.');
  };

  return (
    <section className="panel" id="export" aria-labelledby="export-title">
      <h2 id="export-title">
        <span className="step">4</span> Export for RVC
      </h2>
      <p>
        <strong>{active.result.label}</strong> with{' '}
        {active.nprobe !== null ? (
          <>
            n_probe <strong>{active.nprobe}</strong>
          </>
        ) : (
          'its search settings'
        )}
        {active.kFactor !== null ? (
          <>
            {' '}
            and k_factor <strong>{active.kFactor}</strong>
          </>
        ) : null}{' '}
        stored in the file — RVC never changes them —{' '}
        {active.config.compress ? (
          <>
            and {formatCount(active.config.centroids)} k-means centroids computed again from every frame, the held-out
            ones included{active.config.expand ? ' (after α-expansion)' : ''}.
          </>
        ) : active.config.expand ? (
          <>and the α-expanded vectors of every frame, the held-out ones included.</>
        ) : (
          <>and every frame, the held-out ones added back.</>
        )}
      </p>
      <p className="file-name">
        <code>{name}</code>
      </p>
      <Notices
        warnings={[
          ...(active.result.metric !== 'l2'
            ? ['This index uses the inner-product metric; RVC weights neighbours by 1/distance² and assumes L2.']
            : []),
          ...(active.kFactor !== null && kFactorRisk(active.kFactor) ? [kFactorRisk(active.kFactor)!] : []),
        ]}
      />
      <PathField
        client={studio.client}
        label="Folder (empty: the experiment folder, where RVC looks)"
        value={outDir}
        onChange={setOutDir}
        onSubmit={setOutDir}
        accept={[]}
        pickKind="folder"
        placeholder={info.path}
        inputTestId="export-folder"
        disabled={running}
      />
      <fieldset className="checks">
        <legend>Also write</legend>
        <label>
          <input type="checkbox" checked={report} onChange={(e) => setReport(e.target.checked)} /> report of the n_probe
          sweep (.report.json and .report.csv)
        </label>
        <label>
          <input type="checkbox" checked={totalFea} onChange={(e) => setTotalFea(e.target.checked)} /> total_fea.npy
          (all frames, as older RVC keeps them)
        </label>
        <label>
          <input type="checkbox" checked={trained} onChange={(e) => setTrained(e.target.checked)} /> trained_… file (the
          empty trained index RVC also writes)
        </label>
        <label>
          <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> overwrite files that
          exist
        </label>
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          data-testid="export-button"
          onClick={() => void run()}
          disabled={running}
        >
          Export {active.result.label}
        </button>
        <button type="button" onClick={() => void savePngs()}>
          Save chart PNGs
        </button>
      </div>
      {pngNote && <p className="hint small">{pngNote}</p>}
      {error && (
        <Notices
          errors={[error.text]}
          infos={error.exists ? ['Tick “overwrite files that exist” to replace them, or choose another folder.'] : []}
        />
      )}
      {result && (
        <div className="export-result" data-testid="export-result" data-files={result.files.length}>
          <h3>Written</h3>
          <ul className="files">
            {result.files.map((file) => (
              <li key={file}>
                <code title={file}>{file}</code>
                {file.endsWith('.index') && (
                  <button type="button" className="link" onClick={() => onInspect(file)}>
                    inspect {baseName(file).startsWith('trained') ? 'trained file' : 'it'}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <h3>RVC compatibility checks</h3>
          <ul className="check-list">
            {result.checks.map((check) => (
              <li key={check.name} className={check.ok ? 'ok' : 'bad'}>
                <span aria-label={check.ok ? 'passed' : 'failed'}>{check.ok ? '✓' : '✗'}</span>{' '}
                <strong>{check.name}</strong>: {check.detail}
              </li>
            ))}
          </ul>
          <Notices warnings={result.warnings} />
          <Hint>
            Copy the added_… file next to your model (RVC's “index path”). RVC will search{' '}
            {result.nprobe === null ? 'it' : `${result.nprobe} list${result.nprobe === 1 ? '' : 's'}`} per frame.
          </Hint>
        </div>
      )}
    </section>
  );
}
