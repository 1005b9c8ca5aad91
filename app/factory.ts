// Factory-string checks before any work (faiss's own errors are terse and some bad strings abort
// the process). The grammar covers the presets and faiss's common strings:
//   [transforms,] main [,refine]
//   transforms: PCA{d} PCAR{d} PCAW{d} PCAWR{d} OPQ{m}[_{d}] L2norm RR{d}
//   main:       Flat | IVF{n}[_HNSW{M}],<codes> | HNSW{M}[,Flat|_SQ8|_PQ{m}...] | PQ{m}[x{b}][fs] | SQ8 ...
//   codes:      Flat | PQ{m}[x{b}][fs|np] | SQ8 | SQ6 | SQ4 | SQfp16
//   refine:     RFlat | Refine(Flat)

import { message, type Message } from './messages';

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
  errors: Message[];
  warnings: Message[];
}

export interface FactoryContext {
  d: number;
  /** training/indexed vectors, when known */
  n?: number;
  /** value for {n} */
  nIvf?: number;
  kFactor?: number;
}

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
  /** the PQ token whose faiss index also trains polysemous codes (no `np` or `fs` suffix) */
  polysemous: string | null;
}

function parseCodes(token: string, into: Parsed, errors: Message[]): void {
  let match: RegExpExecArray | null;
  if (token === 'Flat') into.storesFlat = true;
  else if ((match = /^PQ(\d+)(?:x(\d+))?(fs|np)?$/.exec(token))) {
    const m = Number(match[1]);
    const nbits = match[2] === undefined ? 8 : Number(match[2]);
    const fastScan = match[3] === 'fs';
    if (fastScan && nbits !== 4) errors.push(message('factory_fastscan_bits', { token, m }));
    if (nbits < 1 || nbits > 16) errors.push(message('factory_pq_bits', { token }));
    into.pq = { m, nbits, fastScan };
    if (match[3] === undefined) into.polysemous = token;
  } else if (/^SQ(8|6|4|fp16|8_direct)$/.test(token)) into.sq = token;
  else if (UNSUPPORTED.test(token)) errors.push(message('factory_not_built', { token }));
  else errors.push(message('factory_unknown_part', { token }));
}

function parseTokens(tokens: string[], d: number, errors: Message[]): Parsed {
  const parsed: Parsed = {
    transforms: [],
    innerD: d,
    nlist: null,
    pq: null,
    sq: null,
    hnsw: null,
    refine: false,
    storesFlat: false,
    polysemous: null,
  };
  let i = 0;
  let match: RegExpExecArray | null;
  if (/^IDMap2?$/.test(tokens[0] ?? '')) {
    // said once, and the rest is still checked as if it were absent
    errors.push(message('factory_id_map', { token: tokens[0], rest: tokens.slice(1).join(',') || 'Flat' }));
    i = 1;
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if ((match = /^PCAW?R?(\d+)$/.exec(token)) || (match = /^RR(\d+)$/.exec(token))) {
      parsed.innerD = Number(match[1]);
      if (parsed.innerD > d) errors.push(message('factory_reduce_above_d', { token, d, target: parsed.innerD }));
    } else if ((match = /^OPQ(\d+)(?:_(\d+))?$/.exec(token))) {
      if (match[2] !== undefined) parsed.innerD = Number(match[2]);
      if (parsed.innerD % Number(match[1]) !== 0)
        errors.push(message('factory_opq_divide', { token, m: Number(match[1]), d: parsed.innerD }));
    } else if (token === 'L2norm') {
      /* no shape change */
    } else break;
    parsed.transforms.push(token);
  }
  const main = tokens[i];
  if (main === undefined) {
    errors.push(message('factory_no_index'));
    return parsed;
  }
  i++;
  if ((match = /^IVF(\d+)(?:_HNSW(\d+))?$/.exec(main))) {
    parsed.nlist = Number(match[1]);
    const codes = tokens[i++];
    if (codes === undefined) errors.push(message('factory_ivf_no_codes', { token: main }));
    else parseCodes(codes, parsed, errors);
  } else if ((match = /^HNSW(\d+)(?:_(.+))?$/.exec(main))) {
    parsed.hnsw = Number(match[1]);
    if (match[2] !== undefined) {
      parseCodes(match[2], parsed, errors);
      // HNSW's PQ storage trains no polysemous codes
      parsed.polysemous = null;
    } else if (tokens[i] === 'Flat') {
      parsed.storesFlat = true;
      i++;
    } else parsed.storesFlat = true;
  } else {
    parseCodes(main, parsed, errors);
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'RFlat' || token === 'Refine(Flat)') {
      if (parsed.refine) errors.push(message('factory_refine_twice', { token }));
      parsed.refine = true;
    } else if (/^(IVF|HNSW|PCA|OPQ|RR|L2norm)/.test(token)) {
      errors.push(message('factory_out_of_place', { token }));
    } else errors.push(message('factory_unknown_part', { token }));
  }
  return parsed;
}

/** Validates a factory string for d-dimensional data (and N vectors when known). */
export function checkFactory(factory: string, context: FactoryContext): FactoryCheck {
  const errors: Message[] = [];
  const warnings: Message[] = [];
  const expanded = expandFactory(factory.trim(), context.nIvf);
  if (expanded.length === 0) return { ok: false, shape: null, errors: [message('factory_empty')], warnings };
  if (expanded.includes('{n}')) errors.push(message('factory_n_unset'));
  const zero = /(^|[^0-9.])0+(?![0-9])/.exec(expanded);
  if (zero) errors.push(message('factory_zero'));
  const tokens = expanded.split(',').map((t) => t.trim());
  if (tokens.some((t) => t.length === 0)) errors.push(message('factory_empty_part'));
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
      errors.push(message('factory_pq_divide', { m, d: parsed.innerD, divisors: divisors.slice(-6).join(', ') }));
    }
    if (n !== undefined && n < 2 ** nbits)
      errors.push(message('factory_pq_too_few', { bits: nbits, needed: 2 ** nbits, n }));
  }
  if (parsed.nlist !== null && n !== undefined) {
    if (parsed.nlist > n) errors.push(message('factory_ivf_too_few', { nlist: parsed.nlist, n, max: maxListsFor(n) }));
    else if (n < MIN_POINTS_PER_CENTROID * parsed.nlist) {
      const [nlist, max] = [parsed.nlist, maxListsFor(n)];
      warnings.push(message('factory_ivf_sparse', { nlist, min: MIN_POINTS_PER_CENTROID, perList: n / nlist, max }));
    }
  }
  if (parsed.hnsw !== null && (parsed.hnsw < 4 || parsed.hnsw > 256))
    errors.push(message('factory_hnsw_m', { m: parsed.hnsw }));
  if (parsed.polysemous !== null) warnings.push(message('factory_pq_polysemous', { token: parsed.polysemous }));
  if (parsed.refine && (context.kFactor ?? 1) <= 1) {
    warnings.push(message('factory_refine_k_factor_1'));
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
