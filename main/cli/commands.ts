// The `rvc-index` commands. Each declares its options, calls the Backend, and
// formats its result for humans; --json prints the result object itself.
import {
  LIMITS,
  type Api,
  type BuildResult,
  type EvalResult,
  type ExperimentInfo,
  type ExportResult,
  type FaissNode,
  type InspectResult,
  type SampleResult,
  type SetParamsResult,
} from '../../app/contract';
import { DEFAULT_BLOCK_SECONDS, type Usage } from '../../app/cost';
import { argumentError } from '../../app/errors';
import { RVC_COMPRESS_CENTROIDS, RVC_COMPRESS_THRESHOLD } from '../../app/rvc/compression';
import { audioSeconds, DEFAULT_ALPHA, FRAMES_PER_SECOND, RVC_FACTORY, RVC_NPROBE } from '../../app/rvc/defaults';
import { formatBytes, formatCount, formatPercent } from '../../app/format';
import { texts, warningFields } from '../../app/messages';
import type { OptionSpec, ParsedArgs } from './args';
import { flag, json, num, str } from './argValues';
import { modelCommands } from './modelCommands';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  positional: string[];
  options: Record<string, OptionSpec>;
  run(api: Api, args: ParsedArgs, jobId: string): Promise<object>;
  /** human output, one entry per line (the CLI escapes each: names cannot break lines) */
  human(result: never): string[];
  /** what --json prints, when not the result itself */
  json?(result: never): object;
  /** a result that is printed but still a failure (exit 1), e.g. a partial inspect tree */
  failure?(result: never): string | null;
}

const costOptions: Record<string, OptionSpec> = {
  usage: {
    kind: 'string',
    help: "cost as RVC pays it: offline (RVC's 66 s segments per search call, default) or realtime (one call per block)",
    choices: ['offline', 'realtime'],
  },
  'block-seconds': {
    kind: 'number',
    help: `realtime block length in seconds (default ${DEFAULT_BLOCK_SECONDS}; 0.1–1 s is usual)`,
    max: LIMITS.block_seconds,
  },
};
const buildOptions: Record<string, OptionSpec> = {
  factory: { kind: 'string', help: `faiss factory string; {n} = n_ivf (default ${RVC_FACTORY})` },
  metric: { kind: 'string', help: 'l2 or ip (default l2)', choices: ['l2', 'ip'] },
  'n-ivf': { kind: 'int', help: "number of IVF lists (default RVC's max(1, min(16·√N, N/39)))", max: LIMITS.nlist },
  nprobe: {
    kind: 'int',
    help: `lists searched per query, stored in the file (default ${RVC_NPROBE}, as RVC)`,
    max: LIMITS.nlist,
  },
  'k-factor': {
    kind: 'number',
    help: 'RFlat re-ranks k·k_factor candidates (stored in the file)',
    max: LIMITS.k_factor,
  },
  'ef-search': { kind: 'int', help: 'HNSW search depth (stored in the file)', max: LIMITS.ef_search },
  compress: {
    kind: 'int',
    help: `index this many k-means centroids of the frames instead (the RVC preset does ${RVC_COMPRESS_CENTROIDS} when N > ${RVC_COMPRESS_THRESHOLD})`,
  },
  'keep-all-frames': {
    kind: 'flag',
    help: `index every frame even when N > ${RVC_COMPRESS_THRESHOLD} (RVC's preset would compress)`,
  },
  expand: { kind: 'int', help: 'α-query expansion of the database with this many neighbours', max: LIMITS.num_expand },
  alpha: { kind: 'number', help: `α for --expand (default ${DEFAULT_ALPHA})` },
  seed: { kind: 'count', help: 'seed of the row shuffle and held-out split (default 0)' },
};

const usageOf = (args: ParsedArgs) => args.options.usage as Usage | undefined;

