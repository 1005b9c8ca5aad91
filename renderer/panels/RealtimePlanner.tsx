// Results · the realtime planner: for the chosen block length, which built indexes and n_probe
// values keep their search under the budget share of each block (app/cost.ts), next to what they
// find. Every time is this machine's, with this faiss build and thread count.
import type { EngineStatus } from '../../app/contract';
import { keepsUp, REALTIME_BUDGET_SHARE } from '../../app/cost';
import { Hint } from '../components/Notices';
import { TableHead, blendColumn, recallColumn } from '../components/TableHead';
import { useI18n } from '../i18n/LocaleProvider';
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
  const i18n = useI18n();
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
      <h3>{i18n.t('planner.title', { seconds: i18n.count(view.blockSeconds), ms: i18n.ms(blockMs) })}</h3>
      <Hint>
        {i18n.t('planner.hint', {
          share: i18n.percent(REALTIME_BUDGET_SHARE, 0),
          engine: status ? i18n.t('planner.engine', { version: status.faiss_version, threads: status.threads }) : '',
        })}
      </Hint>
      {rows.length === 0 ? (
        <p className="empty">{i18n.t('planner.empty', { seconds: i18n.count(view.blockSeconds) })}</p>
      ) : (
        <table className="compare">
          <TableHead
            columns={[
              { label: i18n.t('compare.build') },
              { label: 'n_probe', num: true },
              recallColumn(i18n),
              blendColumn(i18n),
              { label: i18n.t('planner.block'), title: i18n.t('planner.blockTitle'), num: true },
              { label: i18n.t('planner.share'), title: i18n.t('planner.shareTitle'), num: true },
              { label: i18n.t('planner.keepsUp') },
            ]}
          />
          <tbody>
            {rows.map(({ built, point, cost }) => (
              <tr
                key={`${built.result.index_id}:${point.nprobe}:${point.k_factor}:${point.ef_search}`}
                data-keeps-up={keepsUp(cost)}
              >
                <th scope="row">{built.result.label}</th>
                <td className="num">{point.nprobe ?? point.ef_search ?? '—'}</td>
                <td className="num strong">{i18n.percent(point.recall_at_k)}</td>
                <td className="num">{i18n.percent(point.blend_error, 2)}</td>
                <td className="num">
                  {i18n.t('planner.blockMs', { p50: i18n.ms(cost.block_ms_p50), p99: i18n.ms(cost.block_ms_p99) })}
                </td>
                <td className="num">{i18n.percent(cost.block_share ?? 0, 1)}</td>
                <td className={keepsUp(cost) ? 'ok' : 'risk'}>{keepsUp(cost) ? '✓' : i18n.t('planner.tooSlow')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
