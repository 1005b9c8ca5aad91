// Messages of refused options and parameters: the CLI's flags, and values a request asks for that
// the data or the index cannot take. Option names (--n-ivf) and faiss names (nprobe, k_factor,
// RFlat) are not translated; `field` is the option or parameter named.
export const argumentsMessages = {
  // ---- the CLI's flags and arguments
  arg_at_most: "{field} must be at most {max} (got ''{raw}'')",
  arg_one_of: "{field} must be one of {choices} (got ''{raw}'')",
  arg_positive_integer: "{field} must be a positive integer (got ''{raw}'')",
  arg_non_negative_integer: "{field} must be a non-negative integer (got ''{raw}'')",
  arg_number: "{field} must be a number (got ''{raw}'')",
  arg_int_list: "{field} must be a comma-separated list of positive integers (got ''{raw}'')",
  arg_unknown_option: "unknown option {option} for ''{command}'' (see --help)",
  arg_takes_no_value: '{option} takes no value',
  arg_needs_value: '{option} needs a value',
  arg_positional:
    "''{command}'' needs {needs} (got {count, plural, one {# argument} other {# arguments}}); usage: rvc-index {usage}",
  arg_needs: '{what} needs {other}',
  arg_contradict: '{option} and {other} contradict each other',
  arg_exactly_one: '{command} needs exactly one of {first} and {second}',
  arg_above_zero: '{option} must be above 0 (got {value})',

  // ---- a request to the Backend its schema refuses (`detail` is the schema's own English words)
  request_unknown_method: "unknown method ''{method}''",
  request_below_min:
    '{field} must be {inclusive, select, yes {at least} other {greater than}} {min} (request {method})',
  request_above_max: '{field} must be {inclusive, select, yes {at most} other {less than}} {max} (request {method})',
  request_invalid: '{field} is not valid: {detail} (request {method})',
  request_job_running: "{method}: job_id: ''{id}'' is already running",
  request_refused:
    '{why, select, host {forbidden host} method {method not allowed} token {missing or wrong token} post {use POST} session {malformed {header} header} too_large {request body too large: the limit is {limit} bytes} body {bad request body: {detail}} sender {refused: the message did not come from the studio window} method_type {method must be a string} other {refused}}',

  // ---- values of a request
  value_positive_integer: '{field} must be a positive integer (got {value})',
  value_non_negative_integer: '{field} must be a non-negative integer (got {value})',
  sample_d_range: 'd must be an integer in {min}..{max} (768 for RVC v2, 256 for v1; got {value})',
  set_params_nothing: 'give --nprobe and/or --k-factor',
  set_params_no_ivf:
    '{name} has no IVF index, so there is no nprobe to set{stopped, select, yes { (reading stopped early: {detail})} other {}}',
  set_params_nprobe_range: 'nprobe must be an integer from 1 to nlist = {nlist} for {name}, got {nprobe}',
  set_params_no_refine:
    '{name} has no IndexRefine (RFlat), so there is no k_factor to set{stopped, select, yes { (reading stopped early: {detail})} other {}}',
  set_params_k_factor_min: 'k_factor must be a number ≥ 1 for {name}, got {kFactor}',
  compress_too_many: 'cannot compress {n} frames to {centroids} centroids (at most {n})',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} has no effect: factory ''{factory}'' has no '{n}' placeholder (write e.g. {example})",
  nprobe_above_nlist: 'nprobe {nprobe} is larger than the number of lists ({nlist})',
  k_factor_fastscan_aborts:
    "k_factor {kFactor}: RVC's search would ask FastScan for {candidates} candidates, and the faiss 1.7.3 RVC ships can abort on that (tied distances in silence); use a k_factor of at most {max}",
  k_factor_no_rflat: '{type} has no RFlat re-ranking stage',
  ef_search_not_hnsw: '{type} is not an HNSW index',
  k_above_ntotal: 'k = {k} is larger than the {ntotal} vectors in the index',
} as const;
