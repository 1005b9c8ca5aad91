// The studio: Experiment and Index on the left, Results on the right, Export and Inspect below.
// Every panel is on one page (no hidden tabs), so every control is reachable by keyboard and
// scrolling. Drops: a folder opens as the experiment, an .index file goes to Inspect.
import { useEffect, useState, type DragEvent } from 'react';
import type { StudioClient } from '../app/client';
import { formatEngine } from '../app/format';
import { Notices } from './components/Notices';
import { LanguageSelect } from './i18n/LanguageSelect';
import { useI18n } from './i18n/LocaleProvider';
import { chartThemes, useColorScheme } from './lib/theme';
import { ExperimentPanel } from './panels/ExperimentPanel';
import { ExportPanel } from './panels/ExportPanel';
import { IndexPanel } from './panels/IndexPanel';
import { InspectPanel } from './panels/InspectPanel';
import { ModelsPanel } from './panels/ModelsPanel';
import { ResultsPanel } from './panels/ResultsPanel';
import { useInspection } from './state/useInspection';
import { useStudio } from './state/useStudio';

export function App({ client }: { client: StudioClient }) {
  const studio = useStudio(client);
  const i18n = useI18n();
  const scheme = useColorScheme();
  const theme = chartThemes[scheme];
  const inspection = useInspection(studio);
  const [dropNote, setDropNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const showInspect = () => document.getElementById('inspect')?.scrollIntoView({ behavior: 'smooth' });
  const inspectFile = (path: string) => {
    void inspection.inspectPath(path);
    showInspect();
  };

  useEffect(() => {
    document.documentElement.dataset.scheme = scheme;
  }, [scheme]);

  const { openExperiment, openSample } = studio;
  const { inspectPath } = inspection;
  useEffect(
    () =>
      client.onMenuCommand?.((command) => {
        if (command.command === 'open-experiment') void openExperiment(command.path);
        else if (command.command === 'open-index') {
          void inspectPath(command.path);
          showInspect();
        } else if (command.command === 'open-sample') void openSample();
        else if (command.command === 'export') document.getElementById('export')?.scrollIntoView();
      }),
    [client, openExperiment, openSample, inspectPath],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    const path = client.pathForFile?.(file) ?? null;
    if (path) {
      setDropNote(null);
      if (path.toLowerCase().endsWith('.index')) inspectFile(path);
      else void studio.openExperiment(path);
    } else if (file.name.toLowerCase().endsWith('.index')) {
      // browser mode: the page reads the file itself
      setDropNote(null);
      void inspection.inspectLocal(file);
      showInspect();
    } else {
      setDropNote(file.name);
    }
  };

  const status = studio.status;
  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="top">
        <h1>{i18n.t('app.title')}</h1>
        <nav aria-label={i18n.t('app.nav')}>
          <a href="#experiment">{i18n.t('panel.experiment')}</a>
          <a href="#index">{i18n.t('panel.index')}</a>
          <a href="#results">{i18n.t('panel.results')}</a>
          <a href="#export">{i18n.t('panel.export')}</a>
          <a href="#inspect">{i18n.t('panel.inspect')}</a>
          <a href="#models">{i18n.t('panel.models')}</a>
        </nav>
        <p className="engine" title={status ? `faiss ${status.faiss_version}` : ''}>
          {i18n.t(client.platform === 'browser' ? 'app.mode.browser' : 'app.mode.desktop')}
          {status ? ` · ${formatEngine(status)}` : ''}
        </p>
        <LanguageSelect />
      </header>
      {studio.engineNotice && (
        <div className="banner" data-testid="engine-notice">
          <Notices errors={[i18n.phrase(studio.engineNotice)]} />
          <button
            type="button"
            className="icon"
            aria-label={i18n.t('app.dismiss')}
            onClick={studio.dismissEngineNotice}
          >
            ×
          </button>
        </div>
      )}
      {dropNote && (
        <div className="banner">
          <Notices infos={[i18n.t('app.dropNoPath', { name: dropNote })]} />
          <button type="button" className="icon" aria-label={i18n.t('app.dismiss')} onClick={() => setDropNote(null)}>
            ×
          </button>
        </div>
      )}
      <main className="layout">
        <div className="column left">
          <ExperimentPanel studio={studio} />
          <IndexPanel studio={studio} />
        </div>
        <div className="column right">
          <ResultsPanel studio={studio} theme={theme} />
        </div>
        <div className="bottom">
          <ExportPanel studio={studio} theme={theme} onInspect={inspectFile} />
          <InspectPanel studio={studio} theme={theme} inspection={inspection} />
          <ModelsPanel studio={studio} onInspect={inspectFile} />
        </div>
      </main>
    </div>
  );
}