function buildRequestFrom(args: ParsedArgs, experiment: string) {
  const expand = num(args, 'expand');
  if (num(args, 'alpha') !== undefined && expand === undefined)
    throw argumentError('--alpha', 'arg_needs', { what: '--alpha', other: '--expand' });
  if (flag(args, 'keep-all-frames') && num(args, 'compress') !== undefined)
    throw argumentError('--keep-all-frames', 'arg_contradict', { option: '--keep-all-frames', other: '--compress' });
  return {
    experiment,
    factory: str(args, 'factory'),
    metric: str(args, 'metric') as 'l2' | 'ip' | undefined,
    n_ivf: num(args, 'n-ivf'),
    nprobe: num(args, 'nprobe'),
    k_factor: num(args, 'k-factor'),
    ef_search: num(args, 'ef-search'),
    compress: flag(args, 'keep-all-frames')
      ? null
      : num(args, 'compress') === undefined
        ? undefined
        : { centroids: num(args, 'compress')! },
    expand:
      expand === undefined
        ? undefined
        : { num_expand: expand, alpha: num(args, 'alpha') ?? DEFAULT_ALPHA, queries: false },
    seed: num(args, 'seed'),
  };
}

const table = (rows: string[][]) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => row.map((cell, c) => cell.padStart(widths[c])).join('  '));
};

const warningLines = (warnings: string[]) => warnings.map((w) => `warning: ${w}`);

function describeTree(node: FaissNode, depth = 0): string[] {
  const params = Object.entries(node.params)
    .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length > 8))
    .map(([key, value]) => `${key}=${Array.isArray(value) ? `[${value.join(',')}]` : value}`);
  const head = [
    node.type,
    `(${node.fourcc})`,
    node.d !== undefined ? `d=${node.d}` : '',
    node.ntotal !== undefined ? `ntotal=${node.ntotal}` : '',
    node.metric ? `metric=${node.metric}` : '',
    ...params,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    `${'  '.repeat(depth)}${head}  [bytes ${node.offset}-${node.end})`,
    ...node.children.flatMap((child) => describeTree(child, depth + 1)),
  ];
}

