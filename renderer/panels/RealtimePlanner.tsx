// Results · the realtime planner: for the chosen block length, which built indexes and n_probe
// values keep their search under the budget share of each block (app/cost.ts), next to what they
// find. Every time is this machine's, with this faiss build and thread count.
import type { EngineStatus } from '../../app/contract';
import { keepsUp, REALTIME_BUDGET_SHARE } from '../../app/cost';
import { formatPercent } from '../../app/format';
import { RVC_K } from '../../app/rvc/defaults';
import { Hint } from '../components/Notices';
import { formatMs } from '../lib/hints';
import { costAt, curve, type BuiltIndex, type CostView } from '../state/builds';

export function RealtimePlanner({
  builds,
  view,
  status,
}: {
  builds: BuiltIndex[];
  view: CostView;
  status: EngineStatus | null;
}) {
  const rows = builds.flatMap((built) =>
    curve(built).flatMap((point) => {
      const cost = costAt(point, view);
      return cost && point.final ? [{ built, point, cost }] : [];
    }),
  );
  const fits = rows.filter((row) => keepsUp(row.cost)).length;
  const blockMs = view.blockSeconds * 1000;
  return (
    <div className="table-wrap planner" data-testid="realtime-planner" data-rows={rows.length} data-fits={fits}>
      <h3>
        Realtime planner — {view.blockSeconds} s blocks ({formatMs(blockMs)} ms each)
      </h3>
      <Hint>
        A voice changer searches the index once per block of new frames. Settings marked ✓ keep the search under{' '}
        {formatPercent(REALTIME_BUDGET_SHARE, 0)} of each block at worst (p99), leaving the rest for the model. Timings
        are this machine&apos;s
        {status ? ` (faiss ${status.faiss_version}, ${status.threads} threads)` : ''}: another computer differs.
      </Hint>
      {rows.length === 0 ? (
        <p className="empty">Build an index: its n_probe values are timed in {view.blockSeconds} s blocks here.</p>
      ) : (
        <table className="compare">
          <thead>
            <tr>
              <th scope="col">Build</th>
              <th scope="col" className="num">
                n_probe
              </th>
              <th scope="col" className="num" title={`share of the ${RVC_K} exact nearest neighbours found`}>
                Recall@{RVC_K}
              </th>
              <th scope="col" className="num">
                Blend error
              </th>
              <th scope="col" className="num" title="search time of one block: median / worst 1%">
                Block p50 / p99
              </th>
              <th scope="col" className="num" title="the block's worst-case search time over its duration">
                Of the block
              </th>
              <th scope="col">Keeps up</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ built, point, cost }) => (
              <tr
                key={`${built.result.index_id}:${point.nprobe}:${point.k_factor}:${point.ef_search}`}
                data-keeps-up={keepsUp(cost)}
              >
                <th scope="row">{built.result.label}</th>
                <td className="num">{point.nprobe ?? point.ef_search ?? '—'}</td>
                <td className="num strong">{formatPercent(point.recall_at_k)}</td>
                <td className="num">{formatPercent(point.blend_error, 2)}</td>
                <td className="num">
                  {formatMs(cost.block_ms_p50)} / {formatMs(cost.block_ms_p99)} ms
                </td>
                <td className="num">{formatPercent(cost.block_share ?? 0, 1)}</td>
                <td className={keepsUp(cost) ? 'ok' : 'risk'}>{keepsUp(cost) ? '✓' : '✗ too slow'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
