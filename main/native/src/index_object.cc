#include "index_object.h"

#include <faiss/AutoTune.h>
#include <faiss/IndexIVFFastScan.h>
#include <faiss/IndexIVFPQ.h>
#include <faiss/IndexPQ.h>
#include <faiss/IndexScalarQuantizer.h>
#include <faiss/clone_index.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/io.h>
#include <faiss/index_factory.h>
#include <faiss/index_io.h>
#include <faiss/invlists/InvertedLists.h>

#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <typeinfo>

#include <omp.h>
#include <climits>
#include <cstring>
#include <vector>

#include "addon_data.h"
#include "args.h"
#include "byte_io.h"
#include "cancel.h"
#include "errors.h"
#include "index_walk.h"
#include "list_scan.h"

namespace rvc {

namespace {

constexpr int64_t kMaxDimension = 65536;
constexpr int64_t kMaxK = 4096;
// Labels travel to JS as Int32Array; RVC indexes hold at most a few million vectors.
constexpr int64_t kMaxVectors = INT32_MAX;
// PQ{m}x{bits}, IMI{k}x{bits}: faiss trains 2^bits centroids per sub-quantizer
constexpr int64_t kMaxCodeBits = 16;
// Batch searches also run in slices with a cancel check between them, a backstop for indexes
// whose searches poll no interrupt (faiss's IVF and HNSW searches do, on every thread). Each
// slice re-enters OpenMP and BLAS and splits its queries statically between threads, which costs
// throughput (-20% at 256 queries), so slices start large and grow while they finish quickly.
constexpr int64_t kFirstSlice = 2048;
constexpr double kSliceTargetNs = 1e9;

// Calls run(first, count) over [0, n) in growing slices, checking for a cancel before each.
template <typename Run>
void inSlices(int64_t n, Run run) {
  int64_t slice = kFirstSlice;
  for (int64_t i0 = 0; i0 < n;) {
    throwIfCancelled();
    int64_t count = std::min(slice, n - i0);
    auto start = std::chrono::steady_clock::now();
    run(i0, count);
    if (std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count() < kSliceTargetNs / 4)
      slice *= 4;
    i0 += count;
  }
}

// faiss's factory accepts numbers it later divides by ("PQ0" raises SIGFPE), so every number in
// the description must be positive and of sane size before faiss sees it.
void checkFactoryNumbers(const std::string& description) {
  if (description.empty() || description.size() > 512) invalidArgument("factory string must have 1-512 characters");
  for (size_t i = 0; i < description.size();) {
    if (description[i] < '0' || description[i] > '9') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < description.size() && description[end] >= '0' && description[end] <= '9') ++end;
    std::string digits = description.substr(i, end - i);
    bool fractional = i > 0 && description[i - 1] == '.';
    if (!fractional && (digits.size() > 9 || std::stoll(digits) == 0)) {
      invalidArgument("number '" + digits + "' in factory string '" + description +
                      "' must be between 1 and 999999999");
    }
    // "PQ8x64": a code width faiss cannot represent (1 << 64 centroids) ends in SIGFPE at train
    if (i > 0 && description[i - 1] == 'x' && (digits.size() > 2 || std::stoll(digits) > kMaxCodeBits)) {
      invalidArgument("code width x" + digits + " in factory string '" + description + "' must be at most " +
                      std::to_string(kMaxCodeBits) + " bits");
    }
    i = end;
  }
}

double elapsedNs(std::chrono::steady_clock::time_point since) {
  return double(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - since).count());
}

// {distances, labels}: faiss's int64 labels narrowed to Int32Array (ntotal < 2^31 is checked on add).
Napi::Object searchResult(Napi::Env env, Napi::Float32Array distances, const std::vector<int64_t>& labels) {
  auto out = Napi::Int32Array::New(env, labels.size());
  for (size_t i = 0; i < labels.size(); ++i) out[i] = int32_t(labels[i]);
  Napi::Object result = Napi::Object::New(env);
  result.Set("distances", distances);
  result.Set("labels", out);
  return result;
}

struct QueryArgs {
  FloatSpan queries;
  int64_t n;
  int64_t k;
};

