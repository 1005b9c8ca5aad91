// Factory-string checks before any work (faiss's own errors are terse and some bad strings abort
// the process). The grammar covers the presets and faiss's common strings:
//   [transforms,] main [,refine]
//   transforms: PCA{d} PCAR{d} PCAW{d} PCAWR{d} OPQ{m}[_{d}] L2norm RR{d}
//   main:       Flat | IVF{n}[_HNSW{M}],<codes> | HNSW{M}[,Flat|_SQ8|_PQ{m}...] | PQ{m}[x{b}][fs] | SQ8 ...
//   codes:      Flat | PQ{m}[x{b}][fs|np] | SQ8 | SQ6 | SQ4 | SQfp16
//   refine:     RFlat | Refine(Flat)

/** faiss's minimum training points per centroid before it warns */
export const MIN_POINTS_PER_CENTROID = 39;
/** faiss's most lists for n training vectors without its warning (N // 39) */
export const maxListsFor = (n: number) => Math.max(1, Math.floor(n / MIN_POINTS_PER_CENTROID));
/** faiss subsamples k-means input to this many points per centroid */
export const MAX_POINTS_PER_CENTROID = 256;

export interface FactoryShape {
  /** the factory string with {n} expanded */
  factory: string;
  nlist: number | null;
  pq: { m: number; nbits: number; fastScan: boolean } | null;
  sq: string | null;
  hnsw: number | null;
  refine: boolean;
  transforms: string[];
  /** dimension the main index sees (after PCA / OPQ output size) */
  innerD: number;
  /** true when the index stores vectors exactly (Flat, IVF-Flat, HNSW-Flat, or a Flat re-ranker) */
  exactStorage: boolean;
}

export interface FactoryCheck {
  ok: boolean;
  shape: FactoryShape | null;
  errors: string[];
  warnings: string[];
}

export interface FactoryContext {
  d: number;
  /** training/indexed vectors, when known */
  n?: number;
  /** value for {n} */
  nIvf?: number;
  kFactor?: number;
}

const HELP = 'expected parts like IVF{n}, Flat, PQ{m}x4fs, SQ8, HNSW32, RFlat (comma-separated)';
/** faiss factory parts that exist but that RVC cannot use or this app does not build */
const UNSUPPORTED = /^(IDMap2?|IMI\d|NSG|LSH|RQ|LSQ|PRQ|PLSQ|ITQ|Pad|Residual|NNDescent)/;

export function expandFactory(factory: string, nIvf: number | undefined): string {
  return nIvf === undefined ? factory : factory.replaceAll('{n}', String(nIvf));
}

interface Parsed {
  transforms: string[];
  innerD: number;
  nlist: number | null;
  pq: FactoryShape['pq'];
  sq: string | null;
  hnsw: number | null;
  refine: boolean;
  storesFlat: boolean;
}

function parseCodes(token: string, into: Parsed, errors: string[]): void {
  let match: RegExpExecArray | null;
  if (token === 'Flat') into.storesFlat = true;
  else if ((match = /^PQ(\d+)(?:x(\d+))?(fs|np)?$/.exec(token))) {
    const m = Number(match[1]);
    const nbits = match[2] === undefined ? 8 : Number(match[2]);
    const fastScan = match[3] === 'fs';
    if (fastScan && nbits !== 4) errors.push(`${token}: FastScan ("fs") codes must use 4 bits (PQ${m}x4fs)`);
    if (nbits < 1 || nbits > 16) errors.push(`${token}: PQ bits per code must be between 1 and 16`);
    into.pq = { m, nbits, fastScan };
  } else if (/^SQ(8|6|4|fp16|8_direct)$/.test(token)) into.sq = token;
  else if (UNSUPPORTED.test(token)) errors.push(`'${token}' is a faiss index this app does not build: ${HELP}`);
  else errors.push(`unknown part '${token}': ${HELP}`);
}

