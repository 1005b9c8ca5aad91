// 2 · Index: metric, preset, factory string (checked as you type), frames (all, or k-means
// centroids as RVC does above 200k), n_ivf on a log scale with the recommended band and RVC's
// value, n_probe (search-time: tunes the selected build without rebuilding), k_factor for RFlat,
// efSearch for HNSW, α-query expansion (advanced), and Build with progress and Cancel.
import type { Metric } from '../../app/contract';
import { BAND_HIGH, BAND_LOW, nIvfBand, rvcNIvf } from '../../app/rvc/nIvf';
import { presetById, presets, type PresetId } from '../../app/presets';
import { RVC_K } from '../../app/rvc/defaults';
import { RVC_SAFE_K_FACTOR } from '../../app/rvc/fastScan';
import { JobStatus } from '../components/JobStatus';
import { LogSlider } from '../components/LogSlider';
import { Hint, Notices } from '../components/Notices';
import { useI18n } from '../i18n/LocaleProvider';
import { presetHint, presetLabel } from '../i18n/presets';
import { kFactorRisk, nprobeAdvice } from '../lib/hints';
import { currentPoint } from '../state/builds';
import { checkConfig, indexedVectors, K_FACTOR_STOPS, trainingVectors, usesNIvf } from '../state/config';
import type { Studio } from '../state/useStudio';
import { ExpansionControl } from './ExpansionControl';
import { FramesControl } from './FramesControl';