export const commands: Command[] = [
  {
    name: 'build',
    usage:
      'build <exp> [--factory S] [--metric l2|ip] [--n-ivf N] [--nprobe P] [--k-factor K] [--out FILE] [--force] [--json]',
    summary:
      "load the experiment's features, train, add every frame, write the index (default: RVC's added_… name in <exp>)",
    positional: ['exp'],
    options: {
      ...buildOptions,
      out: { kind: 'string', help: 'output file' },
      force: { kind: 'flag', help: 'overwrite an existing output file' },
      json,
    },
    run: (api, args, jobId) =>
      api.build({
        ...buildRequestFrom(args, args.positional[0]),
        job_id: jobId,
        hold_out: false,
        save: true,
        out: str(args, 'out'),
        force: flag(args, 'force'),
      }),
    human: (r: BuildResult) =>
      [
        `built ${r.factory} (${r.type}, ${r.metric}) over ${formatCount(r.ntotal)} of ${formatCount(r.n)} frames, d=${r.d}${r.nlist !== null ? `, nlist=${r.nlist}, nprobe=${r.nprobe}` : ''}${r.k_factor !== null ? `, k_factor=${r.k_factor}` : ''}`,
        r.clusters
          ? `lists: min ${r.clusters.min}, max ${r.clusters.max}, mean ${r.clusters.mean.toFixed(1)}, empty ${r.clusters.empty}, imbalance ${r.clusters.imbalance.toFixed(3)}`
          : '',
        `time: load ${r.timings_ms.load} ms, train ${r.timings_ms.train} ms, add ${r.timings_ms.add} ms, write ${r.timings_ms.write} ms, total ${r.timings_ms.total} ms`,
        `wrote ${r.output} (${formatBytes(r.file_bytes)})`,
        ...warningLines(r.warnings),
      ].filter(Boolean),
  },
  {
    name: 'info',
    usage: 'info <exp> [--json]',
    summary: 'find and validate the feature files of an experiment',
    positional: ['exp'],
    options: { json, seed: buildOptions.seed },
    run: (api, args) => api.experimentInfo({ path: args.positional[0], seed: num(args, 'seed') }),
    human: (r: ExperimentInfo) =>
      [
        `${r.path}: ${r.layout} layout, ${r.version ?? 'unknown version'}, features in ${r.feature_dir}`,
        `${formatCount(r.n)} frames × ${r.d} dims in ${r.files.length} files (${(audioSeconds(r.n) / 60).toFixed(1)} min of audio)${r.dropped_rows ? `, ${r.dropped_rows} NaN/Inf rows dropped` : ''}`,
        `memory: ${formatBytes(r.memory_bytes)} (features + ${r.rvc.factory} index)`,
        `RVC would build ${r.rvc.factory} with nprobe ${r.rvc.nprobe}`,
        `evaluation split: ${r.split.query_frames} query frames (${r.split.mode === 'files' ? `${r.split.query_files.length} held-out files` : r.split.mode}), ${r.split.index_frames} indexed`,
        r.compression.rvc_would_compress ? r.compression.message : '',
        r.ignored.length ? `ignored: ${r.ignored.join(', ')}` : '',
        ...warningLines(r.warnings),
      ].filter(Boolean),
  },
  {
    name: 'sample',
    usage: 'sample <dir> [--n N] [--d 768|256] [--seed S]',
    summary: 'write the synthetic sample experiment (RVC layout) into <dir>',
    positional: ['dir'],
    options: {
      n: { kind: 'int', help: 'frames (default 30000)', max: LIMITS.sample_frames },
      d: { kind: 'string', help: '768 (v2) or 256 (v1)', choices: ['768', '256'] },
      seed: { kind: 'count', help: 'seed (default 0)' },
      json,
    },
    run: (api, args) =>
      api.createSample({
        dir: args.positional[0],
        n: num(args, 'n'),
        d: str(args, 'd') === undefined ? undefined : (Number(str(args, 'd')) as 768 | 256),
        seed: num(args, 'seed'),
      }),
    human: (r: SampleResult) => [`wrote ${formatCount(r.n)} frames × ${r.d} in ${r.files} files to ${r.path}`],
  },
  {
    name: 'eval',
    usage:
      'eval <exp> --index FILE [--queries PATH] [--nprobe 1,2,4,..] [--k 8] [--usage offline|realtime] [--block-seconds S] [--json]',
    summary:
      'recall, RVC blend error and the cost RVC pays (offline segments or realtime blocks) of an index file, vs exact search over its stored vectors',
    positional: ['exp'],
    options: {
      index: { kind: 'string', help: 'the .index file (required)' },
      queries: { kind: 'string', help: 'query features: a .npy file or folder (default: held-out files of <exp>)' },
      nprobe: { kind: 'int-list', help: 'n_probe values (default 1,2,4,…,nlist)', max: LIMITS.nlist },
      k: { kind: 'int', help: 'neighbours (default 8, as RVC; 1 as w-okada v1)', max: LIMITS.k },
      ...costOptions,
      seed: buildOptions.seed,
      json,
    },
    run: (api, args, jobId) => {
      const index = str(args, 'index');
      if (index === undefined) throw argumentError('--index', 'arg_needs', { what: 'eval', other: '--index FILE' });
      return api.evaluateFile({
        job_id: jobId,
        experiment: args.positional[0],
        index,
        queries: str(args, 'queries'),
        nprobes: args.options.nprobe as number[] | undefined,
        k: num(args, 'k'),
        usage: usageOf(args),
        block_seconds: num(args, 'block-seconds'),
        seed: num(args, 'seed'),
      });
    },
    human: (r: EvalResult) => [
      `${r.queries} queries, k=${r.k}, ${r.threads} threads; cost: ${r.usage === 'offline' ? `offline, ${r.block_frames}-frame segments per search call` : `realtime, ${r.block_frames}-frame blocks (${r.block_frames / FRAMES_PER_SECOND} s) per search call`}`,
      ...table([
        [
          'nprobe',
          'recall@1',
          `recall@${r.k}`,
          'blend err',
          'ms/s audio',
          r.usage === 'offline' ? 'segment p50 ms' : 'block p50 ms',
          r.usage === 'offline' ? 'segment p99 ms' : 'block p99 ms',
          ...(r.usage === 'realtime' ? ['of block'] : []),
          'qps',
          'lone frame µs',
        ],
        ...r.points.map((p) => [
          String(p.nprobe ?? '-'),
          formatPercent(p.recall_at_1),
          formatPercent(p.recall_at_k),
          p.blend_error.toFixed(4),
          p.ms_per_audio_second.toFixed(2),
          p.block_ms_p50.toFixed(2),
          p.block_ms_p99.toFixed(2),
          ...(r.usage === 'realtime' ? [formatPercent(p.block_share ?? 0)] : []),
          p.qps.toFixed(0),
          p.latency_us_p50.toFixed(0),
        ]),
      ]),
      ...warningLines(r.warnings),
    ],
  },
  {
    name: 'inspect',
    usage: 'inspect FILE [--json]',
    summary: 'read a faiss index file (pure TypeScript): type, parameters, list sizes, tree',
    positional: ['file'],
    options: { json },
    run: (api, args) => api.inspect({ path: args.positional[0] }),
    human: (r: InspectResult) =>
      [
        `${r.path}: ${r.type}, d=${r.d}, ntotal=${formatCount(r.ntotal)}, metric=${r.metric}, ${formatBytes(r.file_bytes)}`,
        r.nlist !== null
          ? `nlist=${r.nlist}, nprobe=${r.nprobe}${r.imbalance !== null ? `, imbalance=${r.imbalance.toFixed(3)}` : ''}${r.empty_lists !== null ? `, empty lists=${r.empty_lists}` : ''}`
          : '',
        r.k_factor !== null ? `k_factor=${r.k_factor}` : '',
        ...describeTree(r.tree),
        ...warningLines(texts(r.warnings)),
      ].filter(Boolean),
    failure: (r: InspectResult) =>
      r.error ? `${r.path}: ${r.error.text}${r.tree.params.partial ? ' (the tree above is partial)' : ''}` : null,
  },
  {
    name: 'set-params',
    usage: 'set-params FILE --out FILE2 [--nprobe P] [--k-factor K] [--force]',
    summary: 'copy an index file with new stored n_probe / k_factor (no rebuild)',
    positional: ['file'],
    options: {
      out: { kind: 'string', help: 'output file (required)' },
      nprobe: buildOptions.nprobe,
      'k-factor': buildOptions['k-factor'],
      force: { kind: 'flag', help: 'overwrite FILE2' },
      json,
    },
    run: (api, args) => {
      const out = str(args, 'out');
      if (out === undefined) throw argumentError('--out', 'arg_needs', { what: 'set-params', other: '--out FILE2' });
      return api.setParams({
        path: args.positional[0],
        out,
        nprobe: num(args, 'nprobe'),
        k_factor: num(args, 'k-factor'),
        force: flag(args, 'force'),
      });
    },
    human: (r: SetParamsResult) => [
      `wrote ${r.output}${r.nprobe !== null ? ` (nprobe ${r.nprobe})` : ''}${r.k_factor !== null ? ` (k_factor ${r.k_factor})` : ''}`,
    ],
  },
  {
    name: 'export',
    usage: 'export <exp> [build options] [--out-dir DIR] [--total-fea] [--trained] [--report] [--force] [--json]',
    summary: "build and write RVC-ready files (RVC's names, n_probe baked in, every frame), with compatibility checks",
    positional: ['exp'],
    options: {
      ...buildOptions,
      'out-dir': { kind: 'string', help: 'folder for the files (default <exp>)' },
      'total-fea': { kind: 'flag', help: 'also write total_fea.npy' },
      trained: { kind: 'flag', help: "also write RVC's trained_… file" },
      report: { kind: 'flag', help: 'evaluate on held-out files first and write <name>.report.json/.csv' },
      ...costOptions,
      force: { kind: 'flag', help: 'overwrite existing files' },
      json,
    },
    run: async (api, args, jobId) => {
      const report = flag(args, 'report');
      const exportFiles = {
        out_dir: str(args, 'out-dir'),
        total_fea: flag(args, 'total-fea'),
        trained: flag(args, 'trained'),
        report,
      };
      const built = await api.build({
        ...buildRequestFrom(args, args.positional[0]),
        job_id: jobId,
        hold_out: report,
        force: flag(args, 'force'),
        export_files: exportFiles,
      });
      try {
        const result = await api.exportIndex({
          job_id: jobId,
          index_id: built.index_id,
          out_dir: str(args, 'out-dir'),
          total_fea: flag(args, 'total-fea'),
          trained: flag(args, 'trained'),
          force: flag(args, 'force'),
          report,
          usage: usageOf(args),
          block_seconds: num(args, 'block-seconds'),
          free_index: true,
        });
        return { ...result, ...warningFields([...built.notices, ...result.notices]) };
      } finally {
        // gone already unless the export failed before taking it
        await api.disposeIndex({ index_id: built.index_id });
      }
    },
    human: (r: ExportResult) => [
      ...r.files.map((f) => `wrote ${f}`),
      `${formatCount(r.ntotal)} vectors${r.nprobe !== null ? `, nprobe ${r.nprobe}` : ''}${r.k_factor !== null ? `, k_factor ${r.k_factor}` : ''}`,
      ...r.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail.text}`),
      ...warningLines(r.warnings),
    ],
  },
  ...modelCommands,
];
