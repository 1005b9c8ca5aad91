// The JS-visible Index (index_object.h): construction, training, adding, parameters, what the
// index is, its lists and stored vectors, copies. Searches are in search.cc, serialisation in
// serialize.cc, parameter parsing in parameters.cc, preconditions in preconditions.cc.
#include "index_object.h"

#include <faiss/IndexIVFFlat.h>
#include <faiss/IndexIVFPQ.h>
#include <faiss/IndexPQ.h>
#include <faiss/IndexScalarQuantizer.h>
#include <faiss/clone_index.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/io.h>
#include <faiss/index_factory.h>
#include <faiss/index_io.h>
#include <faiss/invlists/InvertedLists.h>

#include <typeinfo>

#include "add_vectors.h"
#include "addon_data.h"
#include "args.h"
#include "errors.h"
#include "index_walk.h"
#include "parameters.h"
#include "preconditions.h"

namespace rvc {

namespace {

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
                                        InstanceMethod<&IndexObject::searchBlocks>("searchBlocks"),
                                        InstanceMethod<&IndexObject::coarseAssign>("coarseAssign"),
                                        InstanceMethod<&IndexObject::searchPreassigned>("searchPreassigned"),
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

Napi::Value IndexObject::train(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] {
    faiss::Index& index = live();
    FloatSpan x = floatArrayArg(info, 0, "training vectors");
    int64_t n = rowCount(x, index.d, "training vectors");
    checkCanTrain(index, n);
    index.train(n, x.data);
  });
  return info.Env().Undefined();
}

Napi::Value IndexObject::add(const Napi::CallbackInfo& info) {
  guarded(info.Env(), [&] {
    faiss::Index& index = live();
    FloatSpan x = floatArrayArg(info, 0, "vectors");
    int64_t n = rowCount(x, index.d, "vectors");
    checkCanAdd(index, n);
    addVectors(index, n, x.data);
  });
  return info.Env().Undefined();
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
    out.Set("fastScan", searchesFastScan(&index));
    out.Set("listScan", listScannableIvf(&index) != nullptr);
    out.Set("mapsIds", mapsIds(&index));
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
    size_t values = size_t(count * index.d);
    // With `into`, fills the caller's array: a scan of every row in chunks then leaves no garbage
    // (fresh arrays count as V8 external memory, collected only after tens of MB pile up).
    Napi::Float32Array out;
    if (info.Length() > 2 && !info[2].IsUndefined()) {
      FloatSpan into = floatArrayArg(info, 2, "into");
      if (into.length != values) {
        invalidArgument("into must hold count x d = " + std::to_string(values) + " values, not " +
                        std::to_string(into.length));
      }
      out = info[2].As<Napi::Float32Array>();
    } else {
      out = Napi::Float32Array::New(env, values);
    }
    if (count > 0) index.reconstruct_n(first, count, out.Data());
    return out;
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
