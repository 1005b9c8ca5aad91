// The engine process's environment (main/engine/launch.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { engineEnvironment } from '../../main/engine/launch';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['MALLOC_ARENA_MAX', 'NODE_EXTRA_CA_CERTS', 'RVC_PROBE']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe('engineEnvironment', () => {
  it('passes the environment on with two malloc arenas, and no certificate bundle to parse', () => {
    delete process.env.MALLOC_ARENA_MAX;
    process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/ca-certificates.crt';
    process.env.RVC_PROBE = 'kept';
    const env = engineEnvironment();
    expect(env.MALLOC_ARENA_MAX).toBe('2');
    expect(env.RVC_PROBE).toBe('kept');
    expect('NODE_EXTRA_CA_CERTS' in env).toBe(false);
    expect(process.env.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/ca-certificates.crt');
  });

  it('keeps an arena count the user set', () => {
    process.env.MALLOC_ARENA_MAX = '8';
    expect(engineEnvironment().MALLOC_ARENA_MAX).toBe('8');
  });
});
