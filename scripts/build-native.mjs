// npm run build:native: on Linux, first the pinned static faiss builds (scripts/build-faiss.sh,
// skipped when up to date; RVC_FAISS_SYSTEM=1 links the system's libfaiss instead), then the
// addons with cmake-js. Configure runs every time: main/native/CMakeLists.txt chooses between the
// pinned builds and the system faiss by what exists in build/faiss.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.platform === 'linux' && !process.env.RVC_FAISS_SYSTEM) run('bash', ['scripts/build-faiss.sh']);
const cmakeJs = ['cmake-js', '--directory', 'main/native', '--out', 'build/native'];
run('npx', [...cmakeJs.slice(0, 1), 'configure', ...cmakeJs.slice(1)]);
run('npx', [...cmakeJs.slice(0, 1), 'build', ...cmakeJs.slice(1)]);
