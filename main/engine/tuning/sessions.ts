// The tuning session of a built index, one per neighbour count k, made on first use.
import { argumentError } from '../../../app/errors';
import type { JobContext } from '../jobContext';
import type { IndexEntry } from '../registry';
import { QuerySet } from './querySet';
import { TuningSession } from './session';

export function sessionFor(entry: IndexEntry, k: number, ctx: JobContext): TuningSession {
  let session = entry.sessions.get(k);
  if (session) return session;
  const { view, index } = entry;
  if (view.queries.length === 0) throw argumentError('queries', 'tuning_no_queries');
  const info = entry.info;
  if (k > info.ntotal) throw argumentError('k', 'k_above_ntotal', { k, ntotal: info.ntotal });
  const set = new QuerySet(
    view.queries,
    view.d,
    k,
    entry.metric,
    view.database,
    entry.storedVectors((said) => ctx.warn(said)),
  );
  session = new TuningSession(index, set, info);
  entry.sessions.set(k, session);
  return session;
}
