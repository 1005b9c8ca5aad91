// Shared pieces of the contract: the limits every request schema and the CLI's options use.
import { z } from 'zod';
import { LIMITS } from './constants';

export { LIMITS };

export const path = z.string().min(1).max(4096);
export const positiveInt = z.number().int().min(1);
export const nprobe = positiveInt.max(LIMITS.nlist);
export const kFactor = z.number().min(1).max(LIMITS.k_factor);
export const efSearch = positiveInt.max(LIMITS.ef_search);
export const jobId = z.string().min(1).max(100);

export const metricSchema = z.enum(['l2', 'ip']);
export type Metric = z.infer<typeof metricSchema>;
