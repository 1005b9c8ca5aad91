// Will the features fit in memory? Checked from the headers, before anything is allocated.
//
// Policy (why these numbers):
// - The usable memory is the physical RAM, or the container/cgroup limit when one is set
//   (process.constrainedMemory()).
// - Refuse above 75% of it: the features are not alone. An IVF-Flat index stores a second copy of
//   every vector, faiss needs working buffers, and Electron, Node and the OS need the rest. Past
//   that point the machine swaps (or the OOM killer ends the app) rather than finishing slowly.
// - Linux: os.freemem() is MemAvailable (free + reclaimable cache), an honest "can be allocated
//   now"; more than that is refused too. macOS and Windows report only never-used pages there
//   (the file cache counts as used), so exceeding it there is only a warning.
import os from 'node:os';
import { AppError } from '../../app/errors';
import { formatBytes } from '../../app/format';

export const MAX_MEMORY_FRACTION = 0.75;

export interface MemoryBudget {
  /** physical RAM, or the cgroup limit if lower */
  usableBytes: number;
  /** what the OS reports as free now */
  freeBytes: number;
  /** freeBytes is trustworthy (Linux MemAvailable) */
  freeIsReliable: boolean;
}

export function currentMemoryBudget(): MemoryBudget {
  const total = os.totalmem();
  // Unconstrained processes report 2^64 (or 0/undefined on platforms without cgroups).
  const constrained = typeof process.constrainedMemory === 'function' ? Number(process.constrainedMemory() ?? 0) : 0;
  return {
    usableBytes: constrained > 0 && constrained < total ? constrained : total,
    freeBytes: os.freemem(),
    freeIsReliable: process.platform === 'linux',
  };
}

/**
 * Throws OUT_OF_MEMORY (a user error: exit 1) when `neededBytes` cannot fit; returns a warning
 * when it fits but exceeds what the OS reports free, else null. `what` says what needs the memory
 * ("the features of 3_feature768 (240 000 × 768)"); `file` names the file or folder.
 */
export function checkMemory(
  neededBytes: number,
  what: string,
  file: string,
  budget: MemoryBudget = currentMemoryBudget(),
): string | null {
  const limit = Math.floor(budget.usableBytes * MAX_MEMORY_FRACTION);
  const advice = 'use a computer with more memory, or fewer feature files';
  if (neededBytes > limit) {
    throw new AppError(
      'OUT_OF_MEMORY',
      `${what} need ${formatBytes(neededBytes)}, more than ${MAX_MEMORY_FRACTION * 100}% of this computer's ${formatBytes(budget.usableBytes)} of memory: ${advice}`,
      { file },
    );
  }
  if (neededBytes > budget.freeBytes) {
    if (budget.freeIsReliable) {
      throw new AppError(
        'OUT_OF_MEMORY',
        `${what} need ${formatBytes(neededBytes)} but only ${formatBytes(budget.freeBytes)} of memory is available now: close other programs, or ${advice}`,
        { file },
      );
    }
    return `${what} need ${formatBytes(neededBytes)} but the system reports ${formatBytes(budget.freeBytes)} free: loading may be slow while it frees memory`;
  }
  return null;
}
