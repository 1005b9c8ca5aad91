#include "clustering.h"

#include <faiss/Clustering.h>
#include <faiss/IndexFlat.h>
#include <faiss/utils/distances.h>

#include <vector>

#include "args.h"
#include "errors.h"
#include "search_result.h"

namespace rvc {

namespace {

int64_t optionalInteger(Napi::Object options, const char* name, int64_t fallback, int64_t min, int64_t max) {
  Napi::Value value = options.Get(name);
  if (value.IsUndefined()) return fallback;
  if (!value.IsNumber()) invalidArgument(std::string(name) + " must be a number");
  double number = value.As<Napi::Number>().DoubleValue();
  if (!(number >= double(min) && number <= double(max))) {
    invalidArgument(std::string(name) + " must be in [" + std::to_string(min) + ", " + std::to_string(max) + "]");
  }
  return int64_t(number);
}

}  // namespace

// kmeans(vectors, d, k, {niter, seed, maxPointsPerCentroid}) -> {centroids, objective}
// faiss's Clustering: Lloyd iterations on a random subsample of at most
// k * maxPointsPerCentroid points, with interrupt checks between iterations.
Napi::Value kmeans(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    FloatSpan x = floatArrayArg(info, 0, "vectors");
    int64_t d = integerArg(info, 1, "d", 1, 65536);
    int64_t n = rowCount(x, d, "vectors");
    int64_t k = integerArg(info, 2, "k", 1, n);
    Napi::Object options =
        info.Length() > 3 && info[3].IsObject() ? info[3].As<Napi::Object>() : Napi::Object::New(env);
    faiss::ClusteringParameters params;
    params.niter = int(optionalInteger(options, "niter", params.niter, 1, 1000));
    params.seed = int(optionalInteger(options, "seed", params.seed, 0, INT32_MAX));
    params.max_points_per_centroid =
        int(optionalInteger(options, "maxPointsPerCentroid", params.max_points_per_centroid, 1, 1 << 20));
    faiss::Clustering clustering{static_cast<int>(d), static_cast<int>(k), params};
    faiss::IndexFlatL2 assigner{static_cast<int>(d)};
    clustering.train(n, x.data, assigner);
    auto centroids = Napi::Float32Array::New(env, clustering.centroids.size());
    std::copy(clustering.centroids.begin(), clustering.centroids.end(), centroids.Data());
    Napi::Object result = Napi::Object::New(env);
    result.Set("centroids", centroids);
    result.Set("objective", clustering.iteration_stats.empty() ? 0.0 : double(clustering.iteration_stats.back().obj));
    return result;
  });
}

Napi::Value knn(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return guarded(env, [&]() -> Napi::Value {
    FloatSpan database = floatArrayArg(info, 0, "database");
    FloatSpan queries = floatArrayArg(info, 1, "queries");
    int64_t d = integerArg(info, 2, "d", 1, 65536);
    int64_t ny = rowCount(database, d, "database");
    int64_t nx = rowCount(queries, d, "queries");
    int64_t k = integerArg(info, 3, "k", 1, ny);
    std::string metric = stringArg(info, 4, "metric");
    if (metric != "l2" && metric != "ip") invalidArgument("metric must be 'l2' or 'ip'");
    auto distances = Napi::Float32Array::New(env, size_t(nx * k));
    std::vector<int64_t> labels(size_t(nx * k));
    // the heaps IndexFlat::search uses: the same neighbours in the same order
    if (metric == "l2") {
      faiss::float_maxheap_array_t heaps = {size_t(nx), size_t(k), labels.data(), distances.Data()};
      faiss::knn_L2sqr(queries.data, database.data, size_t(d), size_t(nx), size_t(ny), &heaps);
    } else {
      faiss::float_minheap_array_t heaps = {size_t(nx), size_t(k), labels.data(), distances.Data()};
      faiss::knn_inner_product(queries.data, database.data, size_t(d), size_t(nx), size_t(ny), &heaps);
    }
    return searchResult(env, distances, labels);
  });
}

}  // namespace rvc
