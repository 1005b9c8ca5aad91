// Exact top-k over chosen inverted lists of an IVF-Flat index, read list by list: the neighbours
// of an n_probe point for many queries at once (main/engine/listScan.ts). Timings never come from
// here: they time faiss's own search.
#pragma once

#include <faiss/IndexIVFFlat.h>

#include <cstdint>

namespace rvc {

// For each of n queries, the k best vectors of its m lists (keys: n × m list ids, -1 = none),
// best first; -1 labels when fewer than k. false when cancelled (outputs then incomplete).
bool scanFlatLists(const faiss::IndexIVFFlat& ivf, int64_t n, const float* queries, int64_t m, const int64_t* keys,
                   int64_t k, float* distances, int64_t* labels);

}  // namespace rvc
