// One error path: every C++ exception that reaches a JS call becomes an instance of the
// JS error class (AppError, handed to us once by init()) carrying a `code`.
#pragma once

#include <napi.h>

#include <stdexcept>
#include <string>

namespace rvc {

enum class ErrorCode { FaissError, OutOfMemory, InvalidArgument, Cancelled };

// Thrown by our own precondition checks (before faiss is called: faiss's internal asserts
// abort the process and cannot be caught).
struct EngineException : std::runtime_error {
  ErrorCode code;
  EngineException(ErrorCode c, const std::string& message) : std::runtime_error(message), code(c) {}
};

[[noreturn]] inline void invalidArgument(const std::string& message) {
  throw EngineException(ErrorCode::InvalidArgument, message);
}

// The user-facing part of a faiss exception message.
std::string faissMessage(const std::string& message);

void setErrorClass(Napi::Env env, Napi::Function ctor);

// Converts the exception being handled (call only inside a catch block) into a JS error.
Napi::Error translateCurrentException(Napi::Env env);

// Runs fn and translates whatever it throws. Every native entry point goes through this.
template <typename Fn>
auto guarded(Napi::Env env, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const Napi::Error&) {
    throw;
  } catch (...) {
    throw translateCurrentException(env);
  }
}

}  // namespace rvc
