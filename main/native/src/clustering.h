#pragma once

#include <napi.h>

namespace rvc {

Napi::Value kmeans(const Napi::CallbackInfo& info);

// knn(database, queries, d, k, metric) -> {distances, labels}: exact neighbours, as IndexFlat
// searches them, straight over the caller's vectors (an IndexFlat would copy the database).
Napi::Value knn(const Napi::CallbackInfo& info);

}  // namespace rvc
