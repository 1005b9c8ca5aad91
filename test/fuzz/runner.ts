// The fuzz batch child: evaluates index files one after another through the engine's own
// evaluateFile (engine check → faiss read → reconstruct_n → exact ground truth → searches at
// several n_probe), the code `rvc-index eval --index` runs in its worker. Reads one case per stdin
// line ({id, file, queries}); writes {start: id} before and {done: id, exit, code, message} after
// each, so the parent knows which case a crash or a hang belongs to.
import readline from 'node:readline';
import { exitCodeFor, toErrorInfo } from '../../app/errors';
import { JobContext } from '../../main/engine/jobContext';
import { runEvaluateFile } from '../../main/engine/jobs/evaluate';
import { loadAddon } from '../../main/native/addon';

const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
loadAddon().setCancelFlag(cancelFlag);
const say = (value: object) => process.stdout.write(JSON.stringify(value) + '\n');

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const { id, file, queries, nprobes } = JSON.parse(line) as {
    id: number;
    file: string;
    queries: string;
    nprobes: number[];
  };
  say({ start: id });
  try {
    runEvaluateFile(new JobContext(`fuzz-${id}`, () => {}, cancelFlag), {
      experiment: queries,
      index: file,
      queries,
      nprobes,
      k: 8,
    });
    say({ done: id, exit: 0 });
  } catch (error) {
    const info = toErrorInfo(error);
    say({ done: id, exit: exitCodeFor(info.code), code: info.code, message: info.message });
  }
});
