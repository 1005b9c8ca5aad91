// The CLI's options against the contract's limits.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../app/contract';
import { parseArgs } from '../../main/cli/args';
import { commands } from '../../main/cli/commands';

const command = (name: string) => commands.find((c) => c.name === name)!;
const HUGE = '99999999999999999999';

describe('CLI option limits', () => {
  it.each([
    ['eval', '--k', LIMITS.k],
    ['eval', '--nprobe', LIMITS.nlist],
    ['build', '--n-ivf', LIMITS.nlist],
    ['build', '--nprobe', LIMITS.nlist],
    ['build', '--ef-search', LIMITS.ef_search],
    ['build', '--k-factor', LIMITS.k_factor],
    ['build', '--expand', LIMITS.num_expand],
    ['export', '--ef-search', LIMITS.ef_search],
    ['set-params', '--nprobe', LIMITS.nlist],
    ['sample', '--n', LIMITS.sample_frames],
    ['build', '--seed', Number.MAX_SAFE_INTEGER],
  ])('%s %s %s names the limit %d', (name, option, limit) => {
    const { options } = command(name);
    const run = (value: string) => () => parseArgs([option, value], options, name);
    expect(run(HUGE)).toThrow(`${option} must be at most ${limit} (got '${HUGE}')`);
    expect(run(String(limit + 1))).toThrow(`${option} must be at most ${limit}`);
    expect(run(String(limit))).not.toThrow();
  });

  it('checks every value of a list', () => {
    expect(() => parseArgs(['--nprobe', `1,2,${HUGE}`], command('eval').options, 'eval')).toThrow(
      `--nprobe must be at most ${LIMITS.nlist} (got '${HUGE}')`,
    );
  });
});