export function IndexPanel({ studio }: { studio: Studio }) {
  const i18n = useI18n();
  const { experiment, config, active, attached, job } = studio;
  const info = experiment.info;
  const running = job?.state === 'running';
  if (!info || !config) {
    return (
      <section className="panel" id="index" aria-labelledby="index-title">
        <h2 id="index-title">
          <span className="step">2</span> {i18n.t('panel.index')}
        </h2>
        <p className="empty">{i18n.t('index.empty')}</p>
        <JobStatus job={job} onCancel={studio.cancel} />
      </section>
    );
  }
  const shown = config;
  const check = checkConfig(config, info);
  const shape = check.shape;
  const frames = info.split.index_frames > 0 ? info.split.index_frames : info.n;
  // what the index holds decides n_ivf: every frame, or the centroids (RVC applies its formula to those)
  const rows = trainingVectors(config, info);
  const vectors = indexedVectors(config, info);
  const band = nIvfBand(vectors);
  const rvcLists = rvcNIvf(vectors);
  const nlist = attached && active?.result.nlist != null ? active.result.nlist : (shape?.nlist ?? null);
  const point = attached && active ? currentPoint(active) : null;
  const tuning = attached && active;

  return (
    <section className="panel" id="index" aria-labelledby="index-title">
      <h2 id="index-title">
        <span className="step">2</span> {i18n.t('panel.index')}
      </h2>
      <div className="field-grid">
        <label>
          {i18n.t('index.metric')}
          <select
            data-testid="metric-select"
            value={config.metric}
            onChange={(e) => studio.changeConfig({ metric: e.target.value as Metric })}
            disabled={running}
          >
            <option value="l2">{i18n.t('index.metric.l2')}</option>
            <option value="ip">{i18n.t('index.metric.ip')}</option>
          </select>
        </label>
        <label>
          {i18n.t('index.preset')}
          <select
            data-testid="preset-select"
            value={config.presetId}
            onChange={(e) => studio.changeConfig({ presetId: e.target.value as PresetId })}
            disabled={running}
          >
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {presetLabel(i18n, preset.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Hint>{presetHint(i18n, presetById(config.presetId).id)}</Hint>
      {config.metric === 'ip' && <Notices warnings={[i18n.t('index.ipWarning')]} />}

      <label className="block">
        {i18n.t('index.factory')} <span className="muted">{i18n.t('index.factoryNote')}</span>
        <input
          data-testid="factory-input"
          type="text"
          spellCheck={false}
          value={shown.factory}
          aria-invalid={!check.ok}
          aria-describedby="factory-check"
          disabled={running}
          onChange={(e) => studio.changeConfig({ factory: e.target.value })}
        />
      </label>
      <div id="factory-check" data-testid="factory-check" data-ok={check.ok}>
        {check.ok && shape && (
          <p className="hint small ok">
            {i18n.t('index.factoryValid', {
              factory: shape.factory,
              d: info.d,
              rows: i18n.count(rows),
              compress: config.compress ? 'yes' : 'no',
            })}
          </p>
        )}
        <Notices
          errors={check.errors.map((error) => i18n.message(error))}
          warnings={check.warnings.map((warning) => i18n.message(warning))}
        />
      </div>

      <FramesControl config={config} info={info} shape={shape} disabled={running} onChange={studio.changeConfig} />

      {usesNIvf(shown.factory) && (
        <>
          <LogSlider
            testId="nivf-slider"
            name="n_ivf"
            label={
              <>
                {i18n.t('index.nivfLabel')} <span className="muted">{i18n.t('index.logScale')}</span>
              </>
            }
            value={config.nIvf}
            min={1}
            max={band.sliderMax}
            onChange={(nIvf) => studio.changeConfig({ nIvf })}
            disabled={running}
            band={{
              low: band.low,
              high: band.high,
              label: i18n.t('index.nivfBand', {
                lowFactor: BAND_LOW,
                highFactor: BAND_HIGH,
                capped: band.capped ? 'yes' : 'no',
                low: band.low,
                high: band.high,
              }),
            }}
            markers={[{ value: rvcLists, label: `RVC ${rvcLists}` }]}
          />
          <Hint>
            {i18n.t('index.perList', {
              lists: i18n.count(config.nIvf),
              rows: i18n.count(Math.round(rows / config.nIvf)),
              compress: config.compress ? 'yes' : 'no',
            })}{' '}
            {config.nIvf > band.max ? `${i18n.t('index.tooManyLists', { max: band.max })} ` : ''}
            {i18n.t('index.moreLists')}
          </Hint>
        </>
      )}

      {nlist !== null && (
        <>
          <LogSlider
            testId="nprobe-slider"
            name="n_probe"
            label={
              <>
                {i18n.t('index.nprobeLabel')}{' '}
                {tuning ? (
                  <span className="badge">{i18n.t('index.tunes', { label: active.result.label })}</span>
                ) : (
                  <span className="muted">{i18n.t('index.nextBuild')}</span>
                )}
              </>
            }
            value={Math.min(config.nprobe, nlist)}
            min={1}
            max={nlist}
            onChange={studio.setNprobe}
            include={[1, 2, 4, 8, 16, 32, 64, 128]}
            markers={[{ value: 1, label: 'RVC 1' }]}
          />
          <Hint>{nprobeAdvice(i18n, tuning ? active : null, point, studio.view)}</Hint>
        </>
      )}

      {shape?.refine && (
        <>
          <LogSlider
            testId="kfactor-slider"
            name="k_factor"
            label={
              <>
                {i18n.t('index.kfactorLabel')}{' '}
                {tuning ? <span className="badge">{i18n.t('index.noRebuild')}</span> : null}
              </>
            }
            value={config.kFactor}
            min={1}
            max={K_FACTOR_STOPS[K_FACTOR_STOPS.length - 1]}
            onChange={studio.setKFactor}
            stops={K_FACTOR_STOPS}
            markers={[{ value: RVC_SAFE_K_FACTOR, label: i18n.t('index.rvcSafe', { value: RVC_SAFE_K_FACTOR }) }]}
          />
          <Hint>{i18n.t('index.kfactorHint', { candidates: RVC_K * config.kFactor, k: RVC_K })}</Hint>
          <Notices warnings={[kFactorRisk(i18n, config.kFactor)].filter((w): w is string => w !== null)} />
        </>
      )}

      {shape?.hnsw != null && (
        <label className="block">
          {i18n.t('index.efSearch')}{' '}
          {tuning && <span className="badge">{i18n.t('index.tunes', { label: active.result.label })}</span>}
          <input
            type="number"
            data-testid="efsearch-input"
            min={8}
            max={4096}
            value={config.efSearch}
            onChange={(e) => studio.setEfSearch(Math.max(8, Math.min(4096, Math.round(Number(e.target.value) || 8))))}
          />
        </label>
      )}

      <ExpansionControl config={config} disabled={running} onChange={studio.changeConfig} />

      <div className="build-row">
        <button
          type="button"
          className="primary"
          data-testid="build-button"
          onClick={() => void studio.build()}
          disabled={running || !check.ok}
        >
          {i18n.t('index.build', { factory: shape ? shape.factory : '' })}
        </button>
        <span className="hint small">
          {i18n.t(config.compress ? 'index.buildsOnCentroids' : 'index.buildsOnFrames', {
            rows: i18n.count(rows),
            frames: i18n.count(frames),
            held: i18n.count(info.split.query_frames),
          })}
        </span>
      </div>
      <JobStatus job={job} onCancel={studio.cancel} />
    </section>
  );
}
