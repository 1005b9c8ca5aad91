#include "cancel.h"

#include <faiss/impl/AuxIndexStructures.h>

#include <mutex>

#include "errors.h"

namespace rvc {

namespace {

// Set on the worker's own thread, and copied into its OpenMP threads before calls whose
// interrupt checks run on them (shareCancelFlagWithTeam).
thread_local int32_t* threadFlag = nullptr;
thread_local bool faissPolls = true;

struct SharedFlagInterrupt : faiss::InterruptCallback {
  bool want_interrupt() override { return faissPolls && cancelRequested(); }
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

// faiss's IVF and HNSW searches poll the interrupt callback on every OpenMP thread (per query).
// OpenMP keeps one thread pool per root thread (libgomp, LLVM's libomp), so the team that runs this
// thread's faiss calls is its own: copying the flag into it never reaches another worker's job.
void shareCancelFlagWithTeam(bool faissMayInterrupt) {
  int32_t* flag = threadFlag;
  faissPolls = faissMayInterrupt;
#pragma omp parallel
  {
    threadFlag = flag;
    faissPolls = faissMayInterrupt;
  }
}

bool cancelRequested() {
  if (threadFlag == nullptr) return false;
  // Written by another thread through Atomics.store; a volatile read sees it (portable to MSVC).
  return *reinterpret_cast<volatile int32_t*>(threadFlag) != 0;
}

void throwIfCancelled() {
  if (cancelRequested()) throw EngineException(ErrorCode::Cancelled, "cancelled");
}

}  // namespace rvc
