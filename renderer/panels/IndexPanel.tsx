// 2 · Index: metric, preset, factory string (checked as you type), frames (all, or k-means
// centroids as RVC does above 200k), n_ivf on a log scale with the recommended band and RVC's
// value, n_probe (search-time: tunes the selected build without rebuilding), k_factor for RFlat,
// efSearch for HNSW, α-query expansion (advanced), and Build with progress and Cancel.
import type { Metric } from '../../app/contract';
import { formatCount } from '../../app/format';
import { BAND_HIGH, BAND_LOW, nIvfBand, rvcNIvf } from '../../app/rvc/nIvf';
import { presetById, presets, type PresetId } from '../../app/presets';
import { RVC_K } from '../../app/rvc/defaults';
import { RVC_SAFE_K_FACTOR } from '../../app/rvc/fastScan';
import { JobStatus } from '../components/JobStatus';
import { LogSlider } from '../components/LogSlider';
import { Hint, Notices } from '../components/Notices';
import { kFactorRisk, nprobeAdvice } from '../lib/hints';
import { currentPoint } from '../state/builds';
import { checkConfig, indexedVectors, K_FACTOR_STOPS, trainingVectors, usesNIvf } from '../state/config';
import type { Studio } from '../state/useStudio';
import { ExpansionControl } from './ExpansionControl';
import { FramesControl } from './FramesControl';

export function IndexPanel({ studio }: { studio: Studio }) {
  const { experiment, config, active, attached, job } = studio;
  const info = experiment.info;
  const running = job?.state === 'running';
  if (!info || !config) {
    return (
      <section className="panel" id="index" aria-labelledby="index-title">
        <h2 id="index-title">
          <span className="step">2</span> Index
        </h2>
        <p className="empty">Open an experiment (or the sample) to choose an index.</p>
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
        <span className="step">2</span> Index
      </h2>
      <div className="field-grid">
        <label>
          Metric
          <select
            data-testid="metric-select"
            value={config.metric}
            onChange={(e) => studio.changeConfig({ metric: e.target.value as Metric })}
            disabled={running}
          >
            <option value="l2">L2 (RVC)</option>
            <option value="ip">Inner product</option>
          </select>
        </label>
        <label>
          Preset
          <select
            data-testid="preset-select"
            value={config.presetId}
            onChange={(e) => studio.changeConfig({ presetId: e.target.value as PresetId })}
            disabled={running}
          >
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Hint>{presetById(config.presetId).hint}</Hint>
      {config.metric === 'ip' && (
        <Notices
          warnings={[
            'RVC weights the neighbours it finds by 1/distance², which assumes L2: an inner-product index blends wrongly in RVC. Use it to compare, export L2.',
          ]}
        />
      )}

      <label className="block">
        Factory string <span className="muted">({'{n}'} = n_ivf)</span>
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
            ✓ {shape.factory} — valid for d = {info.d}, {formatCount(rows)} training{' '}
            {config.compress ? 'centroids' : 'frames'}
          </p>
        )}
        <Notices errors={check.errors} warnings={check.warnings} />
      </div>

      <FramesControl config={config} info={info} shape={shape} disabled={running} onChange={studio.changeConfig} />

      {usesNIvf(shown.factory) && (
        <>
          <LogSlider
            testId="nivf-slider"
            name="n_ivf"
            label={
              <>
                n_ivf — number of lists <span className="muted">(log scale)</span>
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
              label: `advised ${BAND_LOW}√N–${BAND_HIGH}√N${band.capped ? ' (at most N/39)' : ''}: ${band.low}–${band.high}`,
            }}
            markers={[{ value: rvcLists, label: `RVC ${rvcLists}` }]}
          />
          <Hint>
            {formatCount(config.nIvf)} lists ≈ {formatCount(Math.round(rows / config.nIvf))}{' '}
            {config.compress ? 'centroids' : 'frames'} per list.{' '}
            {config.nIvf > band.max
              ? `Above N/39 = ${band.max}: faiss has too few frames per list to train well. `
              : ''}
            More lists make each search cheaper but need a larger n_probe for the same recall.
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
                n_probe — lists searched{' '}
                {tuning ? (
                  <span className="badge">tunes {active.result.label}, no rebuild</span>
                ) : (
                  <span className="muted">(for the next build)</span>
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
          <Hint>{nprobeAdvice(tuning ? active : null, point, studio.view)}</Hint>
        </>
      )}

      {shape?.refine && (
        <>
          <LogSlider
            testId="kfactor-slider"
            name="k_factor"
            label={
              <>
                k_factor — exact re-ranking of k × k_factor candidates{' '}
                {tuning ? <span className="badge">no rebuild</span> : null}
              </>
            }
            value={config.kFactor}
            min={1}
            max={K_FACTOR_STOPS[K_FACTOR_STOPS.length - 1]}
            onChange={studio.setKFactor}
            stops={K_FACTOR_STOPS}
            markers={[{ value: RVC_SAFE_K_FACTOR, label: `RVC-safe ≤ ${RVC_SAFE_K_FACTOR}` }]}
          />
          <Hint>
            FastScan's 4-bit codes only approximate distances; RFlat then re-ranks the best {RVC_K * config.kFactor}{' '}
            candidates (RVC's k = {RVC_K} × k_factor) with the exact vectors. k_factor 1 re-ranks nothing, so recall
            stays that of the codes. It is stored in the exported file; Results shows its effect.
          </Hint>
          <Notices warnings={[kFactorRisk(config.kFactor)].filter((w): w is string => w !== null)} />
        </>
      )}

      {shape?.hnsw != null && (
        <label className="block">
          efSearch (HNSW candidates kept while searching){' '}
          {tuning && <span className="badge">tunes {active.result.label}, no rebuild</span>}
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
          Build {shape ? shape.factory : ''}
        </button>
        <span className="hint small">
          Builds on{' '}
          {config.compress
            ? `${formatCount(rows)} centroids of ${formatCount(frames)} frames`
            : `${formatCount(rows)} frames`}
          ; the {formatCount(info.split.query_frames)} held-out frames measure recall.
        </span>
      </div>
      <JobStatus job={job} onCancel={studio.cancel} />
    </section>
  );
}
