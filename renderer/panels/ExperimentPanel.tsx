// 1 · Experiment: open a folder (typed, Browse…, dropped, recent) or the sample; what is in it.
import { memo, useState } from 'react';
import type { ExperimentInfo } from '../../app/contract';
import type { MessageKey } from '../../app/i18n';
import { audioSeconds, FRAMES_PER_SECOND } from '../../app/rvc/defaults';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { TableHead } from '../components/TableHead';
import { useI18n } from '../i18n/LocaleProvider';
import { compressionRule } from '../lib/hints';
import { baseName } from '../lib/pathInput';
import type { Studio } from '../state/useStudio';

const layoutKeys: Record<ExperimentInfo['layout'], MessageKey> = {
  rvc: 'experiment.layout.rvc',
  applio: 'experiment.layout.applio',
  folder: 'experiment.layout.folder',
  total_fea: 'experiment.layout.total_fea',
};

function Summary({ info, isSample }: { info: ExperimentInfo; isSample: boolean }) {
  const i18n = useI18n();
  const { split, compression } = info;
  const rule = compressionRule(i18n, info);
  return (
    <div
      className="summary"
      data-testid="experiment-summary"
      data-n={info.n}
      data-d={info.d}
      data-files={info.files.length}
    >
      <h3>
        {info.name} {isSample && <span className="badge">{i18n.t('experiment.sample')}</span>}
      </h3>
      <dl className="facts">
        <div>
          <dt>{i18n.t('experiment.frames')}</dt>
          <dd>{i18n.count(info.n)}</dd>
        </div>
        <div>
          <dt>{i18n.t('experiment.dimensions')}</dt>
          <dd>
            {info.d}
            {info.version ? ` · RVC ${info.version}` : ''}
          </dd>
        </div>
        <div>
          <dt>{i18n.t('experiment.files')}</dt>
          <dd>{i18n.count(info.files.length)}</dd>
        </div>
        <div>
          <dt>{i18n.t('experiment.audio')}</dt>
          <dd>
            {i18n.t('experiment.audioValue', {
              minutes: i18n.count(Math.round(audioSeconds(info.n) / 60)),
              fps: FRAMES_PER_SECOND,
            })}
          </dd>
        </div>
        <div title={i18n.t('experiment.memoryTitle')}>
          <dt>{i18n.t('experiment.memory')}</dt>
          <dd>{i18n.bytes(info.memory_bytes)}</dd>
        </div>
        <div>
          <dt>{i18n.t('experiment.heldOut')}</dt>
          <dd>
            {split.mode === 'files'
              ? i18n.t('experiment.heldOutFiles', {
                  files: split.query_files.length,
                  frames: i18n.count(split.query_frames),
                })
              : i18n.t('experiment.heldOutFrames', { frames: i18n.count(split.query_frames) })}
          </dd>
        </div>
      </dl>
      <p className="path-line" title={info.feature_dir}>
        {i18n.t(layoutKeys[info.layout])} · <code>{info.feature_dir}</code>
      </p>
      <Hint>
        {compression.rvc_would_compress ? '' : `${rule} `}
        {i18n.rich('experiment.rvcWouldBuild', { factory: info.rvc.factory, nprobe: info.rvc.nprobe })}
      </Hint>
      <Notices
        warnings={[
          ...info.notices.map((notice) => i18n.message(notice)),
          ...(info.dropped_rows > 0 ? [i18n.t('experiment.droppedRows', { rows: i18n.count(info.dropped_rows) })] : []),
          ...(compression.rvc_would_compress ? [rule] : []),
        ]}
      />
      {info.ignored.length > 0 && (
        <p className="hint small">
          {i18n.t('experiment.ignored', { names: info.ignored.slice(0, 8).map(baseName).join(', ') })}
          {info.ignored.length > 8 ? i18n.t('experiment.ignoredMore', { count: info.ignored.length - 8 }) : ''}
        </p>
      )}
      <details className="files">
        <summary>{i18n.t('experiment.fileList', { count: i18n.count(info.files.length) })}</summary>
        <FileTable files={info.files} queryFiles={split.query_files} />
      </details>
    </div>
  );
}

export function ExperimentPanel({ studio }: { studio: Studio }) {
  const i18n = useI18n();
  const { experiment, recent, client, job } = studio;
  const [path, setPath] = useState('');
  const building = job?.state === 'running' && job.kind !== 'experiment';
  const openedPath = experiment.info?.path;
  // the field follows the experiment that opened (the sample's hidden folder stays out of it)
  const [shownFor, setShownFor] = useState(openedPath);
  if (shownFor !== openedPath) {
    setShownFor(openedPath);
    if (openedPath && !experiment.isSample) setPath(openedPath);
  }
  const open = (target: string) => {
    if (target.trim()) void studio.openExperiment(target.trim());
  };
  return (
    <section className="panel" id="experiment" aria-labelledby="experiment-title">
      <h2 id="experiment-title">
        <span className="step">1</span> {i18n.t('panel.experiment')}
      </h2>
      <PathField
        client={client}
        label={i18n.t('experiment.folderLabel')}
        value={path}
        onChange={setPath}
        onSubmit={open}
        accept={['npy']}
        pickKind="experiment"
        placeholder={client.platform === 'browser' ? '/home/you/RVC/logs/my-voice' : 'C:\\RVC\\logs\\my-voice'}
        inputTestId="experiment-path"
        disabled={building}
      />
      <div className="button-row">
        <button
          type="button"
          data-testid="experiment-open"
          onClick={() => open(path)}
          disabled={building || experiment.loading || path.trim() === ''}
        >
          {i18n.t('experiment.open')}
        </button>
        <button
          type="button"
          data-testid="experiment-open-sample"
          onClick={() => void studio.openSample()}
          disabled={building || experiment.loading}
        >
          {i18n.t('experiment.openSample')}
        </button>
      </div>
      {recent.experiments.length > 0 && (
        <details className="recent">
          <summary>{i18n.t('experiment.recent')}</summary>
          <ul>
            {recent.experiments.map((item) => (
              <li key={item}>
                <button type="button" className="link" onClick={() => open(item)} disabled={building} title={item}>
                  {baseName(item)} <span className="muted">{item}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {experiment.loading && (
        <p className="hint" role="status">
          {i18n.t('experiment.reading')}
        </p>
      )}
      {experiment.error && <Notices errors={[i18n.phrase(experiment.error)]} />}
      {experiment.info && <Summary info={experiment.info} isSample={experiment.isSample} />}
    </section>
  );
}

/** memo: hundreds of rows that stay the same while the rest of the studio changes */
const FileTable = memo(function FileTable({
  files,
  queryFiles,
}: {
  files: ExperimentInfo['files'];
  queryFiles: string[];
}) {
  const i18n = useI18n();
  return (
    <table>
      <TableHead
        columns={[
          { label: i18n.t('experiment.col.file') },
          { label: i18n.t('experiment.col.frames'), num: true },
          { label: i18n.t('experiment.col.dtype') },
          { label: i18n.t('experiment.col.shape') },
          { label: i18n.t('experiment.col.notes') },
        ]}
      />
      <tbody>
        {files.slice(0, 500).map((file) => (
          <tr key={file.name}>
            <td>
              {file.name}
              {queryFiles.includes(file.name) ? i18n.t('experiment.heldOutMark') : ''}
            </td>
            <td className="num">{i18n.count(file.frames)}</td>
            <td>{file.dtype}</td>
            <td>{file.shape.join('×')}</td>
            <td>{file.notices.map((notice) => i18n.message(notice)).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
