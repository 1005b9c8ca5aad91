// Messages of the faiss file reader (app/faissFile): why a file is corrupt, inconsistent or
// unusable by the engine, and harmless oddities. Error texts end with the byte offset where the
// offending field starts; `field` names the faiss struct field (not translated).
export const faissFileMessages = {
  // ---- the bytes end or do not look like a faiss file
  faiss_too_short: 'too short for a faiss index ({bytes} bytes) at byte {offset}',
  faiss_not_index: 'not a faiss index file (it starts with {start}) at byte {offset}',
  faiss_truncated: 'file ends inside {field} (needs {needed} bytes, {left} left) at byte {offset}',
  faiss_vector_too_long:
    '{field} claims {count} elements of {elementBytes} bytes but only {left} bytes are left at byte {offset}',
  faiss_list_too_long:
    'inverted list {list} claims {size} entries of {entryBytes} bytes but only {left} bytes are left at byte {offset}',
  faiss_impossibly_large: '{field} is impossibly large (corrupt file?) at byte {offset}',
  faiss_unknown_tag:
    'unknown {kind, select, transform {vector transform} lists {inverted lists} other {index}} type tag {tag} (corrupt file?) at byte {offset}',
  faiss_nesting: 'objects nested more than {max} deep (corrupt file?) at byte {offset}',
  faiss_unsupported: 'unsupported {fourcc} at byte {offset}',

  // ---- a field contradicts the format or another field
  faiss_too_small: '{field} = {value} is below {min} (corrupt file?) at byte {offset}',
  faiss_not_positive: '{field} = {value} is not positive (corrupt file?) at byte {offset}',
  faiss_out_of_range: '{field} = {value} is outside {min}…{max} (corrupt file?) at byte {offset}',
  faiss_not_equal: '{field} = {value}, but it must equal {rule} = {expected} (corrupt file?) at byte {offset}',
  faiss_not_one_of: '{field} = {value} is not one of {allowed} (corrupt file?) at byte {offset}',
  faiss_not_multiple:
    '{field} = {value} is not a multiple of {divisorField} = {divisor} (corrupt file?) at byte {offset}',
  faiss_not_finite: '{field} is {value}, not a finite number (corrupt file?) at byte {offset}',
  faiss_odd_count: '{field} holds an odd number ({count}) of values (corrupt file?) at byte {offset}',
  faiss_sparse_cap: 'nlist = {nlist}: more inverted lists than this reader lists (at most {max}) at byte {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} inverted lists, but the quantizer ({fourcc} at byte {quantizerAt}) accounts for at most {bound} (corrupt file?) at byte {offset}',
  faiss_untrained_with_vectors: '{type} is not trained but holds {ntotal} vectors (corrupt file?) at byte {offset}',
  faiss_id_out_of_range: '{field} holds id {id}, but {user} needs ids from 0 to {max} (corrupt file?) at byte {offset}',
  faiss_dangling_entry:
    '{field} points at vector {position} of inverted list {list}, which does not exist (nlist = {nlist}, that list holds {size}) (corrupt file?) at byte {offset}',
  faiss_hnsw_neighbor_level:
    'HNSW node {node} links to node {neighbor} on level {level}, but that node has only {levels} levels (corrupt file?) at byte {offset}',
  faiss_lists_not_stored:
    "the inverted lists are not stored in this file ('il00'): faiss reads it but cannot search it, and RVC would crash on it; build the index again from the experiment's features at byte {offset}",
  faiss_lists_on_disk:
    "the inverted lists live in a separate file (''{tag}'', faiss on-disk lists), which this app does not open; build the index again from the experiment's features, or load it with its lists in Python faiss and write it with in-memory lists at byte {offset}",

  // ---- valid for faiss, but the engine will not hand it to faiss
  faiss_engine_unsupported_type:
    '{type} ({fourcc}) cannot be used as {role, select, quantizer {the coarse quantizer of an IVF index} storage {the storage of an HNSW index} refine {the refine index of an IndexRefine} other {an index}} by the engine at byte {offset}',
  faiss_engine_cannot_search: "{type} at byte {offset} cannot be searched with the engine's faiss ({reason})",
  faiss_engine_metric:
    '{type} uses the {metric} metric: the engine reads only L2 and inner-product indexes at byte {offset}',
  faiss_engine_unsupported_value:
    "{field} = {value}: the engine's faiss works only with {allowed} here at byte {offset}",
  faiss_engine_limit: '{field} = {value} is outside what the engine handles ({min}…{max}) at byte {offset}',
  faiss_engine_untrained_part:
    '{type} at byte {offset} is not trained although the index around it is: faiss cannot search it',
  faiss_engine_unreadable: 'faiss cannot read this index ({reason})',
  faiss_engine_no_reconstruct:
    "faiss cannot return this index's stored vectors: reconstruct_n would abort the process ({type} at byte {offset}{reason, select, missing {: its ids do not cover 0 to {max}} other {}})",

  // ---- warnings: the file works, but something deserves a look
  faiss_trailing_bytes: '{count} bytes after the end of the index are ignored',
  faiss_nprobe_zero: 'stored nprobe is {nprobe}: faiss will search no inverted list',
  faiss_k_factor_low: 'stored k_factor is {value}: re-ranking needs at least 1',
} as const;
