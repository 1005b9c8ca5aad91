// Messages about files RVC will load: exports, and indexes met elsewhere; the export's RVC
// compatibility checks say what they found, passed or not.
export const exportMessages = {
  metric_ip:
    'inner-product metric: RVC weights neighbours by 1/distance², which assumes L2 distances — this index will blend wrongly in RVC',

  // ---- compatibility checks (a failed metric check says rvc_metric_not_l2)
  check_metric_l2: 'L2: RVC’s 1/distance² weights apply',
  check_ntotal: '{ntotal} vectors stored ({expected} expected)',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) returns finite vectors',
  check_reconstruct_nonfinite: 'reconstruct_n returned non-finite values',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) fails: {reason} — RVC cannot load this index',
  check_ids_mapped: 'the index maps custom ids; RVC needs ids 0..ntotal-1',
  check_ids_ok: 'ids are 0..ntotal-1',
  check_fastscan_heap: "RVC's FastScan search asks for {candidates} candidates: faiss uses its heap top-k",
  check_fastscan_aborts:
    "RVC's FastScan search asks for {candidates} candidates (k_factor {kFactor}): faiss-cpu 1.7.3, which RVC pins, then switches to a top-k that aborts on some data with tied distances (partitioning.cpp assertion). k_factor ≤ {max} avoids it; this app's own searches are not affected",
  check_nprobe_none: 'not an IVF index: no n_probe',
  check_nprobe_stored: 'n_probe {nprobe} stored in the file (RVC never changes it)',
} as const;
