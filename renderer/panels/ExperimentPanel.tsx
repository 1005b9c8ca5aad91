// 1 · Experiment: open a folder (typed, Browse…, dropped, recent) or the sample; what is in it.
import { memo, useState } from 'react';
import type { ExperimentInfo } from '../../app/contract';
import { formatBytes, formatCount } from '../../app/format';
import { audioSeconds, FRAMES_PER_SECOND } from '../../app/rvc/defaults';
import { Hint, Notices } from '../components/Notices';
import { PathField } from '../components/PathField';
import { baseName } from '../lib/pathInput';
import type { Studio } from '../state/useStudio';

const layoutText: Record<ExperimentInfo['layout'], string> = {
  rvc: 'RVC experiment',
  applio: "Applio's extracted/",
  folder: 'folder of .npy files',
  total_fea: 'a single total_fea.npy',
};

function Summary({ info, isSample }: { info: ExperimentInfo; isSample: boolean }) {
  const { split, compression } = info;
  return (
    <div
      className="summary"
      data-testid="experiment-summary"
      data-n={info.n}
      data-d={info.d}
      data-files={info.files.length}
    >
      <h3>
        {info.name} {isSample && <span className="badge">sample</span>}
      </h3>
      <dl className="facts">
        <div>
          <dt>Frames (N)</dt>
          <dd>{formatCount(info.n)}</dd>
        </div>
        <div>
          <dt>Dimensions (d)</dt>
          <dd>
            {info.d}
            {info.version ? ` · RVC ${info.version}` : ''}
          </dd>
        </div>
        <div>
          <dt>Feature files</dt>
          <dd>{formatCount(info.files.length)}</dd>
        </div>
        <div>
          <dt>Audio</dt>
          <dd>
            ≈ {Math.round(audioSeconds(info.n) / 60)} min ({FRAMES_PER_SECOND} frames/s)
          </dd>
        </div>
        <div title="features in memory plus an RVC-preset index over them">
          <dt>Memory estimate</dt>
          <dd>{formatBytes(info.memory_bytes)}</dd>
        </div>
        <div>
          <dt>Held out to measure recall</dt>
          <dd>
            {split.mode === 'files' ? `${split.query_files.length} files, ` : ''}
            {formatCount(split.query_frames)} frames
          </dd>
        </div>
      </dl>
      <p className="path-line" title={info.feature_dir}>
        {layoutText[info.layout]} · <code>{info.feature_dir}</code>
      </p>
      <Hint>
        {compression.rvc_would_compress ? '' : `${compression.message}. `}RVC today would build{' '}
        <code>{info.rvc.factory}</code> with n_probe {info.rvc.nprobe}.
      </Hint>
      <Notices
        warnings={[
          ...info.warnings,
          ...(info.dropped_rows > 0 ? [`${formatCount(info.dropped_rows)} rows with NaN/Inf were dropped`] : []),
          ...(compression.rvc_would_compress ? [compression.message] : []),
        ]}
      />
      {info.ignored.length > 0 && (
        <p className="hint small">
          Ignored (not .npy features): {info.ignored.slice(0, 8).map(baseName).join(', ')}
          {info.ignored.length > 8 ? ` and ${info.ignored.length - 8} more` : ''}
        </p>
      )}
      <details className="files">
        <summary>Files ({info.files.length})</summary>
        <FileTable files={info.files} queryFiles={split.query_files} />
      </details>
    </div>
  );
}

export function ExperimentPanel({ studio }: { studio: Studio }) {
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
        <span className="step">1</span> Experiment
      </h2>
      <PathField
        client={client}
        label="RVC experiment folder (logs/<name>), a feature folder, or total_fea.npy"
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
          Open
        </button>
        <button
          type="button"
          data-testid="experiment-open-sample"
          onClick={() => void studio.openSample()}
          disabled={building || experiment.loading}
        >
          Open the sample experiment
        </button>
      </div>
      {recent.experiments.length > 0 && (
        <details className="recent">
          <summary>Recent experiments</summary>
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
          Reading the features…
        </p>
      )}
      {experiment.error && <Notices errors={[experiment.error]} />}
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
  return (
    <table>
      <thead>
        <tr>
          <th>file</th>
          <th>frames</th>
          <th>dtype</th>
          <th>shape</th>
          <th>notes</th>
        </tr>
      </thead>
      <tbody>
        {files.slice(0, 500).map((file) => (
          <tr key={file.name}>
            <td>
              {file.name}
              {queryFiles.includes(file.name) ? ' (held out)' : ''}
            </td>
            <td className="num">{formatCount(file.frames)}</td>
            <td>{file.dtype}</td>
            <td>{file.shape.join('×')}</td>
            <td>{file.warnings.join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