// (queries: Float32Array, k) checked against a searchable index.
QueryArgs queryArgs(const Napi::CallbackInfo& info, const faiss::Index& index) {
  FloatSpan x = floatArrayArg(info, 0, "queries");
  int64_t n = rowCount(x, index.d, "queries");
  if (!index.is_trained || index.ntotal == 0) invalidArgument("index is empty: train and add vectors before searching");
  int64_t k = integerArg(info, 1, "k", 1, std::min<int64_t>(kMaxK, index.ntotal));
  return {x, n, k};
}

void setParameter(faiss::Index* index, const std::string& name, double value) {
  if (name == "nprobe") {
    faiss::IndexIVF* ivf = findIvf(index);
    if (ivf == nullptr) invalidArgument("nprobe applies only to IVF indexes");
    if (value < 1 || value > double(ivf->nlist) || value != double(int64_t(value))) {
      invalidArgument("nprobe must be an integer in [1, nlist = " + std::to_string(ivf->nlist) + "]");
    }
    ivf->nprobe = size_t(value);
  } else if (name == "k_factor") {
    faiss::IndexRefine* refine = findRefine(index);
    if (refine == nullptr) invalidArgument("k_factor applies only to indexes with a re-ranking stage (RFlat)");
    if (!(value >= 1 && value <= 1024)) invalidArgument("k_factor must be in [1, 1024]");
    refine->k_factor = float(value);
  } else if (name == "efSearch") {
    faiss::IndexHNSW* hnsw = findHnsw(index);
    if (hnsw == nullptr) invalidArgument("efSearch applies only to HNSW indexes");
    if (value < 1 || value > 1e6 || value != double(int64_t(value)))
      invalidArgument("efSearch must be an integer >= 1");
    hnsw->hnsw.efSearch = int(value);
  } else {
    faiss::ParameterSpace().set_index_parameter(index, name, value);
  }
}

// "nprobe=8,k_factor=4": each name=value through setParameter.
void applyParameters(faiss::Index* index, const std::string& spec) {
  size_t start = 0;
  while (start < spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    std::string item = spec.substr(start, end - start);
    size_t eq = item.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
      invalidArgument("parameter '" + item + "' is not of the form name=value");
    }
    std::string name = item.substr(0, eq);
    std::string text = item.substr(eq + 1);
    char* parsedEnd = nullptr;
    double value = std::strtod(text.c_str(), &parsedEnd);
    if (parsedEnd == text.c_str() || *parsedEnd != '\0')
      invalidArgument("parameter " + name + " has a non-numeric value '" + text + "'");
    setParameter(index, name, value);
    start = end + 1;
  }
}

// The search-time values setParameter can change, put back when a one-call override ends.
class SavedParameters {
 public:
  explicit SavedParameters(faiss::Index* index)
      : ivf_(findIvf(index)),
        refine_(findRefine(index)),
        hnsw_(findHnsw(index)),
        nprobe_(ivf_ ? ivf_->nprobe : 0),
        kFactor_(refine_ ? refine_->k_factor : 0),
        efSearch_(hnsw_ ? hnsw_->hnsw.efSearch : 0) {}
  ~SavedParameters() {
    if (ivf_) ivf_->nprobe = nprobe_;
    if (refine_) refine_->k_factor = kFactor_;
    if (hnsw_) hnsw_->hnsw.efSearch = efSearch_;
  }

 private:
  faiss::IndexIVF* ivf_;
  faiss::IndexRefine* refine_;
  faiss::IndexHNSW* hnsw_;
  size_t nprobe_;
  float kFactor_;
  int efSearch_;
};

