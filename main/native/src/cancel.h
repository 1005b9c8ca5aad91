// Cancellation. faiss polls one process-wide InterruptCallback (k-means iterations, long
// searches); each JS thread registers its own SharedArrayBuffer flag, so cancelling the job of
// one worker never interrupts another worker's job.
#pragma once

#include <cstdint>

namespace rvc {

void installInterruptCallback();
void setThreadCancelFlag(int32_t* flag);
// Before a call whose OpenMP threads poll for interrupts: they see this thread's flag too.
void shareCancelFlagWithTeam();
bool cancelRequested();
void throwIfCancelled();

}  // namespace rvc
