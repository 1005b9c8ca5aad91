// Messages about the native engine itself: which faiss build runs.
export const engineMessages = {
  faiss_variant_unknown: 'RVC_FAISS_VARIANT is "{value}": use generic or avx2 (or unset it to choose by CPU)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, but {file} is not built (built: {built}); run "npm run build" on Linux x86-64 for both',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, but this CPU or operating system cannot run AVX2 code (AVX2, FMA, F16C with OS-saved AVX state)',

  // ---- the engine's workers and process, and the jobs they run
  index_not_loaded: 'index {id} is not loaded: build it again',
  index_lost:
    'index {id} is not loaded (it was disposed, or {where, select, worker {its engine worker} other {the engine}} restarted): build it again',
  job_already_running: 'job {id} is already running',
  cancelled: 'cancelled',
  cancelled_before_start: 'cancelled before it started',
  engine_shutting_down: 'the engine is shutting down',
  engine_stopped_after: '{why, select, cancel {cancelled} other {shut down}}: the engine was stopped',
  engine_worker_stopped:
    'the engine worker stopped unexpectedly ({reason}){lost, select, none {} other {; indexes lost: {lost} (build them again)}}',
  engine_worker_failed: 'the engine worker failed to start ({reason})',
  engine_not_ready: 'the engine process ended before it was ready ({how})',
  engine_process_stopped:
    'the engine stopped ({how}); it restarts on the next request{lost, select, none {} other {; built indexes lost: {lost} (build them again)}}',
  engine_not_loadable: 'cannot load the native faiss engine ({file}): {reason}. Run "npm run build" first.',

  // ---- the native engine's own failures (faiss's text is a parameter)
  engine_out_of_memory: 'out of memory',
  engine_refused: 'the engine refused the request: {detail}',
  faiss_failed: 'faiss failed: {detail}',
} as const;
