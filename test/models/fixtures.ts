// Writes test files with the real tools (torch.save, Python faiss, zipfile): see fixtures.py.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../main/paths';
import { runPython } from '../helpers/python';

export type FixtureJob = { op: string; path: string } & Record<string, unknown>;

export function writeFixtures(jobs: FixtureJob[]): void {
  const script = fs.readFileSync(path.join(projectRoot(), 'test', 'models', 'fixtures.py'), 'utf8');
  runPython(script, [JSON.stringify(jobs)]);
}
