#pragma once

#include <napi.h>

namespace rvc {

Napi::Value kmeans(const Napi::CallbackInfo& info);

}  // namespace rvc
