#include "cancel.h"

#include <faiss/impl/AuxIndexStructures.h>

#include <mutex>

#include "errors.h"

namespace rvc {

namespace {

// Set on the worker's own thread. faiss's interrupt checks on the calling thread (OpenMP's
// thread 0) see it; checks made on the other OpenMP threads do not, so long calls that split
// their work across threads (batch search) are sliced by the caller with a check per slice.
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
