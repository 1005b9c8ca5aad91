// Results · the k_factor effect for the selected RFlat build at its n_probe: the same search with
// k_factor 1, 2, 2.5, 4, 8 (and the selected value) — recall@8, blend error, cost. Measured on
// request by the engine's tuning loop; the points are kept with the build's others, so moving the
// k_factor slider to a measured value shows it at once.
import { useState } from 'react';
import { formatPercent } from '../../app/format';
import { Hint } from '../components/Notices';
import { formatMs, K_FACTOR_EFFECT_HINT } from '../lib/hints';
import { costAt, kFactorEffect, type BuiltIndex, type CostView } from '../state/builds';

export function KFactorEffect({
  built,
  view,
  onMeasure,
}: {
  built: BuiltIndex;
  view: CostView;
  onMeasure: (indexId: string) => void;
}) {
  const rows = kFactorEffect(built);
  const missing = rows.filter((row) => !row.point).map((row) => row.kFactor);
  const measured = rows.length - missing.length;
  const where = built.nprobe !== null ? `n_probe ${built.nprobe}` : 'its settings';
  // which build and n_probe the user asked for: shows "measuring" instead of the button
  const [requested, setRequested] = useState<string | null>(null);
  const key = `${built.result.index_id}:${built.nprobe}`;
  const measuring = requested === key && missing.length > 0;
  return (
    <div
      className="table-wrap kfactor-effect"
      data-testid="kfactor-effect"
      data-nprobe={built.nprobe ?? ''}
      data-rows={rows.length}
      data-measured={measured}
    >
      <h3>
        k_factor effect — {built.result.label} at {where}
      </h3>
      <table className="compare">
        <thead>
          <tr>
            <th scope="col" className="num">
              k_factor
            </th>
            <th scope="col" className="num" title="candidates FastScan hands to the exact re-ranking for RVC's k = 8">
              Re-ranked
            </th>
            <th scope="col" className="num" title="share of the 8 exact nearest neighbours found">
              Recall@8
            </th>
            <th scope="col" className="num" title="how far RVC's 1/d² mix of the 8 neighbours moves from the exact mix">
              Blend error
            </th>
            <th
              scope="col"
              className="num"
              title="a lone frame's median search time (a detail: RVC searches many at once)"
            >
              Lone frame
            </th>
            <th scope="col" className="num" title="search time per second of audio, in the chosen usage">
              ms / s audio
            </th>
            <th scope="col" title="RVC's faiss 1.7.3 searches FastScan safely up to 20 candidates">
              In RVC
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.kFactor}
              className={row.selected ? 'active' : ''}
              data-k-factor={row.kFactor}
              data-recall={row.point ? row.point.recall_at_k.toFixed(4) : ''}
            >
              <th scope="row" className="num">
                {row.kFactor}
                {row.selected ? <span className="visually-hidden"> (selected)</span> : null}
              </th>
              <td className="num">{row.candidates}</td>
              <td className="num strong">{row.point ? formatPercent(row.point.recall_at_k) : '…'}</td>
              <td className="num">{row.point ? formatPercent(row.point.blend_error, 2) : '…'}</td>
              <td className="num">{row.point ? `${row.point.latency_us_p50.toFixed(0)} µs` : '…'}</td>
              <td className="num">
                {row.point && costAt(row.point, view) ? formatMs(costAt(row.point, view)!.ms_per_audio_second) : '…'}
              </td>
              <td className={row.safeInRvc ? 'ok' : 'risk'}>{row.safeInRvc ? '✓ safe' : '⚠ may crash'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="hint small" aria-live="polite">
          <button
            type="button"
            data-testid="kfactor-effect-measure"
            disabled={measuring}
            onClick={() => {
              setRequested(key);
              onMeasure(built.result.index_id);
            }}
          >
            {measuring
              ? `Measuring k_factor ${missing.join(', ')}…`
              : `Measure k_factor ${missing.join(', ')} at ${where}`}
          </button>{' '}
          Searches only, no rebuild; each value costs about one n_probe point.
        </p>
      )}
      <Hint>{K_FACTOR_EFFECT_HINT}</Hint>
    </div>
  );
}
