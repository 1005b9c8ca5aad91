// Index panel · Frames: every frame, or K k-means centroids of them (RVC's rule above 200 000
// frames), with the predicted file size of both and RVC's choice offered in one click.
import type { ExperimentInfo } from '../../app/contract';
import type { FactoryShape } from '../../app/factory';
import { formatBytes, formatCount } from '../../app/format';
import { Hint, Notices } from '../components/Notices';
import { NumberField } from '../components/NumberField';
import { COMPRESSION_HINT, COMPRESSION_SHORT_HINT, rvcCompressionNotice } from '../lib/hints';
import { frameChoiceBytes, indexedVectors, trainingVectors, type IndexConfig } from '../state/config';

/** the most centroids a user can ask for (the contract allows more; k-means time grows with K·N) */
const MAX_CENTROIDS = 1_000_000;

interface Props {
  config: IndexConfig;
  info: ExperimentInfo;
  shape: FactoryShape | null;
  disabled: boolean;
  onChange: (change: Partial<Pick<IndexConfig, 'compress' | 'centroids'>>) => void;
}

export function FramesControl({ config, info, shape, disabled, onChange }: Props) {
  const notice = rvcCompressionNotice(config, info);
  const frames = trainingVectors({ compress: false, centroids: 0 }, info);
  const vectors = indexedVectors(config, info);
  // predicted sizes of the exported file (every frame of the experiment, or its centroids)
  const sizes = shape ? frameChoiceBytes(config, info) : null;
  const allBytes = sizes?.all ?? null;
  const compressedBytes = sizes?.compressed ?? null;
  const noEffect = config.compress && config.centroids >= frames;
  return (
    <fieldset className="frames" data-testid="frames" data-compress={config.compress} data-vectors={vectors}>
      <legend>Frames</legend>
      <div className="frames-row">
        <input
          id="compress-toggle"
          type="checkbox"
          data-testid="compress-toggle"
          checked={config.compress}
          disabled={disabled}
          onChange={(e) => onChange({ compress: e.target.checked })}
        />
        <label htmlFor="compress-toggle">Index</label>
        <NumberField
          className="centroids"
          testId="compress-centroids"
          label="number of k-means centroids"
          value={config.centroids}
          min={1}
          max={MAX_CENTROIDS}
          integer
          disabled={disabled}
          onChange={(centroids) => onChange({ centroids })}
        />
        <label htmlFor="compress-toggle">k-means centroids</label>
      </div>
      <p className="hint small frames-status" aria-live="polite">
        {config.compress ? (
          <>
            Indexing <strong>{formatCount(vectors)} centroids</strong> of the {formatCount(info.n)} frames
            {compressedBytes !== null && allBytes !== null ? (
              <>
                {' '}
                — file ≈ {formatBytes(compressedBytes)} instead of ≈ {formatBytes(allBytes)} with every frame
              </>
            ) : null}
            .
          </>
        ) : (
          <>
            Indexing <strong>all {formatCount(info.n)} frames</strong>
            {allBytes !== null && compressedBytes !== null ? (
              <>
                {' '}
                — file ≈ {formatBytes(allBytes)} (≈ {formatBytes(compressedBytes)} with {formatCount(config.centroids)}{' '}
                centroids)
              </>
            ) : null}
            .
          </>
        )}
      </p>
      {notice && (
        <div className="notice info notice-action" data-testid="compress-advice">
          <span>{notice.text}</span>
          <button type="button" disabled={disabled} onClick={() => onChange(notice.action.change)}>
            {notice.action.label}
          </button>
        </div>
      )}
      {noEffect && (
        <Notices
          warnings={[
            `The evaluation build has ${formatCount(frames)} frames: ${formatCount(config.centroids)} centroids would not compress anything (the engine keeps the frames).`,
          ]}
        />
      )}
      {/* the whole trade-off while it matters: compressing, or RVC's rule applies; else one line */}
      {config.compress || notice ? (
        <Hint>{COMPRESSION_HINT}</Hint>
      ) : (
        <p className="hint small">{COMPRESSION_SHORT_HINT}</p>
      )}
    </fieldset>
  );
}
