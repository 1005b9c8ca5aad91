// Index panel · Frames: every frame, or K k-means centroids of them (RVC's rule above 200 000
// frames), with the predicted file size of both and RVC's choice offered in one click.
import type { ExperimentInfo } from '../../app/contract';
import type { FactoryShape } from '../../app/factory';
import { Hint, Notices } from '../components/Notices';
import { NumberField } from '../components/NumberField';
import { useI18n } from '../i18n/LocaleProvider';
import { rvcCompressionNotice } from '../lib/hints';
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
  const i18n = useI18n();
  const notice = rvcCompressionNotice(i18n, config, info);
  const frames = trainingVectors({ compress: false, centroids: 0 }, info);
  const vectors = indexedVectors(config, info);
  // predicted sizes of the exported file (every frame of the experiment, or its centroids)
  const sizes = shape ? frameChoiceBytes(config, info) : null;
  const allBytes = sizes?.all ?? null;
  const compressedBytes = sizes?.compressed ?? null;
  const noEffect = config.compress && config.centroids >= frames;
  return (
    <fieldset className="frames" data-testid="frames" data-compress={config.compress} data-vectors={vectors}>
      <legend>{i18n.t('frames.legend')}</legend>
      <div className="frames-row">
        <input
          id="compress-toggle"
          type="checkbox"
          data-testid="compress-toggle"
          checked={config.compress}
          disabled={disabled}
          onChange={(e) => onChange({ compress: e.target.checked })}
        />
        <label htmlFor="compress-toggle">{i18n.t('frames.index')}</label>
        <NumberField
          className="centroids"
          testId="compress-centroids"
          label={i18n.t('frames.centroidsLabel')}
          value={config.centroids}
          min={1}
          max={MAX_CENTROIDS}
          integer
          disabled={disabled}
          onChange={(centroids) => onChange({ centroids })}
        />
        <label htmlFor="compress-toggle">{i18n.t('frames.centroids')}</label>
      </div>
      <p className="hint small frames-status" aria-live="polite">
        {config.compress ? (
          <>
            {i18n.rich('frames.indexingCentroids', { vectors: i18n.count(vectors), n: i18n.count(info.n) })}
            {compressedBytes !== null && allBytes !== null
              ? i18n.t('frames.centroidsFile', { compressed: i18n.bytes(compressedBytes), all: i18n.bytes(allBytes) })
              : null}
            .
          </>
        ) : (
          <>
            {i18n.rich('frames.indexingAll', { n: i18n.count(info.n) })}
            {allBytes !== null && compressedBytes !== null
              ? i18n.t('frames.allFile', {
                  all: i18n.bytes(allBytes),
                  compressed: i18n.bytes(compressedBytes),
                  centroids: i18n.count(config.centroids),
                })
              : null}
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
            i18n.t('frames.noEffect', { frames: i18n.count(frames), centroids: i18n.count(config.centroids) }),
          ]}
        />
      )}
      {/* the whole trade-off while it matters: compressing, or RVC's rule applies; else one line */}
      {config.compress || notice ? (
        <Hint>{i18n.t('frames.hint')}</Hint>
      ) : (
        <p className="hint small">{i18n.t('frames.shortHint')}</p>
      )}
    </fieldset>
  );
}