// The IVF index whose lists a query can be scanned in, list by list: a plain IndexIVF at the top
// (wrappers transform or re-rank the queries first). faiss 1.7.3's FastScan IVF has no scanner
// for search_preassigned, so it is excluded.
faiss::IndexIVF& scannableIvf(faiss::Index& index) {
  auto* ivf = dynamic_cast<faiss::IndexIVF*>(&index);
  if (ivf == nullptr || dynamic_cast<faiss::IndexIVFFastScan*>(&index) != nullptr) {
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

// A plain IndexIVFFlat with L2 or inner product (not a subclass such as IVFFlatDedup).
const faiss::IndexIVFFlat* plainFlatIvf(const faiss::Index& index) {
  if (typeid(index) != typeid(faiss::IndexIVFFlat)) return nullptr;
  if (index.metric_type != faiss::METRIC_L2 && index.metric_type != faiss::METRIC_INNER_PRODUCT) return nullptr;
  return static_cast<const faiss::IndexIVFFlat*>(&index);
}

// Whether faiss::clone_index returns an index of exactly this type (and so for its quantizer).
bool clonesExactly(const faiss::Index& index) {
  const std::type_info& type = typeid(index);
  if (type == typeid(faiss::IndexFlat) || type == typeid(faiss::IndexFlatL2) || type == typeid(faiss::IndexFlatIP) ||
      type == typeid(faiss::IndexScalarQuantizer) || type == typeid(faiss::IndexPQ)) {
    return true;
  }
  if (type == typeid(faiss::IndexIVFFlat) || type == typeid(faiss::IndexIVFScalarQuantizer) ||
      type == typeid(faiss::IndexIVFPQ)) {
    const auto& ivf = static_cast<const faiss::IndexIVF&>(index);
    return dynamic_cast<const faiss::ArrayInvertedLists*>(ivf.invlists) != nullptr && clonesExactly(*ivf.quantizer);
  }
  return false;
}

}  // namespace

Napi::Function IndexObject::define(Napi::Env env) {
  Napi::Function ctor = DefineClass(env, "Index",
                                    {
                                        StaticMethod<&IndexObject::create>("create"),
                                        StaticMethod<&IndexObject::fromBuffer>("fromBuffer"),
                                        InstanceMethod<&IndexObject::train>("train"),
                                        InstanceMethod<&IndexObject::add>("add"),
                                        InstanceMethod<&IndexObject::search>("search"),
                                        InstanceMethod<&IndexObject::searchEach>("searchEach"),
                                        InstanceMethod<&IndexObject::coarseAssign>("coarseAssign"),
                                        InstanceMethod<&IndexObject::searchPreassigned>("searchPreassigned"),
                                        InstanceMethod<&IndexObject::scanFlatLists>("scanFlatLists"),
                                        InstanceMethod<&IndexObject::canScanFlatLists>("canScanFlatLists"),
                                        InstanceMethod<&IndexObject::setParameters>("setParameters"),
                                        InstanceMethod<&IndexObject::describe>("describe"),
                                        InstanceMethod<&IndexObject::listSizes>("listSizes"),
                                        InstanceMethod<&IndexObject::reconstructN>("reconstructN"),
                                        InstanceMethod<&IndexObject::toBuffer>("toBuffer"),
                                        InstanceMethod<&IndexObject::write>("write"),
                                        InstanceMethod<&IndexObject::byteSize>("byteSize"),
                                        InstanceMethod<&IndexObject::clone>("clone"),
                                        InstanceMethod<&IndexObject::reset>("reset"),
                                        InstanceMethod<&IndexObject::dispose>("dispose"),
                                    });
  addonData(env).indexClass = Napi::Persistent(ctor);
  return ctor;
}

IndexObject::IndexObject(const Napi::CallbackInfo& info) : Napi::ObjectWrap<IndexObject>(info) {
  guarded(info.Env(), [&] {
    if (info.Length() != 1 || !info[0].IsExternal()) invalidArgument("use Index.create() or Index.fromBuffer()");
    index_.reset(info[0].As<Napi::External<faiss::Index>>().Data());
  });
}

Napi::Object IndexObject::wrap(Napi::Env env, faiss::Index* index) {
  preferHeapTopK(index);
  return addonData(env).indexClass.New({Napi::External<faiss::Index>::New(env, index)});
}

faiss::Index& IndexObject::live() {
  if (!index_) invalidArgument("index has been disposed");
  return *index_;
}

Napi::Value IndexObject::create(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  faiss::Index* index = guarded(env, [&] {
    int64_t d = integerArg(info, 0, "d", 1, kMaxDimension);
    std::string description = stringArg(info, 1, "factory");
    std::string metric = stringArg(info, 2, "metric");
    if (metric != "l2" && metric != "ip") invalidArgument("metric must be 'l2' or 'ip'");
    checkFactoryNumbers(description);
    try {
      return faiss::index_factory(int(d), description.c_str(),
                                  metric == "l2" ? faiss::METRIC_L2 : faiss::METRIC_INNER_PRODUCT);
    } catch (const faiss::FaissException& e) {
      invalidArgument("factory string '" + description + "': " + faissMessage(e.what()));
    }
  });
  return wrap(env, index);
}

Napi::Value IndexObject::fromBuffer(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  faiss::Index* index = guarded(env, [&] {
    if (info.Length() < 1 || !info[0].IsTypedArray() ||
        info[0].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
      invalidArgument("bytes must be a Uint8Array");
    }
    auto bytes = info[0].As<Napi::Uint8Array>();
    SpanReader reader(bytes.Data(), bytes.ByteLength());
    return faiss::read_index(&reader);
  });
  return wrap(env, index);
}

Napi::Value IndexObject::train(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] {
    faiss::Index& index = live();
    FloatSpan x = floatArrayArg(info, 0, "training vectors");
    int64_t n = rowCount(x, index.d, "training vectors");
    if (faiss::IndexIVF* ivf = findIvf(&index); ivf != nullptr && !ivf->is_trained && n < int64_t(ivf->nlist)) {
      invalidArgument("training needs at least nlist = " + std::to_string(ivf->nlist) + " vectors, got " +
                      std::to_string(n));
    }
    index.train(n, x.data);
  });
  return info.Env().Undefined();
}

