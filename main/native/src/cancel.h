// Cancellation. faiss polls one process-wide InterruptCallback (k-means iterations, long
// searches); each JS thread registers its own SharedArrayBuffer flag, so cancelling the job of
// one worker never interrupts another worker's job.
#pragma once

#include <cstdint>

namespace rvc {

void installInterruptCallback();
void setThreadCancelFlag(int32_t* flag);
// Before a call whose OpenMP threads poll for interrupts: they see this thread's flag too. With
// faissMayInterrupt false, faiss's own polls see no cancel for this call on any of those threads
// (throwIfCancelled still does): for calls where faiss polls inside its OpenMP loops without a
// catch, so that an interrupt there would end the process (see faissPollsUncaught in index_walk.h).
void shareCancelFlagWithTeam(bool faissMayInterrupt = true);
bool cancelRequested();
void throwIfCancelled();

}  // namespace rvc
