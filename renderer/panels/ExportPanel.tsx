// 4 · Export: RVC-ready files of the selected build with its n_probe (and k_factor) stored in
// the file — RVC never changes them — plus total_fea.npy, the sweep report (JSON + CSV) and PNGs
// of the charts. The Backend checks RVC compatibility and writes atomically.
import { useState } from 'react';
import type { ExportResult } from '../../app/contract';
import type { MessageKey } from '../../app/i18n';
import { rvcIndexFileName, rvcVersionFor } from '../../app/rvc/names';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { chartToPng, download, slug } from '../lib/chartPng';
import { describeError, errorInfoOf } from '../lib/errors';
import { kFactorRisk } from '../lib/hints';
import type { Phrase } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';
import { baseName } from '../lib/pathInput';
import type { ChartTheme } from '../lib/theme';
import type { Studio } from '../state/useStudio';

const CHARTS: { testId: string; title: MessageKey }[] = [
  { testId: 'recall-chart', title: 'export.chart.recall' },
  { testId: 'pareto-chart', title: 'export.chart.pareto' },
  { testId: 'histogram-chart', title: 'export.chart.histogram' },
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
  const i18n = useI18n();
  const { active, experiment, job } = studio;
  const info = experiment.info;
  const [outDir, setOutDir] = useState('');
  const [totalFea, setTotalFea] = useState(false);
  const [trained, setTrained] = useState(false);
  const [report, setReport] = useState(true);
  const [force, setForce] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<{ text: Phrase; exists: boolean } | null>(null);
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
          <span className="step">4</span> {i18n.t('panel.exportForRvc')}
        </h2>
        <p className="empty">{i18n.t('export.empty')}</p>
        <button type="button" className="primary" data-testid="export-button" disabled>
          {i18n.t('export.button')}
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
        ? await chartToPng(figure, `${i18n.t(chart.title)} — ${active.result.label} (${info.name})`, theme)
        : null;
      if (blob) {
        download(blob, `${info.name}-${slug(active.result.label)}-${chart.testId.replace('-chart', '')}.png`);
        saved++;
      }
    }
    setPngNote(saved > 0 ? i18n.t('export.pngs', { count: saved }) : i18n.t('export.noPng'));
  };

  return (
    <section className="panel" id="export" aria-labelledby="export-title">
      <h2 id="export-title">
        <span className="step">4</span> {i18n.t('panel.exportForRvc')}
      </h2>
      <p>
        {i18n.rich('export.summary', {
          label: active.result.label,
          nprobe: active.nprobe === null ? 'none' : String(active.nprobe),
          kFactor: active.kFactor === null ? 'none' : i18n.count(active.kFactor),
          what: active.config.compress ? 'centroids' : active.config.expand ? 'expanded' : 'frames',
          centroids: i18n.count(active.config.centroids),
          expanded: active.config.expand ? 'yes' : 'no',
        })}
      </p>
      <p className="file-name">
        <code>{name}</code>
      </p>
      <Notices
        warnings={[
          ...(active.result.metric !== 'l2' ? [i18n.t('export.ipWarning')] : []),
          ...(active.kFactor !== null && kFactorRisk(i18n, active.kFactor) ? [kFactorRisk(i18n, active.kFactor)!] : []),
        ]}
      />
      <PathField
        client={studio.client}
        label={i18n.t('export.folder')}
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
        <legend>{i18n.t('export.also')}</legend>
        <label>
          <input type="checkbox" checked={report} onChange={(e) => setReport(e.target.checked)} />{' '}
          {i18n.t('export.report')}
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="export-total-fea"
            checked={totalFea}
            onChange={(e) => setTotalFea(e.target.checked)}
          />{' '}
          {i18n.t('export.totalFea')}
        </label>
        <label>
          <input type="checkbox" checked={trained} onChange={(e) => setTrained(e.target.checked)} />{' '}
          {i18n.t('export.trained')}
        </label>
        <label>
          <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
          {i18n.t('export.force')}
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
          {i18n.t('export.buttonOf', { label: active.result.label })}
        </button>
        <button type="button" data-testid="save-pngs" onClick={() => void savePngs()}>
          {i18n.t('export.savePngs')}
        </button>
      </div>
      {pngNote && (
        <p className="hint small" data-testid="png-note">
          {pngNote}
        </p>
      )}
      {error && (
        <Notices errors={[i18n.phrase(error.text)]} infos={error.exists ? [i18n.t('export.existsHint')] : []} />
      )}
      {result && (
        <div className="export-result" data-testid="export-result" data-files={result.files.length}>
          <h3>{i18n.t('export.written')}</h3>
          <ul className="files">
            {result.files.map((file) => (
              <li key={file}>
                <code title={file}>{file}</code>
                {file.endsWith('.index') && (
                  <button type="button" className="link" onClick={() => onInspect(file)}>
                    {i18n.t(baseName(file).startsWith('trained') ? 'export.inspectTrained' : 'export.inspectIt')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <h3>{i18n.t('export.checks')}</h3>
          <ul className="check-list">
            {result.checks.map((check) => (
              <li key={check.name} className={check.ok ? 'ok' : 'bad'}>
                <span aria-label={i18n.t(check.ok ? 'export.passed' : 'export.failed')}>{check.ok ? '✓' : '✗'}</span>{' '}
                <strong>{check.name}</strong>: {i18n.message(check.detail)}
              </li>
            ))}
          </ul>
          <Notices warnings={result.notices.map((notice) => i18n.message(notice))} />
          <Hint>
            {i18n.t('export.copyHint', {
              nprobe: result.nprobe === null ? 'none' : 'some',
              lists: result.nprobe ?? 0,
            })}
          </Hint>
        </div>
      )}
    </section>
  );
}