Napi::Value IndexObject::add(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] {
    faiss::Index& index = live();
    FloatSpan x = floatArrayArg(info, 0, "vectors");
    int64_t n = rowCount(x, index.d, "vectors");
    if (!index.is_trained) invalidArgument("index must be trained before vectors are added");
    if (index.ntotal + n > kMaxVectors) invalidArgument("an index holds at most 2^31-1 vectors");
    index.add(n, x.data);
  });
  return info.Env().Undefined();
}

Napi::Value IndexObject::search(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    auto [x, n, k] = queryArgs(info, index);
    // optional "nprobe=8,k_factor=4" for this call only: the stored values come back afterwards
    shareCancelFlagWithTeam();
    std::optional<SavedParameters> saved;
    if (info.Length() > 2 && !info[2].IsUndefined()) {
      std::string spec = stringArg(info, 2, "parameters");
      saved.emplace(&index);
      applyParameters(&index, spec);
    }
    auto distances = Napi::Float32Array::New(env, size_t(n * k));
    std::vector<int64_t> labels(size_t(n * k));
    double ns = 0;
    inSlices(n, [&](int64_t i0, int64_t count) {
      auto start = std::chrono::steady_clock::now();
      index.search(count, x.data + i0 * index.d, k, distances.Data() + i0 * k, labels.data() + i0 * k);
      ns += elapsedNs(start);
    });
    Napi::Object result = searchResult(env, distances, labels);
    result.Set("elapsedNs", ns);
    return result;
  });
}

// One query per faiss call, timed natively: the latency a single RVC frame lookup sees.
Napi::Value IndexObject::searchEach(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    auto [x, n, k] = queryArgs(info, index);
    auto distances = Napi::Float32Array::New(env, size_t(n * k));
    auto perQueryNs = Napi::Float64Array::New(env, size_t(n));
    std::vector<int64_t> labels(size_t(n * k));
    for (int64_t i = 0; i < n; ++i) {
      throwIfCancelled();
      auto start = std::chrono::steady_clock::now();
      index.search(1, x.data + i * index.d, k, distances.Data() + i * k, labels.data() + i * k);
      perQueryNs[size_t(i)] = elapsedNs(start);
    }
    Napi::Object result = searchResult(env, distances, labels);
    result.Set("perQueryNs", perQueryNs);
    return result;
  });
}

