// sample: writes the deterministic synthetic RVC experiment.
import type { SampleResult } from '../../../app/contract';
import { writeSampleExperiment } from '../../sample/writeSample';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';

export function runSample(ctx: JobContext, params: JobTypes['sample']['params']): SampleResult {
  ctx.progress('sample', 0, 1, `writing ${params.n} synthetic frames to ${params.dir}`);
  const result = writeSampleExperiment(params.dir, { n: params.n, d: params.d, seed: params.seed });
  ctx.progress('sample', 1, 1, 'sample written');
  return result;
}
