// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {그런 파일이나 폴더가 없습니다} denied {권한이 없습니다} folder {폴더입니다} notdir {경로의 일부가 폴더가 아닙니다} loop {심볼릭 링크가 너무 많습니다} io {입출력 오류(디스크 불량이나 드라이브 분리?)} other {{reason}}}';

export const errorsKo = {
  // ---- arguments
  arg_at_most: "{field}은(는) {max} 이하여야 합니다(입력값 ''{raw}'')",
  arg_one_of: "{field}은(는) {choices} 중 하나여야 합니다(입력값 ''{raw}'')",
  arg_positive_integer: "{field}은(는) 양의 정수여야 합니다(입력값 ''{raw}'')",
  arg_non_negative_integer: "{field}은(는) 0 이상의 정수여야 합니다(입력값 ''{raw}'')",
  arg_number: "{field}은(는) 숫자여야 합니다(입력값 ''{raw}'')",
  arg_int_list: "{field}은(는) 쉼표로 구분한 양의 정수 목록이어야 합니다(입력값 ''{raw}'')",
  arg_unknown_option: "''{command}''에 알 수 없는 옵션 {option}(--help 참고)",
  arg_takes_no_value: '{option}은(는) 값을 받지 않습니다',
  arg_needs_value: '{option}에는 값이 필요합니다',
  arg_positional:
    "''{command}''에는 {needs}이(가) 필요합니다(인수 {count, plural, other {#개}}를 받음). 사용법: rvc-index {usage}",
  arg_needs: '{what}에는 {other}이(가) 필요합니다',
  arg_contradict: '{option}과(와) {other}은(는) 서로 모순됩니다',
  arg_exactly_one: '{command}에는 {first}과(와) {second} 중 정확히 하나가 필요합니다',
  arg_above_zero: '{option}은(는) 0보다 커야 합니다(입력값 {value})',
  request_unknown_method: "알 수 없는 메서드 ''{method}''",
  request_below_min: '{field}은(는) {min} {inclusive, select, yes {이상} other {초과}}이어야 합니다(요청 {method})',
  request_above_max: '{field}은(는) {max} {inclusive, select, yes {이하} other {미만}}이어야 합니다(요청 {method})',
  request_invalid: '{field}이(가) 올바르지 않습니다: {detail}(요청 {method})',
  value_positive_integer: '{field}은(는) 양의 정수여야 합니다(입력값 {value})',
  value_non_negative_integer: '{field}은(는) 0 이상의 정수여야 합니다(입력값 {value})',
  sample_d_range: 'd는 {min}..{max} 범위의 정수여야 합니다(RVC v2는 768, v1은 256. 입력값 {value})',
  set_params_nothing: '--nprobe와 --k-factor 중 하나 이상을 지정하세요',
  set_params_no_ivf:
    '{name}에는 IVF 인덱스가 없어 설정할 nprobe가 없습니다{stopped, select, yes {(읽기가 도중에 멈춤: {detail})} other {}}',
  set_params_nprobe_range: '{name}의 nprobe는 1부터 nlist = {nlist}까지의 정수여야 합니다(입력값 {nprobe})',
  set_params_no_refine:
    '{name}에는 IndexRefine(RFlat)이 없어 설정할 k_factor가 없습니다{stopped, select, yes {(읽기가 도중에 멈춤: {detail})} other {}}',
  set_params_k_factor_min: '{name}의 k_factor는 1 이상의 숫자여야 합니다(입력값 {kFactor})',
  compress_too_many: '프레임 {n}개를 중심점 {centroids}개로 압축할 수 없습니다(최대 {n}개)',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf}은(는) 효과가 없습니다: 팩토리 문자열 ''{factory}''에 '{n}' 자리표시자가 없습니다(예: {example})",
  nprobe_above_nlist: 'nprobe {nprobe}이(가) 리스트 수({nlist})보다 큽니다',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}: RVC의 검색은 FastScan에 후보 {candidates}개를 요청하는데, RVC에 포함된 faiss 1.7.3은 이때 비정상 종료할 수 있습니다(무음 구간의 동일 거리). k_factor를 {max} 이하로 쓰세요',
  k_factor_no_rflat: '{type}에는 RFlat 재순위 단계가 없습니다',
  ef_search_not_hnsw: '{type}은(는) HNSW 인덱스가 아닙니다',
  k_above_ntotal: 'k = {k}이(가) 인덱스의 벡터 수({ntotal})보다 큽니다',

  // ---- engine
  index_not_loaded: '인덱스 {id}이(가) 로드되어 있지 않습니다: 다시 빌드하세요',
  index_lost:
    '인덱스 {id}이(가) 로드되어 있지 않습니다(해제되었거나 {where, select, worker {엔진 워커가} other {엔진이}} 다시 시작됨): 다시 빌드하세요',
  job_already_running: '작업 {id}이(가) 이미 실행 중입니다',
  cancelled: '취소됨',
  cancelled_before_start: '시작 전에 취소됨',
  engine_shutting_down: '엔진을 종료하는 중입니다',
  engine_stopped_after: '{why, select, cancel {취소} other {종료}}: 엔진을 멈췄습니다',
  engine_worker_stopped:
    '엔진 워커가 예기치 않게 멈췄습니다({reason}){lost, select, none {} other {. 잃은 인덱스: {lost}(다시 빌드하세요)}}',
  engine_worker_failed: '엔진 워커를 시작하지 못했습니다({reason})',
  engine_not_ready: '엔진 프로세스가 준비되기 전에 끝났습니다({how})',
  engine_process_stopped:
    '엔진이 멈췄습니다({how}). 다음 요청 때 다시 시작합니다{lost, select, none {} other {. 잃은 빌드된 인덱스: {lost}(다시 빌드하세요)}}',
  engine_not_loadable: '네이티브 faiss 엔진을 불러올 수 없습니다({file}): {reason}. 먼저 "npm run build"를 실행하세요.',
  engine_out_of_memory: '메모리가 부족합니다',
  engine_refused: '엔진이 요청을 거부했습니다: {detail}',
  faiss_failed: 'faiss 실패: {detail}',

  // ---- features
  npy_bad_header: '.npy 헤더가 올바른 NumPy 헤더 사전이 아닙니다',
  npy_bad_shape: ".npy 형태에 ''{part}''이(가) 들어 있습니다",
  npy_no_magic: '.npy 파일이 아닙니다(\\x93NUMPY 매직이 없음)',
  npy_version: '지원하지 않는 .npy 버전 {major}.{minor}',
  npy_header_truncated: '.npy 헤더가 잘렸습니다',
  npy_header_short: '.npy 헤더가 잘렸습니다({needed}바이트 필요)',
  npy_empty_file: '비어 있습니다(0바이트): 특징 추출이 중단된 것 같습니다. 다시 실행하거나 파일을 지우세요',
  npy_header_corrupt: '.npy 헤더가 손상되었습니다({bytes}바이트라고 주장)',
  npy_header_cut: '잘렸습니다: 파일이 .npy 헤더 안에서 끝납니다({needed}바이트 중 {size})',
  feature_not_float:
    '{type} 값을 담고 있어 부동소수점 특징이 아닙니다: RVC는 float32 [frames, d] 특징을 씁니다{integer, select, yes {(RVC 실험의 정수 배열은 2a_f0의 피치 파일이지 특징이 아닙니다)} other {}}',
  feature_scalar: '숫자 하나만 담고 있어 [frames, d] 특징 행렬이 아닙니다',
  feature_1d:
    '1차원 {shape}입니다. 특징 파일은 2차원 [frames, d]입니다(RVC 실험의 1차원 배열은 2b-f0nsf의 피치 파일이지 특징이 아닙니다)',
  feature_bad_shape: '형태가 {shape}입니다. [frames, d] 또는 [1, frames, d]여야 합니다',
  feature_zero_width: '형태가 {shape}입니다: 행의 너비가 0입니다',
  feature_data_truncated:
    '잘렸습니다: 헤더는 {shape} {dtype} = {bytes}바이트의 데이터를 약속하지만 뒤에는 {available}바이트뿐입니다. 이 파일의 특징을 다시 추출하거나 지우세요',
  feature_width_differs:
    'd = {d}이지만 {first}은(는) d = {firstD}입니다: 파일마다 특징 너비가 다릅니다. 실험의 모든 파일은 같은 특징 추출기에서 나와야 합니다(v1 = 256, v2 = 768)',
  feature_changed: '불러오는 동안 바뀌었습니다. 다시 시도하세요',
  features_none: '불러올 .npy 특징 파일이 없습니다',
  features_all_empty: '모든 특징 파일이 비어 있습니다(0프레임). 특징을 다시 추출하세요',
  features_all_nonfinite: '모든 특징 파일의 모든 행에 NaN/Inf가 있습니다. 특징을 다시 추출하세요',
  features_not_found:
    '{what, select, empty {비어 있습니다} no_npy {.npy 파일이 없습니다} other {특징 폴더(3_feature768, 3_feature256, extracted)도 .npy 파일도 없습니다}}: 먼저 특징을 추출하거나(RVC WebUI: Train 탭 2b 단계 "Feature extraction", Applio: Train 탭 "Extract") .npy 특징 파일이 있는 폴더를 고르세요',
  features_not_npy:
    ".npy 파일도 폴더도 아닙니다: RVC 실험 폴더(logs/'<name>'), 그 안의 3_feature768 / 3_feature256 폴더, 또는 .npy 특징을 여세요",
  queries_width_mismatch:
    '쿼리 특징은 d = {queryD}인데 실험의 특징은 d = {d}입니다. 같은 모델 버전으로 쿼리를 추출하세요(v1 = 256, v2 = 768)',
  features_no_memory: '{where}의 특징을 위해 {neededSize}을(를) 할당할 수 없습니다',
  features_load_cancelled: '특징 불러오기를 취소했습니다',
  split_impossible: '평가 쿼리를 보류하기에는 프레임이 너무 적습니다 — 쿼리 파일이나 폴더를 고르세요',

  // ---- files
  folder_unlistable: `폴더 내용을 나열할 수 없습니다: ${fsWhy}`,
  path_unopenable: `열 수 없습니다: ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    '{file}을(를) 쓸 수 없습니다: {why, select, full {디스크가 가득 찼습니다} too_large {파일이 이 디스크나 계정이 허용하는 크기보다 큽니다} not_writable {폴더에 쓸 수 없습니다} no_folder {폴더가 없습니다} folder_in_way {같은 이름의 폴더가 있습니다} other {{reason}}}',
  cancelled_nothing_written: '취소됨: 아무것도 쓰지 않았습니다',
  outputs_exist: '{files}: {count, plural, other {이미 있습니다}}: 아무것도 쓰지 않았습니다(덮어쓰려면 --force 사용)',
  folder_not_creatable:
    '{folder}을(를) 만들 수 없습니다: {why, select, full {디스크가 가득 찼습니다} other {{reason}}}',
  sample_folder_not_empty: '이미 .npy 파일이 있습니다: 예제 실험에는 빈 폴더를 고르세요',
  sample_not_written: '{folder}에 예제를 쓸 수 없습니다: {reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist}에는 학습 벡터가 최소 {nlist}개 필요하지만 이번 빌드는 {rows}개로 학습합니다(나머지는 평가용으로 보류함)',
  eval_metric_unsupported: 'L2와 내적 인덱스만 평가할 수 있습니다',
  eval_dim_mismatch: '{indexD}차원 벡터를 담고 있지만 {root}은(는) d = {d}입니다',
  eval_no_held_out: '{root}에는 쿼리로 쓸 보류한 파일이 없습니다: --queries를 지정하세요',
  eval_not_reconstructable: '이 인덱스는 저장된 벡터를 돌려줄 수 없습니다(reconstruct_n). RVC에는 이것이 필요합니다',
  tuning_no_queries: '이 빌드에는 평가 쿼리가 없습니다(보류를 켜고 빌드하거나 쿼리 폴더를 고르세요)',
  export_not_stored:
    '인덱스에 저장된 값은 nprobe {nprobe}, k_factor {kFactor}입니다. 기대값은 {wantNprobe}, {wantKFactor}',
  library_scan_cancelled: '모델 라이브러리 열기를 취소했습니다',
  estimate_vectors_mismatch: '저장된 벡터의 값은 {values}개로, {ntotal} × {d}가 아닙니다',

  // ---- transports
  request_job_running: "{method}: job_id ''{id}''이(가) 이미 실행 중입니다",
  request_refused:
    '{why, select, host {허용되지 않은 호스트} method {허용되지 않은 메서드} token {토큰이 없거나 틀렸습니다} post {POST를 쓰세요} session {{header} 헤더가 잘못되었습니다} too_large {요청 본문이 너무 큽니다: 한도는 {limit}바이트} body {요청 본문이 잘못되었습니다: {detail}} sender {거부됨: 메시지가 스튜디오 창에서 오지 않았습니다} method_type {메서드는 문자열이어야 합니다} other {거부됨}}',
  web_internal: '서버 내부 오류(자세한 내용은 서버 로그에 있습니다)',
  owner_gone: '이 빌드를 요청한 창이나 탭이 닫혔습니다: 그 인덱스를 해제했습니다',
  main_no_answer: '메인 프로세스가 응답하지 않습니다',
};
