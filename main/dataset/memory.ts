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
import { message, type Message } from '../../app/messages';

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

/** What needs the memory: the features of `where` (n × d float32), with the index or not. */
export interface MemoryNeed {
  where: string;
  n: number;
  d: number;
  withIndex: boolean;
}

/**
 * Whether `neededBytes` fit: null; a refusal (`fatal`) when they cannot; a warning when they fit
 * but exceed what the OS reports free.
 */
export function memoryVerdict(
  neededBytes: number,
  need: MemoryNeed,
  budget: MemoryBudget = currentMemoryBudget(),
): { fatal: boolean; message: Message } | null {
  const limit = Math.floor(budget.usableBytes * MAX_MEMORY_FRACTION);
  const params = { where: need.where, n: need.n, d: need.d, index: need.withIndex ? 'yes' : 'no' };
  const neededSize = neededBytes;
  if (neededBytes > limit) {
    const percent = MAX_MEMORY_FRACTION * 100;
    const said = message('memory_over_limit', { ...params, neededSize, percent, usableSize: budget.usableBytes });
    return { fatal: true, message: said };
  }
  if (neededBytes > budget.freeBytes) {
    const code = budget.freeIsReliable ? 'memory_not_free' : 'memory_tight';
    const said = message(code, { ...params, neededSize, freeSize: budget.freeBytes });
    return { fatal: budget.freeIsReliable, message: said };
  }
  return null;
}

/**
 * Throws OUT_OF_MEMORY (a user error: exit 1) when `neededBytes` cannot fit; returns a warning
 * when it fits but exceeds what the OS reports free, else null. `file` names the file or folder.
 */
export function checkMemory(
  neededBytes: number,
  need: MemoryNeed,
  file: string,
  budget: MemoryBudget = currentMemoryBudget(),
): Message | null {
  const verdict = memoryVerdict(neededBytes, need, budget);
  if (verdict?.fatal) throw new AppError('OUT_OF_MEMORY', verdict.message.text, { file, reason: verdict.message });
  return verdict?.message ?? null;
}
