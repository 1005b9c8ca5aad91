// What faiss would assert on (and abort the process), checked before it is called.
#pragma once

#include <faiss/Index.h>
#include <napi.h>

#include <cstdint>
#include <string>

#include "args.h"

namespace rvc {

constexpr int64_t kMaxDimension = 65536;
constexpr int64_t kMaxK = 4096;

// faiss's factory accepts numbers it later divides by ("PQ0" raises SIGFPE) and code widths it
// cannot represent: every number must be positive and of sane size.
void checkFactoryNumbers(const std::string& description);

// Before add(): trained, and the ids still fit the Int32Array labels travel in.
void checkCanAdd(const faiss::Index& index, int64_t n);

// Before train(): an IVF index needs at least nlist vectors (faiss's k-means asserts).
void checkCanTrain(faiss::Index& index, int64_t n);

struct QueryArgs {
  FloatSpan queries;
  int64_t n;
  int64_t k;
};

// (queries: Float32Array, k) checked against a searchable index.
QueryArgs queryArgs(const Napi::CallbackInfo& info, const faiss::Index& index);

}  // namespace rvc
