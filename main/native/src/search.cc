// Searches, as RVC makes them: `search` for one batch (sliced only to poll for a cancel), and
// `searchBlocks` for the calls whose cost the app reports — consecutive blocks of a fixed number
// of query rows, one faiss call per block, each timed natively (a block of 1 is a lone frame, of
// 12 a realtime block, of ~3000 RVC's offline segment).
#include <chrono>
#include <optional>
#include <vector>

#include "cancel.h"
#include "errors.h"
#include "index_object.h"
#include "index_walk.h"
#include "parameters.h"
#include "preconditions.h"
#include "search_result.h"

namespace rvc {

namespace {

// A batch search runs in slices with a cancel check between them, a backstop for indexes whose
// searches poll no interrupt (faiss's IVF and HNSW searches do, on every thread). Each slice
// re-enters OpenMP and BLAS, so slices start large and grow while they finish quickly.
constexpr int64_t kFirstSlice = 2048;
constexpr double kSliceTargetNs = 1e9;

double elapsedNs(std::chrono::steady_clock::time_point since) {
  return double(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - since).count());
}

// Optional "nprobe=8,k_factor=4" for this call only: the stored values come back afterwards.
void overrideParameters(const Napi::CallbackInfo& info, size_t i, faiss::Index& index,
                        std::optional<SavedParameters>& saved) {
  if (info.Length() > i && !info[i].IsUndefined()) {
    std::string spec = stringArg(info, i, "parameters");
    saved.emplace(&index);
    applyParameters(&index, spec);
  }
}

}  // namespace

Napi::Value IndexObject::search(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    auto [x, n, k] = queryArgs(info, index);
    shareCancelFlagWithTeam(!faissPollsUncaught(&index));
    std::optional<SavedParameters> saved;
    overrideParameters(info, 2, index, saved);
    auto distances = Napi::Float32Array::New(env, size_t(n * k));
    std::vector<int64_t> labels(size_t(n * k));
    double ns = 0;
    int64_t slice = kFirstSlice;
    for (int64_t i0 = 0; i0 < n;) {
      throwIfCancelled();
      int64_t count = std::min(slice, n - i0);
      auto start = std::chrono::steady_clock::now();
      index.search(count, x.data + i0 * index.d, k, distances.Data() + i0 * k, labels.data() + i0 * k);
      double took = elapsedNs(start);
      ns += took;
      if (took < kSliceTargetNs / 4) slice *= 4;
      i0 += count;
    }
    Napi::Object result = searchResult(env, distances, labels);
    result.Set("elapsedNs", ns);
    return result;
  });
}

Napi::Value IndexObject::searchBlocks(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    auto [x, n, k] = queryArgs(info, index);
    int64_t blockRows = integerArg(info, 2, "blockRows", 1, INT32_MAX);
    shareCancelFlagWithTeam(!faissPollsUncaught(&index));
    std::optional<SavedParameters> saved;
    overrideParameters(info, 3, index, saved);
    int64_t blocks = (n + blockRows - 1) / blockRows;
    auto distances = Napi::Float32Array::New(env, size_t(n * k));
    auto blockNs = Napi::Float64Array::New(env, size_t(blocks));
    std::vector<int64_t> labels(size_t(n * k));
    for (int64_t b = 0; b < blocks; ++b) {
      throwIfCancelled();
      int64_t i0 = b * blockRows;
      int64_t count = std::min(blockRows, n - i0);
      auto start = std::chrono::steady_clock::now();
      index.search(count, x.data + i0 * index.d, k, distances.Data() + i0 * k, labels.data() + i0 * k);
      blockNs[size_t(b)] = elapsedNs(start);
    }
    Napi::Object result = searchResult(env, distances, labels);
    result.Set("blockNs", blockNs);
    return result;
  });
}

}  // namespace rvc
