// The nested structure of a faiss file: each node's type, fourcc, byte range and parameters.
import type { FaissNode, FaissParamValue } from '../../app/contract';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/LocaleProvider';

const MAX_ARRAY = 12;

function paramText(i18n: I18n, value: FaissParamValue): string {
  if (Array.isArray(value))
    return value.length > MAX_ARRAY
      ? `[${value.slice(0, MAX_ARRAY).join(', ')}, ${i18n.t('tree.moreValues', { count: i18n.count(value.length) })}]`
      : `[${value.join(', ')}]`;
  if (value === null) return '—';
  return String(value);
}

export function FaissTree({ node, depth = 0 }: { node: FaissNode; depth?: number }) {
  const i18n = useI18n();
  const params = Object.entries(node.params);
  return (
    <details className="tree-node" open={depth < 3}>
      <summary>
        <strong>{node.type}</strong> <code>{node.fourcc}</code>{' '}
        <span className="muted">
          {i18n.t('tree.bytes', {
            from: i18n.count(node.offset),
            to: i18n.count(node.end),
            size: i18n.bytes(node.end - node.offset),
          })}
          {node.d !== undefined ? ` · d ${node.d}` : ''}
          {node.ntotal !== undefined ? i18n.t('tree.vectors', { count: i18n.count(node.ntotal) }) : ''}
          {node.metric ? ` · ${node.metric}` : ''}
        </span>
      </summary>
      {params.length > 0 && (
        <dl className="params">
          {params.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{paramText(i18n, value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {node.children.map((child, i) => (
        <FaissTree key={`${child.offset}-${i}`} node={child} depth={depth + 1} />
      ))}
    </details>
  );
}
