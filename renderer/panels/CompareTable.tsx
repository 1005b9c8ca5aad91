// Every build of this experiment side by side, each at its selected n_probe / k_factor, with the
// cost in the chosen usage.
import { formatBytes, formatCount, formatPercent } from '../../app/format';
import { formatDuration } from '../../app/progress';
import { viewLabel } from '../charts/RecallChart';
import { formatMs } from '../lib/hints';
import { costAt, currentPoint, type BuiltIndex, type CostView } from '../state/builds';

export function CompareTable({
  builds,
  activeId,
  view,
  onSelect,
  onRemove,
}: {
  builds: BuiltIndex[];
  activeId: string | null;
  view: CostView;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <div className="table-wrap" data-testid="compare-table" data-rows={builds.length}>
      <h3>Built indexes</h3>
      {builds.length === 0 ? (
        <p className="empty">Build a few presets (RVC, FastScan, HNSW…) to compare them here.</p>
      ) : (
        <table className="compare">
          <thead>
            <tr>
              <th scope="col">Build</th>
              <th scope="col">Factory</th>
              <th scope="col" className="num">
                n_probe
              </th>
              <th scope="col" className="num">
                k_factor
              </th>
              <th scope="col" className="num" title="share of the 8 exact nearest neighbours found">
                Recall@8
              </th>
              <th scope="col" className="num" title="share of queries whose nearest neighbour is ranked first">
                Recall@1
              </th>
              <th
                scope="col"
                className="num"
                title="how far RVC's 1/d² mix of the 8 neighbours moves from the exact mix"
              >
                Blend error
              </th>
              <th
                scope="col"
                className="num"
                title={`search time per second of audio as RVC pays it: ${viewLabel(view)}`}
              >
                ms / s audio
              </th>
              <th scope="col" className="num" title="training + adding the vectors">
                Build time
              </th>
              <th
                scope="col"
                className="num"
                title="file size, and the vectors in the index: every frame left after the hold-out, or k-means centroids"
              >
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {builds.map((built) => {
              const point = currentPoint(built);
              const cost = point && costAt(point, view);
              const id = built.result.index_id;
              return (
                <tr
                  key={id}
                  className={id === activeId ? 'active' : ''}
                  data-index-id={id}
                  data-recall={point ? point.recall_at_k.toFixed(4) : ''}
                  data-final={point ? String(point.final) : ''}
                  data-cost={cost ? cost.ms_per_audio_second.toFixed(4) : ''}
                  data-ntotal={built.result.ntotal}
                  data-compressed={built.config.compress}
                  aria-selected={id === activeId}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => onSelect(id)}
                      aria-pressed={id === activeId}
                      title="select: the charts, n_probe slider and Export follow it"
                    >
                      {built.result.label}
                    </button>
                  </th>
                  <td className="factory">
                    <code>
                      {built.result.factory.split(',').map((part, i) => (
                        <span key={i}>
                          {i > 0 ? ',' : ''}
                          {i > 0 && <wbr />}
                          {part}
                        </span>
                      ))}
                    </code>
                    {built.result.metric === 'ip' ? ' · IP' : ''}
                  </td>
                  <td className="num">{built.nprobe ?? '—'}</td>
                  <td className="num">{built.kFactor ?? '—'}</td>
                  <td className="num strong" title={point && !point.final ? 'first estimate' : undefined}>
                    {point ? `${point.final ? '' : '≈'}${formatPercent(point.recall_at_k)}` : '…'}
                  </td>
                  <td className="num">{point ? formatPercent(point.recall_at_1) : '…'}</td>
                  <td className="num">{point ? formatPercent(point.blend_error, 2) : '…'}</td>
                  <td
                    className="num"
                    title={
                      cost
                        ? `${cost.calls} search calls of ${cost.block_frames} frames, p50 ${formatMs(cost.block_ms_p50)} ms, p99 ${formatMs(cost.block_ms_p99)} ms; a lone frame: ${point?.latency_us_p50.toFixed(0) ?? ''} µs`
                        : ''
                    }
                  >
                    {cost ? formatMs(cost.ms_per_audio_second) : '…'}
                  </td>
                  <td
                    className="num"
                    title={`train ${formatDuration(built.result.timings_ms.train)}, add ${formatDuration(built.result.timings_ms.add)}`}
                  >
                    {formatDuration(built.result.timings_ms.train + built.result.timings_ms.add)}
                  </td>
                  <td className="num size">
                    {formatBytes(built.result.file_bytes)}
                    <span
                      className="vectors"
                      title={
                        built.config.compress
                          ? `k-means centroids of the ${formatCount(built.result.n)} frames`
                          : 'frames in the index (the held-out ones are added back on export)'
                      }
                    >
                      {formatCount(built.result.ntotal)} {built.config.compress ? 'centroids' : 'frames'}
                      {built.config.expand ? (
                        <abbr
                          title={`α-query expansion: num_expand ${built.config.numExpand}, α ${built.config.alpha}`}
                        >
                          {' '}
                          · αQE
                        </abbr>
                      ) : null}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon"
                      onClick={() => onRemove(id)}
                      aria-label={`remove ${built.result.label}`}
                      title="remove (frees its memory)"
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