function parseTokens(tokens: string[], d: number, errors: string[]): Parsed {
  const parsed: Parsed = {
    transforms: [],
    innerD: d,
    nlist: null,
    pq: null,
    sq: null,
    hnsw: null,
    refine: false,
    storesFlat: false,
  };
  let i = 0;
  let match: RegExpExecArray | null;
  if (/^IDMap2?$/.test(tokens[0] ?? '')) {
    // said once, and the rest is still checked as if it were absent
    errors.push(
      `'${tokens[0]}' is not supported: RVC numbers the vectors 0..N−1 and reads them back with reconstruct_n, which an ID map cannot serve; leave '${tokens[0]},' out (e.g. '${tokens.slice(1).join(',') || 'Flat'}')`,
    );
    i = 1;
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if ((match = /^PCAW?R?(\d+)$/.exec(token)) || (match = /^RR(\d+)$/.exec(token))) {
      parsed.innerD = Number(match[1]);
      if (parsed.innerD > d) errors.push(`${token}: cannot reduce d = ${d} to ${parsed.innerD} dimensions`);
    } else if ((match = /^OPQ(\d+)(?:_(\d+))?$/.exec(token))) {
      if (match[2] !== undefined) parsed.innerD = Number(match[2]);
      if (parsed.innerD % Number(match[1]) !== 0)
        errors.push(`${token}: OPQ's ${match[1]} sub-vectors must divide the dimension ${parsed.innerD}`);
    } else if (token === 'L2norm') {
      /* no shape change */
    } else break;
    parsed.transforms.push(token);
  }
  const main = tokens[i];
  if (main === undefined) {
    errors.push(`the factory string needs an index after the transforms: ${HELP}`);
    return parsed;
  }
  i++;
  if ((match = /^IVF(\d+)(?:_HNSW(\d+))?$/.exec(main))) {
    parsed.nlist = Number(match[1]);
    const codes = tokens[i++];
    if (codes === undefined) errors.push(`${main} must be followed by how vectors are stored, e.g. ${main},Flat`);
    else parseCodes(codes, parsed, errors);
  } else if ((match = /^HNSW(\d+)(?:_(.+))?$/.exec(main))) {
    parsed.hnsw = Number(match[1]);
    if (match[2] !== undefined) parseCodes(match[2], parsed, errors);
    else if (tokens[i] === 'Flat') {
      parsed.storesFlat = true;
      i++;
    } else parsed.storesFlat = true;
  } else {
    parseCodes(main, parsed, errors);
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'RFlat' || token === 'Refine(Flat)') {
      if (parsed.refine) errors.push(`${token}: only one re-ranking stage is supported`);
      parsed.refine = true;
    } else if (/^(IVF|HNSW|PCA|OPQ|RR|L2norm)/.test(token)) {
      errors.push(`'${token}' is out of place: transforms come first, then the index, then RFlat`);
    } else errors.push(`unknown part '${token}': ${HELP}`);
  }
  return parsed;
}

/** Validates a factory string for d-dimensional data (and N vectors when known). */
export function checkFactory(factory: string, context: FactoryContext): FactoryCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const expanded = expandFactory(factory.trim(), context.nIvf);
  if (expanded.length === 0) return { ok: false, shape: null, errors: ['the factory string is empty'], warnings };
  if (expanded.includes('{n}')) errors.push('{n} needs a value: set n_ivf');
  const zero = /(^|[^0-9.])0+(?![0-9])/.exec(expanded);
  if (zero) errors.push('numbers in a factory string must be at least 1');
  const tokens = expanded.split(',').map((t) => t.trim());
  if (tokens.some((t) => t.length === 0)) errors.push('the factory string has an empty part (two commas in a row?)');
  const parsed = parseTokens(
    tokens.filter((t) => t.length > 0),
    context.d,
    errors,
  );
  const { n } = context;

  if (parsed.pq) {
    const { m, nbits } = parsed.pq;
    if (m > 0 && parsed.innerD % m !== 0) {
      const divisors = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 768].filter(
        (x) => parsed.innerD % x === 0 && x <= parsed.innerD,
      );
      errors.push(
        `PQ${m}: m = ${m} must divide the vector dimension ${parsed.innerD} (try ${divisors.slice(-6).join(', ')})`,
      );
    }
    if (n !== undefined && n < 2 ** nbits)
      errors.push(`PQ with ${nbits}-bit codes needs at least ${2 ** nbits} training vectors; there are ${n}`);
  }
  if (parsed.nlist !== null && n !== undefined) {
    if (parsed.nlist > n)
      errors.push(
        `IVF${parsed.nlist} needs at least ${parsed.nlist} training vectors (one per list); there are ${n}. Lower n_ivf to at most ${maxListsFor(n)}.`,
      );
    else if (n < MIN_POINTS_PER_CENTROID * parsed.nlist) {
      warnings.push(
        `IVF${parsed.nlist} has fewer than ${MIN_POINTS_PER_CENTROID} training vectors per list (${(n / parsed.nlist).toFixed(1)}); faiss will warn and lists will be noisy. n_ivf ≤ ${maxListsFor(n)} avoids it.`,
      );
    }
  }
  if (parsed.hnsw !== null && (parsed.hnsw < 4 || parsed.hnsw > 256))
    errors.push(`HNSW${parsed.hnsw}: M should be between 4 and 256`);
  if (parsed.refine && (context.kFactor ?? 1) <= 1) {
    warnings.push(
      'RFlat with k_factor = 1 re-ranks nothing: recall stays that of the compressed codes. Use k_factor 2–2.5 for an RVC export (more is safe only in this app: RVC’s faiss 1.7.3 can crash above 2.5).',
    );
  }

  const shape: FactoryShape = {
    factory: expanded,
    nlist: parsed.nlist,
    pq: parsed.pq,
    sq: parsed.sq,
    hnsw: parsed.hnsw,
    refine: parsed.refine,
    transforms: parsed.transforms,
    innerD: parsed.innerD,
    // RFlat wraps the whole index and keeps raw vectors; any transform changes what is stored.
    exactStorage: parsed.refine || (parsed.storesFlat && parsed.transforms.length === 0),
  };
  return { ok: errors.length === 0, shape, errors, warnings };
}
