// Every build of this experiment side by side, each at its selected n_probe / k_factor, with the
// cost in the chosen usage.
import { viewLabel } from '../charts/RecallChart';
import { TableHead, blendColumn, recallColumn } from '../components/TableHead';
import { useI18n } from '../i18n/LocaleProvider';
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
  const i18n = useI18n();
  return (
    <div className="table-wrap" data-testid="compare-table" data-rows={builds.length}>
      <h3>{i18n.t('compare.title')}</h3>
      {builds.length === 0 ? (
        <p className="empty">{i18n.t('compare.empty')}</p>
      ) : (
        <table className="compare">
          <TableHead
            columns={[
              { label: i18n.t('compare.build') },
              { label: i18n.t('compare.factory') },
              { label: 'n_probe', num: true },
              { label: 'k_factor', num: true },
              recallColumn(i18n),
              { label: i18n.t('results.recallUnit', { k: 1 }), title: i18n.t('compare.recall1Title'), num: true },
              blendColumn(i18n),
              {
                label: i18n.t('compare.msAudio'),
                title: i18n.t('compare.msAudioTitle', { view: viewLabel(i18n, view) }),
                num: true,
              },
              { label: i18n.t('compare.buildTime'), title: i18n.t('compare.buildTimeTitle'), num: true },
              { label: i18n.t('compare.size'), title: i18n.t('compare.sizeTitle'), num: true },
              { label: <span className="visually-hidden">{i18n.t('compare.remove')}</span> },
            ]}
          />
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
                      title={i18n.t('compare.selectTitle')}
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
                  <td
                    className="num strong"
                    title={point && !point.final ? i18n.t('compare.firstEstimate') : undefined}
                  >
                    {point ? `${point.final ? '' : '≈'}${i18n.percent(point.recall_at_k)}` : '…'}
                  </td>
                  <td className="num">{point ? i18n.percent(point.recall_at_1) : '…'}</td>
                  <td className="num">{point ? i18n.percent(point.blend_error, 2) : '…'}</td>
                  <td
                    className="num"
                    title={
                      cost
                        ? i18n.t('compare.costTitle', {
                            calls: i18n.count(cost.calls),
                            frames: cost.block_frames,
                            p50: i18n.ms(cost.block_ms_p50),
                            p99: i18n.ms(cost.block_ms_p99),
                            lone: point ? i18n.count(Math.round(point.latency_us_p50)) : '',
                          })
                        : ''
                    }
                  >
                    {cost ? i18n.ms(cost.ms_per_audio_second) : '…'}
                  </td>
                  <td
                    className="num"
                    title={i18n.t('compare.timesTitle', {
                      train: i18n.duration(built.result.timings_ms.train),
                      add: i18n.duration(built.result.timings_ms.add),
                    })}
                  >
                    {i18n.duration(built.result.timings_ms.train + built.result.timings_ms.add)}
                  </td>
                  <td className="num size">
                    {i18n.bytes(built.result.file_bytes)}
                    <span
                      className="vectors"
                      title={
                        built.config.compress
                          ? i18n.t('compare.centroidsTitle', { n: i18n.count(built.result.n) })
                          : i18n.t('compare.framesTitle')
                      }
                    >
                      {i18n.t('compare.vectors', {
                        count: i18n.count(built.result.ntotal),
                        compress: built.config.compress ? 'yes' : 'no',
                      })}
                      {built.config.expand ? (
                        <abbr
                          title={i18n.t('compare.expansionTitle', {
                            num: built.config.numExpand,
                            alpha: built.config.alpha,
                          })}
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
                      aria-label={i18n.t('compare.removeLabel', { label: built.result.label })}
                      title={i18n.t('compare.removeTitle')}
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
