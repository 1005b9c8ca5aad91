// What every search returns to JS: {distances, labels}, faiss's int64 labels narrowed to an
// Int32Array (ntotal < 2^31 is checked on add).
#pragma once

#include <napi.h>

#include <cstdint>
#include <vector>

namespace rvc {

inline Napi::Object searchResult(Napi::Env env, Napi::Float32Array distances, const std::vector<int64_t>& labels) {
  auto out = Napi::Int32Array::New(env, labels.size());
  for (size_t i = 0; i < labels.size(); ++i) out[i] = int32_t(labels[i]);
  Napi::Object result = Napi::Object::New(env);
  result.Set("distances", distances);
  result.Set("labels", out);
  return result;
}

}  // namespace rvc
