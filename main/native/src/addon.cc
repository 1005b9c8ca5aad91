// Module entry: registers the Index class and the free functions. Context-aware, so every
// engine worker thread gets its own instance (and its own cancel flag).
#include <faiss/Index.h>
#include <napi.h>
#include <omp.h>

#include "addon_data.h"
#include "args.h"
#include "cancel.h"
#include "clustering.h"
#include "errors.h"
#include "index_object.h"

namespace rvc {

AddonData& addonData(Napi::Env env) { return *env.GetInstanceData<AddonData>(); }

namespace {

// init(ErrorClass): the JS error class every native error is created from, as
// new ErrorClass(code, message) (AppError in app/errors.ts).
Napi::Value init(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsFunction()) {
    throw Napi::TypeError::New(info.Env(), "init() needs the AppError class");
  }
  setErrorClass(info.Env(), info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

// setCancelFlag(Int32Array over a SharedArrayBuffer): non-zero element 0 cancels this thread's job.
Napi::Value setCancelFlag(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  guarded(env, [&] {
    if (info.Length() < 1 || !info[0].IsTypedArray() ||
        info[0].As<Napi::TypedArray>().TypedArrayType() != napi_int32_array ||
        info[0].As<Napi::Int32Array>().ElementLength() < 1) {
      invalidArgument("cancel flag must be an Int32Array of length >= 1");
    }
    auto flag = info[0].As<Napi::Int32Array>();
    addonData(env).cancelFlag = Napi::Persistent(flag);
    setThreadCancelFlag(flag.Data());
  });
  return env.Undefined();
}

Napi::Value setNumThreads(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] { omp_set_num_threads(int(integerArg(info, 0, "threads", 1, 1024))); });
  return info.Env().Undefined();
}

Napi::Value getNumThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), omp_get_max_threads());
}

Napi::Object initModule(Napi::Env env, Napi::Object exports) {
  env.SetInstanceData<AddonData>(new AddonData());
  env.AddCleanupHook([] { setThreadCancelFlag(nullptr); });
  installInterruptCallback();
  exports.Set("init", Napi::Function::New<init>(env, "init"));
  exports.Set("setCancelFlag", Napi::Function::New<setCancelFlag>(env, "setCancelFlag"));
  exports.Set("setNumThreads", Napi::Function::New<setNumThreads>(env, "setNumThreads"));
  exports.Set("getNumThreads", Napi::Function::New<getNumThreads>(env, "getNumThreads"));
  exports.Set("kmeans", Napi::Function::New<kmeans>(env, "kmeans"));
  exports.Set("knn", Napi::Function::New<knn>(env, "knn"));
  exports.Set("Index", IndexObject::define(env));
  exports.Set("faissVersion",
              Napi::String::New(env, std::to_string(FAISS_VERSION_MAJOR) + "." + std::to_string(FAISS_VERSION_MINOR) +
                                         "." + std::to_string(FAISS_VERSION_PATCH)));
  // which faiss build this addon links (CMakeLists.txt sets it per addon)
  exports.Set("faissVariant", Napi::String::New(env, RVC_FAISS_VARIANT));
  return exports;
}

}  // namespace

}  // namespace rvc

static Napi::Object initRvcFaiss(Napi::Env env, Napi::Object exports) { return rvc::initModule(env, exports); }

NODE_API_MODULE(rvc_faiss, initRvcFaiss)
