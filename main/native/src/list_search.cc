// An IVF search in its two halves, as faiss's IndexIVF::search runs them: the quantizer's
// assignment of each query to its nearest lists, then the scan of given lists
// (search_preassigned). The recall estimator without features scans each stored vector's lists
// in an order it corrects itself (main/engine/recallEstimate.ts).
#include <faiss/IndexIVF.h>
#include <omp.h>

#include <exception>
#include <mutex>
#include <vector>

#include "cancel.h"
#include "errors.h"
#include "index_object.h"
#include "index_walk.h"
#include "preconditions.h"
#include "search_result.h"

namespace rvc {

namespace {

faiss::IndexIVF& scannableIvf(faiss::Index& index) {
  faiss::IndexIVF* ivf = listScannableIvf(&index);
  if (ivf == nullptr) {
    invalidArgument(typeName(&index) +
                    " cannot be searched list by list (only IVF indexes without FastScan or wrappers)");
  }
  return *ivf;
}

Napi::Int32Array int32ArrayArg(const Napi::CallbackInfo& info, size_t i, const char* name) {
  if (info.Length() <= i || !info[i].IsTypedArray() ||
      info[i].As<Napi::TypedArray>().TypedArrayType() != napi_int32_array) {
    invalidArgument(std::string(name) + " must be an Int32Array");
  }
  return info[i].As<Napi::Int32Array>();
}

// Argument i: n × m list ids (Int32Array, -1 = none), checked against the index's lists (faiss
// indexes its inverted lists with them unchecked).
std::vector<int64_t> listKeys(const Napi::CallbackInfo& info, size_t i, int64_t n, const faiss::IndexIVF& ivf) {
  Napi::Int32Array lists = int32ArrayArg(info, i, "lists");
  if (lists.ElementLength() == 0 || lists.ElementLength() % size_t(n) != 0)
    invalidArgument("lists must hold the same number of list ids for every query");
  if (int64_t(lists.ElementLength()) / n > int64_t(ivf.nlist))
    invalidArgument("more lists per query than the index has");
  std::vector<int64_t> keys(lists.ElementLength());
  for (size_t j = 0; j < keys.size(); ++j) {
    int32_t id = lists[j];
    if (id < -1 || id >= int64_t(ivf.nlist))
      invalidArgument("list id " + std::to_string(id) + " is outside [0, nlist = " + std::to_string(ivf.nlist) + ")");
    keys[j] = id;
  }
  return keys;
}

}  // namespace

Napi::Value IndexObject::coarseAssign(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::IndexIVF& ivf = scannableIvf(live());
    FloatSpan x = floatArrayArg(info, 0, "queries");
    int64_t n = rowCount(x, ivf.d, "queries");
    int64_t count = integerArg(info, 1, "count", 1, int64_t(ivf.nlist));
    if (!ivf.is_trained) invalidArgument("index must be trained before its lists can be assigned");
    shareCancelFlagWithTeam();
    throwIfCancelled();
    auto distances = Napi::Float32Array::New(env, size_t(n * count));
    std::vector<int64_t> lists(size_t(n * count));
    ivf.quantizer->search(n, x.data, count, distances.Data(), lists.data());
    return searchResult(env, distances, lists);
  });
}

Napi::Value IndexObject::searchPreassigned(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::IndexIVF& ivf = scannableIvf(live());
    auto [x, n, k] = queryArgs(info, ivf);
    std::vector<int64_t> keys = listKeys(info, 2, n, ivf);
    int64_t m = int64_t(keys.size()) / n;
    FloatSpan coarse = floatArrayArg(info, 3, "list distances");
    if (coarse.length != keys.size()) invalidArgument("list distances must match lists in length");
    faiss::IVFSearchParameters params;
    params.nprobe = size_t(m);
    auto distances = Napi::Float32Array::New(env, size_t(n * k));
    std::vector<int64_t> labels(size_t(n * k));
    shareCancelFlagWithTeam();
    // search_preassigned runs single-threaded in faiss's default mode (IndexIVF::search splits the
    // queries between threads itself): split them the same way
    int threads = int(std::min<int64_t>(omp_get_max_threads(), n));
    std::exception_ptr failure;
    std::mutex failureLock;
#pragma omp parallel for if (threads > 1) num_threads(threads)
    for (int t = 0; t < threads; ++t) {
      int64_t i0 = n * t / threads;
      int64_t i1 = n * (t + 1) / threads;
      try {
        ivf.search_preassigned(i1 - i0, x.data + i0 * ivf.d, k, keys.data() + i0 * m, coarse.data + i0 * m,
                               distances.Data() + i0 * k, labels.data() + i0 * k, false, &params);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failureLock);
        if (!failure) failure = std::current_exception();
      }
    }
    if (failure) std::rethrow_exception(failure);
    throwIfCancelled();
    return searchResult(env, distances, labels);
  });
}

}  // namespace rvc
