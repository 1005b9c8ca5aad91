// The nested structure of a faiss file: each node's type, fourcc, byte range and parameters.
import type { FaissNode, FaissParamValue } from '../../app/contract';
import { formatBytes, formatCount } from '../../app/format';

const MAX_ARRAY = 12;

function paramText(value: FaissParamValue): string {
  if (Array.isArray(value))
    return value.length > MAX_ARRAY
      ? `[${value.slice(0, MAX_ARRAY).join(', ')}, … ${value.length} values]`
      : `[${value.join(', ')}]`;
  if (value === null) return '—';
  return String(value);
}

export function FaissTree({ node, depth = 0 }: { node: FaissNode; depth?: number }) {
  const params = Object.entries(node.params);
  return (
    <details className="tree-node" open={depth < 3}>
      <summary>
        <strong>{node.type}</strong> <code>{node.fourcc}</code>{' '}
        <span className="muted">
          bytes {formatCount(node.offset)}–{formatCount(node.end)} ({formatBytes(node.end - node.offset)})
          {node.d !== undefined ? ` · d ${node.d}` : ''}
          {node.ntotal !== undefined ? ` · ${formatCount(node.ntotal)} vectors` : ''}
          {node.metric ? ` · ${node.metric}` : ''}
        </span>
      </summary>
      {params.length > 0 && (
        <dl className="params">
          {params.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{paramText(value)}</dd>
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
