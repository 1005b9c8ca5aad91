// Results · the k_factor effect for the selected RFlat build at its n_probe: the same search with
// k_factor 1, 2, 2.5, 4, 8 (and the selected value) — recall@8, blend error, cost. Measured on
// request by the engine's tuning loop; the points are kept with the build's others, so moving the
// k_factor slider to a measured value shows it at once.
import { useState } from 'react';
import { Hint } from '../components/Notices';
import { TableHead, blendColumn, recallColumn } from '../components/TableHead';
import { useI18n } from '../i18n/LocaleProvider';
import { kFactorEffectHint } from '../lib/hints';
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
  const i18n = useI18n();
  const rows = kFactorEffect(built);
  const missing = rows.filter((row) => !row.point).map((row) => row.kFactor);
  const measured = rows.length - missing.length;
  const where =
    built.nprobe !== null ? i18n.t('hint.atNprobe', { nprobe: built.nprobe }) : i18n.t('kfactor.itsSettings');
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
      <h3>{i18n.t('kfactor.title', { label: built.result.label, where })}</h3>
      <table className="compare">
        <TableHead
          columns={[
            { label: 'k_factor', num: true },
            { label: i18n.t('kfactor.reranked'), title: i18n.t('kfactor.rerankedTitle'), num: true },
            recallColumn(i18n),
            blendColumn(i18n),
            { label: i18n.t('kfactor.lone'), title: i18n.t('kfactor.loneTitle'), num: true },
            { label: i18n.t('compare.msAudio'), title: i18n.t('kfactor.msTitle'), num: true },
            { label: i18n.t('kfactor.inRvc'), title: i18n.t('kfactor.inRvcTitle') },
          ]}
        />
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
                {row.selected ? <span className="visually-hidden">{i18n.t('kfactor.selected')}</span> : null}
              </th>
              <td className="num">{row.candidates}</td>
              <td className="num strong">{row.point ? i18n.percent(row.point.recall_at_k) : '…'}</td>
              <td className="num">{row.point ? i18n.percent(row.point.blend_error, 2) : '…'}</td>
              <td className="num">
                {row.point ? i18n.t('kfactor.us', { us: i18n.count(Math.round(row.point.latency_us_p50)) }) : '…'}
              </td>
              <td className="num">
                {row.point && costAt(row.point, view) ? i18n.ms(costAt(row.point, view)!.ms_per_audio_second) : '…'}
              </td>
              <td className={row.safeInRvc ? 'ok' : 'risk'}>
                {i18n.t(row.safeInRvc ? 'kfactor.safe' : 'kfactor.mayCrash')}
              </td>
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
              ? i18n.t('kfactor.measuring', { values: missing.map((v) => i18n.count(v)).join(', ') })
              : i18n.t('kfactor.measure', { values: missing.map((v) => i18n.count(v)).join(', '), where })}
          </button>{' '}
          {i18n.t('kfactor.searchesOnly')}
        </p>
      )}
      <Hint>{kFactorEffectHint(i18n)}</Hint>
    </div>
  );
}
