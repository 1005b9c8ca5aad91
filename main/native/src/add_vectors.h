// Adding vectors to an index without the slack of growing lists.
#pragma once

#include <faiss/Index.h>

#include <cstdint>

namespace rvc {

// index.add(n, x), with a plain IVF index's array lists sized exactly first (see add_vectors.cc).
void addVectors(faiss::Index& index, int64_t n, const float* x);

}  // namespace rvc
