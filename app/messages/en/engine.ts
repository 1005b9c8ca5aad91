// Messages about the native engine itself: which faiss build runs.
export const engineMessages = {
  faiss_variant_unknown: 'RVC_FAISS_VARIANT is "{value}": use generic or avx2 (or unset it to choose by CPU)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, but {file} is not built (built: {built}); run "npm run build" on Linux x86-64 for both',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, but this CPU or operating system cannot run AVX2 code (AVX2, FMA, F16C with OS-saved AVX state)',
} as const;
