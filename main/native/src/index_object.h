// The JS-visible Index: owns one faiss::Index. All methods are synchronous on purpose: they are
// only called from engine worker threads, never from a main thread. Defined by concern in
// index_object.cc (binding, parameters, description), search.cc, list_search.cc and serialize.cc.
#pragma once

#include <faiss/Index.h>
#include <napi.h>

#include <memory>

namespace rvc {

class IndexObject : public Napi::ObjectWrap<IndexObject> {
 public:
  static Napi::Function define(Napi::Env env);
  explicit IndexObject(const Napi::CallbackInfo& info);

 private:
  static Napi::Value create(const Napi::CallbackInfo& info);
  static Napi::Value fromBuffer(const Napi::CallbackInfo& info);
  static Napi::Object wrap(Napi::Env env, faiss::Index* index);

  Napi::Value train(const Napi::CallbackInfo& info);
  Napi::Value add(const Napi::CallbackInfo& info);
  Napi::Value search(const Napi::CallbackInfo& info);
  Napi::Value searchBlocks(const Napi::CallbackInfo& info);
  Napi::Value coarseAssign(const Napi::CallbackInfo& info);
  Napi::Value searchPreassigned(const Napi::CallbackInfo& info);
  Napi::Value setParameters(const Napi::CallbackInfo& info);
  Napi::Value describe(const Napi::CallbackInfo& info);
  Napi::Value listSizes(const Napi::CallbackInfo& info);
  Napi::Value reconstructN(const Napi::CallbackInfo& info);
  Napi::Value toBuffer(const Napi::CallbackInfo& info);
  Napi::Value write(const Napi::CallbackInfo& info);
  Napi::Value byteSize(const Napi::CallbackInfo& info);
  Napi::Value clone(const Napi::CallbackInfo& info);
  Napi::Value reset(const Napi::CallbackInfo& info);
  Napi::Value dispose(const Napi::CallbackInfo& info);

  faiss::Index& live();

  std::unique_ptr<faiss::Index> index_;
};

}  // namespace rvc
