#include "cancel.h"

#include <faiss/impl/AuxIndexStructures.h>

#include <mutex>

#include "errors.h"

namespace rvc {

namespace {

// Set on the worker's own thread. faiss checks for interrupts on the calling thread (which is
// also OpenMP's thread 0), so the other OpenMP threads seeing no flag is harmless.
thread_local int32_t* threadFlag = nullptr;

struct SharedFlagInterrupt : faiss::InterruptCallback {
  bool want_interrupt() override { return cancelRequested(); }
};

}  // namespace

void installInterruptCallback() {
  static std::once_flag once;
  std::call_once(once, [] {
    std::lock_guard<std::mutex> lock(faiss::InterruptCallback::lock);
    faiss::InterruptCallback::instance.reset(new SharedFlagInterrupt());
  });
}

void setThreadCancelFlag(int32_t* flag) { threadFlag = flag; }

bool cancelRequested() {
  if (threadFlag == nullptr) return false;
  // Written by another thread through Atomics.store; a volatile read sees it (portable to MSVC).
  return *reinterpret_cast<volatile int32_t*>(threadFlag) != 0;
}

void throwIfCancelled() {
  if (cancelRequested()) throw EngineException(ErrorCode::Cancelled, "cancelled");
}

}  // namespace rvc
