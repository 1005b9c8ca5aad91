// `npm run fuzz -- [--cases N] [--seed S] [--first F] [--timeout MS] [--reasons]`: the slow tier
// of the native-path fuzz (driver.ts), with the tally per type, every failing case (replay it
// with --first ID --cases 1), the throughput and, with --reasons, the refusals by wording.
import fs from 'node:fs';
import { type Tally, prepare, runCases } from './driver';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function table(tally: Record<string, Tally>): string {
  const columns: (keyof Tally)[] = ['cases', 'exit0', 'exit1', 'exit2', 'signal', 'hang', 'unnamed'];
  const sum = (column: keyof Tally) => Object.values(tally).reduce((total, row) => total + row[column], 0);
  const rows = [
    ['type', ...columns],
    ...Object.entries(tally).map(([type, row]) => [type, ...columns.map((c) => String(row[c]))]),
    ['total', ...columns.map((c) => String(sum(c)))],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows
    .map((row) => row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '))
    .join('\n');
}

async function main(): Promise<number> {
  const seed = option('seed', 1);
  const first = option('first', 0);
  const count = option('cases', 10_000);
  const timeoutMs = option('timeout', 60_000);
  const bench = await prepare();
  const started = Date.now();
  let done = 0;
  const reasons = new Map<string, number>();
  const { tally, failures } = await runCases(bench, {
    seed,
    first,
    count,
    timeoutMs,
    onCase: (_, outcome) => {
      // refusals grouped by their wording (file, numbers and field names left out)
      const reason = outcome.detail.replace(/^[^:]*case-\d+\.index: /, '').replace(/\d+|\[[^\]]*\]/g, '#');
      if (outcome.verdict === 'exit1') reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      if (++done % 500 === 0)
        process.stderr.write(`${done}/${count} cases, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    },
  });
  fs.rmSync(bench.dir, { recursive: true, force: true });
  const seconds = (Date.now() - started) / 1000;
  console.log(`seed ${seed}, cases ${first}..${first + count - 1}, ${bench.originals.length} originals`);
  console.log(table(tally));
  console.log(`${count} cases in ${seconds.toFixed(0)} s: ${(count / seconds).toFixed(1)} cases/s`);
  if (process.argv.includes('--reasons'))
    for (const [reason, times] of [...reasons].sort((a, b) => b[1] - a[1]))
      console.log(`${String(times).padStart(6)}  ${reason}`);
  for (const failure of failures)
    console.log(
      `FAIL case ${failure.id} (${failure.original}: ${failure.description}): ${failure.verdict} ${failure.detail}`,
    );
  return failures.length === 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
