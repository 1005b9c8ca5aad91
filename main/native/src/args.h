// Argument checks for native entry points: cheap type/range checks that throw INVALID_ARGUMENT.
// The friendly, field-naming validation happens in TypeScript before we get here.
#pragma once

#include <napi.h>

#include <cstdint>
#include <string>

namespace rvc {

struct FloatSpan {
  const float* data;
  size_t length;
};

FloatSpan floatArrayArg(const Napi::CallbackInfo& info, size_t i, const char* name);
int64_t integerArg(const Napi::CallbackInfo& info, size_t i, const char* name, int64_t min, int64_t max);
std::string stringArg(const Napi::CallbackInfo& info, size_t i, const char* name);
// false when absent or undefined
bool optionalBoolArg(const Napi::CallbackInfo& info, size_t i, const char* name);

// Number of d-dimensional rows in `span`; rejects empty input and lengths not divisible by d.
int64_t rowCount(const FloatSpan& span, int64_t d, const char* name);

}  // namespace rvc
