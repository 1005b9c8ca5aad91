#include "args.h"

#include <cmath>

#include "errors.h"

namespace rvc {

FloatSpan floatArrayArg(const Napi::CallbackInfo& info, size_t i, const char* name) {
  if (info.Length() <= i || !info[i].IsTypedArray() ||
      info[i].As<Napi::TypedArray>().TypedArrayType() != napi_float32_array) {
    invalidArgument(std::string(name) + " must be a Float32Array");
  }
  auto array = info[i].As<Napi::Float32Array>();
  return {array.Data(), array.ElementLength()};
}

int64_t integerArg(const Napi::CallbackInfo& info, size_t i, const char* name, int64_t min, int64_t max) {
  if (info.Length() <= i || !info[i].IsNumber()) invalidArgument(std::string(name) + " must be a number");
  double value = info[i].As<Napi::Number>().DoubleValue();
  if (!std::isfinite(value) || value != std::floor(value) || value < double(min) || value > double(max)) {
    invalidArgument(std::string(name) + " must be an integer in [" + std::to_string(min) + ", " + std::to_string(max) +
                    "], got " + info[i].ToString().Utf8Value());
  }
  return int64_t(value);
}

std::string stringArg(const Napi::CallbackInfo& info, size_t i, const char* name) {
  if (info.Length() <= i || !info[i].IsString()) invalidArgument(std::string(name) + " must be a string");
  return info[i].As<Napi::String>().Utf8Value();
}

bool optionalBoolArg(const Napi::CallbackInfo& info, size_t i, const char* name) {
  if (info.Length() <= i || info[i].IsUndefined()) return false;
  if (!info[i].IsBoolean()) invalidArgument(std::string(name) + " must be a boolean");
  return info[i].As<Napi::Boolean>().Value();
}

int64_t rowCount(const FloatSpan& span, int64_t d, const char* name) {
  if (span.length == 0) invalidArgument(std::string(name) + " is empty");
  if (span.length % size_t(d) != 0) {
    invalidArgument(std::string(name) + " has " + std::to_string(span.length) +
                    " values, not a multiple of d = " + std::to_string(d));
  }
  return int64_t(span.length / size_t(d));
}

}  // namespace rvc