// The first `count` lists of each query in probe order, with their coarse distances: what
// IndexIVF::search computes before scanning (the quantizer's search). With `each`, one query per
// quantizer call, timed natively (perQueryNs): the first half of a single-query IVF search. A lone
// query takes faiss's non-BLAS distance path, so its probe order can differ from the batch's at
// near-ties; single-query timings scan the lists this mode returns.
Napi::Value IndexObject::coarseAssign(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::IndexIVF& ivf = scannableIvf(live());
    FloatSpan x = floatArrayArg(info, 0, "queries");
    int64_t n = rowCount(x, ivf.d, "queries");
    int64_t count = integerArg(info, 1, "count", 1, int64_t(ivf.nlist));
    bool each = optionalBoolArg(info, 2, "each");
    if (!ivf.is_trained) invalidArgument("index must be trained before its lists can be assigned");
    auto distances = Napi::Float32Array::New(env, size_t(n * count));
    std::vector<int64_t> lists(size_t(n * count));
    if (!each) {
      double ns = 0;
      inSlices(n, [&](int64_t i0, int64_t rows) {
        auto start = std::chrono::steady_clock::now();
        ivf.quantizer->search(rows, x.data + i0 * ivf.d, count, distances.Data() + i0 * count,
                              lists.data() + i0 * count);
        ns += elapsedNs(start);
      });
      Napi::Object result = searchResult(env, distances, lists);
      result.Set("elapsedNs", ns);
      return result;
    }
    auto perQueryNs = Napi::Float64Array::New(env, size_t(n));
    for (int64_t i = 0; i < n; ++i) {
      throwIfCancelled();
      auto start = std::chrono::steady_clock::now();
      ivf.quantizer->search(1, x.data + i * ivf.d, count, distances.Data() + i * count, lists.data() + i * count);
      perQueryNs[size_t(i)] = elapsedNs(start);
    }
    Napi::Object result = searchResult(env, distances, lists);
    result.Set("perQueryNs", perQueryNs);
    return result;
  });
}

// Scans only the given lists of each query (n × m list ids from coarseAssign, -1 = none, and
// their coarse distances): faiss's own IndexIVF::search_preassigned, so the top-k is exactly
// what a search probing those lists finds. Lets an n_probe sweep scan each list once. With
// `each`, one query per call, timed natively (perQueryNs): the second half of a single-query search.
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
    if (optionalBoolArg(info, 4, "each")) {
      // one query per call on this thread, as IndexIVF::search scans a lone query
      auto perQueryNs = Napi::Float64Array::New(env, size_t(n));
      for (int64_t i = 0; i < n; ++i) {
        throwIfCancelled();
        auto start = std::chrono::steady_clock::now();
        ivf.search_preassigned(1, x.data + i * ivf.d, k, keys.data() + i * m, coarse.data + i * m,
                               distances.Data() + i * k, labels.data() + i * k, false, &params);
        perQueryNs[size_t(i)] = elapsedNs(start);
      }
      Napi::Object result = searchResult(env, distances, labels);
      result.Set("perQueryNs", perQueryNs);
      return result;
    }
    shareCancelFlagWithTeam();
    // search_preassigned runs single-threaded in faiss's default mode (IndexIVF::search splits the
    // queries between threads itself): split them the same way
    int threads = int(std::min<int64_t>(omp_get_max_threads(), n));
    std::exception_ptr failure;
    std::mutex failureLock;
    auto start = std::chrono::steady_clock::now();
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
    double ns = elapsedNs(start);
    if (failure) std::rethrow_exception(failure);
    Napi::Object result = searchResult(env, distances, labels);
    result.Set("elapsedNs", ns);
    return result;
  });
}

// The same top-k as searchPreassigned (without coarse distances: IVF-Flat does not use them),
// from list_scan.cc: many queries' lists read once per call, for an n_probe point's neighbours.
Napi::Value IndexObject::scanFlatLists(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    const faiss::IndexIVFFlat* ivf = plainFlatIvf(live());
    if (ivf == nullptr) invalidArgument(typeName(&live()) + " is not a plain IVF-Flat index (L2 or inner product)");
    auto [x, n, k] = queryArgs(info, *ivf);
    std::vector<int64_t> keys = listKeys(info, 2, n, *ivf);
    auto distances = Napi::Float32Array::New(env, size_t(n * k));
    std::vector<int64_t> labels(size_t(n * k));
    if (!rvc::scanFlatLists(*ivf, n, x.data, int64_t(keys.size()) / n, keys.data(), k, distances.Data(), labels.data()))
      throwIfCancelled();
    return searchResult(env, distances, labels);
  });
}

Napi::Value IndexObject::canScanFlatLists(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), index_ && plainFlatIvf(*index_) != nullptr);
}

// "nprobe=8,k_factor=4,efSearch=64". nprobe, k_factor and efSearch are set on the wrapped index
// that owns them (through IndexPreTransform / IndexRefine / IndexIDMap); anything else goes to
// faiss's ParameterSpace.
Napi::Value IndexObject::setParameters(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] { applyParameters(&live(), stringArg(info, 0, "parameters")); });
  return info.Env().Undefined();
}

