// The engine's bundles start with every engine process (each CLI command, each crash restart):
// they must not carry the request-schema library, which only the Backend's side needs.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineProcessScriptPath, workerScriptPath } from '../../main/paths';

describe('engine bundles', () => {
  it.each([
    ['engine process', engineProcessScriptPath()],
    ['engine worker', workerScriptPath()],
  ])('the %s bundle holds no zod', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    // esbuild marks each bundled module with its path
    expect(source).toMatch(/^\/\/ main\/engine\//m);
    expect(source).not.toMatch(/^\/\/ node_modules\/zod\//m);
  });
});
