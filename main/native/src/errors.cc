#include "errors.h"

#include <faiss/impl/FaissException.h>

#include <new>

#include "addon_data.h"
#include "cancel.h"

namespace rvc {

namespace {

const char* codeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::OutOfMemory:
      return "OUT_OF_MEMORY";
    case ErrorCode::InvalidArgument:
      return "INVALID_ARGUMENT";
    case ErrorCode::Cancelled:
      return "CANCELLED";
    case ErrorCode::FaissError:
      break;
  }
  return "FAISS_ERROR";
}

}  // namespace

// faiss prefixes messages with "Error in <function> at <file>:<line>: " and failed checks with
// "Error: '<condition>' failed: "; users need the rest.
std::string faissMessage(const std::string& message) {
  std::string text = message;
  if (text.rfind("Error in ", 0) == 0) {
    size_t at = text.find(" at ");
    size_t end = at == std::string::npos ? std::string::npos : text.find(": ", at);
    if (end != std::string::npos) text = text.substr(end + 2);
  }
  const std::string failed = "' failed: ";
  size_t cut = text.rfind("Error: '", 0) == 0 ? text.find(failed) : std::string::npos;
  return cut == std::string::npos ? text : text.substr(cut + failed.size());
}

namespace {

Napi::Error makeError(Napi::Env env, ErrorCode code, const std::string& message) {
  AddonData& data = addonData(env);
  Napi::Object error;
  if (data.errorClass.IsEmpty()) {
    error = Napi::Error::New(env, message).Value();
  } else {
    // new ErrorClass(code, message): the JS side's AppError signature
    error = data.errorClass.New({Napi::String::New(env, codeName(code)), Napi::String::New(env, message)});
  }
  error.Set("code", Napi::String::New(env, codeName(code)));
  return Napi::Error(env, error);
}

}  // namespace

void setErrorClass(Napi::Env env, Napi::Function ctor) { addonData(env).errorClass = Napi::Persistent(ctor); }

Napi::Error translateCurrentException(Napi::Env env) {
  try {
    throw;
  } catch (const EngineException& e) {
    return makeError(env, e.code, e.what());
  } catch (const faiss::FaissException& e) {
    // faiss reports an interrupt as a plain FaissException; our flag says whether it was ours.
    if (cancelRequested()) return makeError(env, ErrorCode::Cancelled, "cancelled");
    return makeError(env, ErrorCode::FaissError, faissMessage(e.what()));
  } catch (const std::bad_alloc&) {
    return makeError(env, ErrorCode::OutOfMemory, "out of memory");
  } catch (const std::exception& e) {
    return makeError(env, ErrorCode::FaissError, e.what());
  } catch (...) {
    return makeError(env, ErrorCode::FaissError, "unknown native error");
  }
}

}  // namespace rvc