Napi::Value IndexObject::describe(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    Napi::Object out = Napi::Object::New(env);
    out.Set("type", typeName(&index));
    auto chain = Napi::Array::New(env);
    for (faiss::Index* part : indexChain(&index)) chain.Set(chain.Length(), typeName(part));
    out.Set("chain", chain);
    out.Set("d", double(index.d));
    out.Set("ntotal", double(index.ntotal));
    out.Set("metric", index.metric_type == faiss::METRIC_L2              ? "l2"
                      : index.metric_type == faiss::METRIC_INNER_PRODUCT ? "ip"
                                                                         : "other");
    out.Set("isTrained", index.is_trained);
    faiss::IndexIVF* ivf = findIvf(&index);
    out.Set("nlist", ivf ? Napi::Value(Napi::Number::New(env, double(ivf->nlist))) : env.Null());
    out.Set("nprobe", ivf ? Napi::Value(Napi::Number::New(env, double(ivf->nprobe))) : env.Null());
    faiss::IndexRefine* refine = findRefine(&index);
    out.Set("kFactor", refine ? Napi::Value(Napi::Number::New(env, refine->k_factor)) : env.Null());
    faiss::IndexHNSW* hnsw = findHnsw(&index);
    out.Set("efSearch", hnsw ? Napi::Value(Napi::Number::New(env, hnsw->hnsw.efSearch)) : env.Null());
    return out;
  });
}

Napi::Value IndexObject::listSizes(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::IndexIVF* ivf = findIvf(&live());
    if (ivf == nullptr) return env.Null();
    auto sizes = Napi::Uint32Array::New(env, ivf->nlist);
    for (size_t i = 0; i < ivf->nlist; ++i) sizes[i] = uint32_t(ivf->invlists->list_size(i));
    return sizes;
  });
}

Napi::Value IndexObject::reconstructN(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    int64_t first = integerArg(info, 0, "first", 0, index.ntotal);
    int64_t count = integerArg(info, 1, "count", 0, index.ntotal - first);
    auto out = Napi::Float32Array::New(env, size_t(count * index.d));
    if (count > 0) index.reconstruct_n(first, count, out.Data());
    return out;
  });
}

Napi::Value IndexObject::toBuffer(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    faiss::Index& index = live();
    CountingWriter counter;
    faiss::write_index(&index, &counter);
    auto buffer = Napi::Buffer<uint8_t>::New(env, counter.bytes);
    SpanWriter writer(buffer.Data(), buffer.Length());
    faiss::write_index(&index, &writer);
    return buffer;
  });
}

// Writes the serialised index straight to a file (no second in-memory copy of a large index);
// the caller writes to a temp path and renames it (atomic writes).
Napi::Value IndexObject::write(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] {
    std::string file = stringArg(info, 0, "path");
    faiss::write_index(&live(), file.c_str());
  });
  return info.Env().Undefined();
}

// Size of the serialised index (what write_index would produce), without allocating it.
Napi::Value IndexObject::byteSize(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    CountingWriter counter;
    faiss::write_index(&live(), &counter);
    return Napi::Number::New(env, double(counter.bytes));
  });
}

Napi::Value IndexObject::clone(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  faiss::Index* copy = guarded(env, [&]() -> faiss::Index* {
    // clone_index copies the lists directly (one extra copy of the index at the peak), but copies
    // some subclasses as their base (IndexHNSWFlat) or not at all (FastScan, RFlat in 1.7.3):
    // those go through a serialisation round trip, which copies every type faiss can write.
    if (clonesExactly(live())) return faiss::clone_index(&live());
    faiss::VectorIOWriter writer;
    faiss::write_index(&live(), &writer);
    faiss::VectorIOReader reader;
    reader.data.swap(writer.data);
    return faiss::read_index(&reader);
  });
  return wrap(env, copy);
}

Napi::Value IndexObject::reset(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] { live().reset(); });
  return info.Env().Undefined();
}

Napi::Value IndexObject::dispose(const Napi::CallbackInfo& info) {
  index_.reset();
  return info.Env().Undefined();
}

}  // namespace rvc
