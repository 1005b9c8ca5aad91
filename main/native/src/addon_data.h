// Per-environment state: the addon is loaded once per worker thread, each with its own copy.
#pragma once

#include <napi.h>

#include <cstdint>

namespace rvc {

struct AddonData {
  Napi::FunctionReference errorClass;
  Napi::FunctionReference indexClass;
  Napi::Reference<Napi::Int32Array> cancelFlag;  // keeps the SharedArrayBuffer alive
};

AddonData& addonData(Napi::Env env);

}  // namespace rvc
