// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsKo } from './errors/ko';

const help = "IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat 같은 부분을 쉼표로 구분해 적어야 합니다";
const kind =
  '{kind, select, folder {폴더} fifo {FIFO(이름 있는 파이프)} socket {소켓} device {장치} link {심볼릭 링크} file {파일} other {특수 파일}}';
const what =
  '{what, select, index {인덱스 파일} npy {.npy 파일} pth {모델 파일} zip {zip 파일} experiment {특징 폴더나 .npy 파일} queries {쿼리 폴더나 .npy 파일} library {모델 폴더나 .zip} other {파일}}';

export const engineKo: EngineCatalogue = {
  ...errorsKo,
  // ---- data
  few_distinct_rows:
    '샘플링한 {sampled, number}개 행 중 서로 다른 벡터가 {distinct, plural, other {#개}}뿐입니다: 특징이 대부분 서로의 복사본이며(무음? 멈춘 추출기?), 이를 바탕으로 한 어떤 인덱스도 RVC에 도움이 되지 않습니다',
  lists_mostly_empty:
    '역색인 리스트 {nlist, number}개 중 {empty, number}개가 비어 있습니다: k-means가 리스트 수보다 적은 서로 다른 점을 찾았습니다. 리스트를 훨씬 줄이거나(--n-ivf) 특징을 확인하세요',
  recall_trivial:
    '인덱스에는 샘플링한 {sampled, number}개 중 서로 다른 벡터가 {distinct, plural, other {#개}}뿐입니다: 이웃이 같은 거리에서 동률이므로 어떤 결과도 정확하고 재현율은 당연히 100%입니다. 재현율 열은 동률인 id 중 어느 것이 돌아왔는지만 보여 줍니다',

  // ---- engine
  faiss_variant_unknown:
    'RVC_FAISS_VARIANT가 "{value}"입니다: generic 또는 avx2를 쓰세요(설정하지 않으면 CPU에 맞춰 고릅니다)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}이지만 {file}이(가) 빌드되지 않았습니다(빌드됨: {built}). Linux x86-64에서 "npm run build"를 실행해 둘 다 빌드하세요',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2이지만 이 CPU나 운영체제는 AVX2 코드를 실행할 수 없습니다(AVX2, FMA, F16C와 운영체제가 저장하는 AVX 상태 필요)',

  // ---- export, rvc
  metric_ip: '내적 척도: RVC는 이웃에 1/거리² 가중치를 주어 L2 거리를 전제하므로, 이 인덱스는 RVC에서 잘못 섞입니다',
  rvc_metric_not_l2:
    '{metric} 척도: RVC는 이웃에 1/거리² 가중치를 주어 L2를 전제하므로, 이 인덱스는 RVC에서 잘못 섞입니다',

  // ---- factory strings and build plans
  factory_empty: '팩토리 문자열이 비어 있습니다',
  factory_n_unset: "'{n}'에 값이 필요합니다: n_ivf를 설정하세요",
  factory_zero: '팩토리 문자열의 숫자는 1 이상이어야 합니다',
  factory_empty_part: '팩토리 문자열에 빈 부분이 있습니다(쉼표 두 개가 연속?)',
  factory_no_index: `팩토리 문자열에는 변환 뒤에 인덱스가 필요합니다: ${help}`,
  factory_unknown_part: `알 수 없는 부분 ''{token}'': ${help}`,
  factory_not_built: `''{token}''은(는) 이 앱이 빌드하지 않는 faiss 인덱스입니다: ${help}`,
  factory_id_map:
    "''{token}''은(는) 지원하지 않습니다: RVC는 벡터에 0..N−1 번호를 매기고 reconstruct_n으로 다시 읽는데, ID 맵은 이를 제공할 수 없습니다. ''{token},''을(를) 빼세요(예: ''{rest}'')",
  factory_out_of_place: "''{token}''의 위치가 잘못되었습니다: 변환, 인덱스, RFlat 순서로 적습니다",
  factory_fastscan_bits: '{token}: FastScan("fs") 코드는 4비트를 써야 합니다(PQ{m}x4fs)',
  factory_pq_bits: '{token}: PQ 코드당 비트 수는 1에서 16 사이여야 합니다',
  factory_reduce_above_d: '{token}: d = {d}을(를) {target}차원으로 줄일 수 없습니다',
  factory_opq_divide: '{token}: OPQ의 부분 벡터 {m}개가 차원 {d}을(를) 나누어떨어지게 해야 합니다',
  factory_ivf_no_codes: '{token} 뒤에는 벡터 저장 방식이 와야 합니다(예: {token},Flat)',
  factory_refine_twice: '{token}: 재정렬 단계는 하나만 지원합니다',
  factory_hnsw_m: 'HNSW{m}: M은 4에서 256 사이여야 합니다',
  factory_pq_divide: 'PQ{m}: m = {m}이(가) 벡터 차원 {d}을(를) 나누어떨어지게 해야 합니다({divisors} 중에서 시도)',
  factory_pq_too_few: '{bits}비트 코드의 PQ에는 학습 벡터가 {needed}개 이상 필요합니다. 지금은 {n}개입니다',
  factory_ivf_too_few:
    'IVF{nlist}에는 학습 벡터가 {nlist}개 이상(리스트마다 하나) 필요합니다. 지금은 {n}개입니다. n_ivf를 {max} 이하로 낮추세요.',
  factory_ivf_sparse:
    'IVF{nlist}의 리스트당 학습 벡터가 {min}개보다 적습니다({perList, number, ::.0}). faiss가 경고하고 리스트에 잡음이 생깁니다. n_ivf ≤ {max}이면 피할 수 있습니다.',
  factory_pq_polysemous:
    '{token}은(는) 다의(polysemous) 코드도 학습하지만 RVC의 검색은 이를 전혀 쓰지 않습니다. 이 단계는 나머지 학습만큼 오래 걸릴 수 있습니다. {token}np는 이 단계 없이 같은 인덱스를 만듭니다.',
  factory_refine_k_factor_1:
    'k_factor = 1인 RFlat은 아무것도 재정렬하지 않습니다: 재현율은 압축 코드의 수준에 머뭅니다. RVC용 내보내기에는 k_factor 2–2.5를 쓰세요(그보다 크면 이 앱에서만 안전합니다: RVC의 faiss 1.7.3은 2.5를 넘으면 멈출 수 있습니다).',
  plan_rvc_compress:
    'N = {n} > {threshold}: RVC처럼 k-means 중심점 {centroids}개를 인덱싱합니다(인덱스 ≈{indexSize}, 원래 ≈{rvcSize}). 모든 프레임을 유지하려면 --keep-all-frames를 쓰세요',
  plan_nprobe_ignored: 'nprobe {nprobe}은(는) 무시됩니다: {factory}은(는) IVF 인덱스가 아닙니다',
  plan_k_factor_ignored: 'k_factor {kFactor}은(는) 무시됩니다: {factory}에는 RFlat 재정렬 단계가 없습니다',

  // ---- faiss files
  faiss_too_short: 'faiss 인덱스로는 너무 짧습니다({bytes}바이트), 바이트 {offset}',
  faiss_not_index: 'faiss 인덱스 파일이 아닙니다({start}(으)로 시작), 바이트 {offset}',
  faiss_truncated: '{field} 안에서 파일이 끝납니다({needed}바이트 필요, {left} 남음), 바이트 {offset}',
  faiss_vector_too_long:
    '{field}에 {elementBytes}바이트 요소 {count}개가 있다고 되어 있지만 {left}바이트만 남았습니다, 바이트 {offset}',
  faiss_list_too_long:
    '역색인 리스트 {list}에 {entryBytes}바이트 항목 {size}개가 있다고 되어 있지만 {left}바이트만 남았습니다, 바이트 {offset}',
  faiss_impossibly_large: '{field}이(가) 있을 수 없을 만큼 큽니다(손상된 파일?), 바이트 {offset}',
  faiss_unknown_tag:
    '알 수 없는 {kind, select, transform {벡터 변환} lists {역색인 리스트} other {인덱스}} 유형 태그 {tag}(손상된 파일?), 바이트 {offset}',
  faiss_nesting: '객체가 {max}단계보다 깊게 중첩되었습니다(손상된 파일?), 바이트 {offset}',
  faiss_unsupported: '지원하지 않는 {fourcc}, 바이트 {offset}',
  faiss_too_small: '{field} = {value}이(가) {min}보다 작습니다(손상된 파일?), 바이트 {offset}',
  faiss_not_positive: '{field} = {value}이(가) 양수가 아닙니다(손상된 파일?), 바이트 {offset}',
  faiss_out_of_range: '{field} = {value}이(가) {min}…{max} 범위를 벗어났습니다(손상된 파일?), 바이트 {offset}',
  faiss_not_equal: '{field} = {value}이지만 {rule} = {expected}와(과) 같아야 합니다(손상된 파일?), 바이트 {offset}',
  faiss_not_one_of: '{field} = {value}은(는) {allowed} 중 하나가 아닙니다(손상된 파일?), 바이트 {offset}',
  faiss_not_multiple:
    '{field} = {value}은(는) {divisorField} = {divisor}의 배수가 아닙니다(손상된 파일?), 바이트 {offset}',
  faiss_not_finite: '{field}이(가) {value}(으)로, 유한한 수가 아닙니다(손상된 파일?), 바이트 {offset}',
  faiss_odd_count: '{field}에 값이 홀수 개({count}) 있습니다(손상된 파일?), 바이트 {offset}',
  faiss_sparse_cap: 'nlist = {nlist}: 이 리더가 나열하는 것보다 역색인 리스트가 많습니다(최대 {max}), 바이트 {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist}개의 역색인 리스트이지만 양자화기({fourcc}, 바이트 {quantizerAt})는 최대 {bound}개만 설명합니다(손상된 파일?), 바이트 {offset}',
  faiss_untrained_with_vectors:
    '{type}은(는) 학습되지 않았는데 벡터 {ntotal}개를 담고 있습니다(손상된 파일?), 바이트 {offset}',
  faiss_id_out_of_range:
    '{field}에 id {id}이(가) 있지만 {user}에는 0부터 {max}까지의 id가 필요합니다(손상된 파일?), 바이트 {offset}',
  faiss_dangling_entry:
    '{field}이(가) 역색인 리스트 {list}의 {position}번째 벡터를 가리키지만 존재하지 않습니다(nlist = {nlist}, 그 리스트는 {size}개)(손상된 파일?), 바이트 {offset}',
  faiss_hnsw_neighbor_level:
    'HNSW 노드 {node}이(가) 레벨 {level}에서 노드 {neighbor}에 연결되지만 그 노드의 레벨은 {levels}개뿐입니다(손상된 파일?), 바이트 {offset}',
  faiss_lists_not_stored:
    "이 파일에는 역색인 리스트가 저장되어 있지 않습니다('il00'). faiss는 읽을 수 있지만 검색할 수 없고 RVC는 멈춥니다. 실험의 특징으로 인덱스를 다시 빌드하세요. 바이트 {offset}",
  faiss_lists_on_disk:
    "역색인 리스트가 별도 파일에 있습니다(''{tag}'', faiss 디스크 리스트). 이 앱은 그 파일을 열지 않습니다. 실험의 특징으로 인덱스를 다시 빌드하거나, Python faiss에서 리스트와 함께 불러와 메모리 리스트로 저장하세요. 바이트 {offset}",
  faiss_engine_unsupported_type:
    '{type}({fourcc})은(는) 엔진에서 {role, select, quantizer {IVF 인덱스의 거친 양자화기} storage {HNSW 인덱스의 저장소} refine {IndexRefine의 재정렬 인덱스} other {인덱스}}(으)로 쓸 수 없습니다, 바이트 {offset}',
  faiss_engine_cannot_search: '바이트 {offset}의 {type}은(는) 엔진의 faiss로 검색할 수 없습니다({reason})',
  faiss_engine_metric: '{type}은(는) {metric} 척도를 씁니다: 엔진은 L2와 내적 인덱스만 읽습니다, 바이트 {offset}',
  faiss_engine_unsupported_value: '{field} = {value}: 엔진의 faiss는 여기서 {allowed}만 지원합니다, 바이트 {offset}',
  faiss_engine_limit: '{field} = {value}이(가) 엔진이 다루는 범위({min}…{max})를 벗어났습니다, 바이트 {offset}',
  faiss_engine_untrained_part:
    '바이트 {offset}의 {type}은(는) 둘러싼 인덱스는 학습되었는데 학습되지 않았습니다: faiss가 검색할 수 없습니다',
  faiss_engine_unreadable: 'faiss가 이 인덱스를 읽을 수 없습니다({reason})',
  faiss_engine_no_reconstruct:
    'faiss가 이 인덱스의 저장된 벡터를 돌려줄 수 없습니다: reconstruct_n이 프로세스를 중단시킵니다({type}, 바이트 {offset}{reason, select, missing {: id가 0부터 {max}까지를 포함하지 않습니다} other {}})',
  faiss_trailing_bytes: '인덱스 끝 뒤의 {count}바이트는 무시됩니다',
  faiss_nprobe_zero: '저장된 nprobe가 {nprobe}입니다: faiss가 어떤 역색인 리스트도 검색하지 않습니다',
  faiss_k_factor_low: '저장된 k_factor가 {value}입니다: 재정렬에는 1 이상이 필요합니다',

  // ---- files (said after the path)
  file_missing: '그런 파일이나 폴더가 없습니다',
  file_not_regular: `${kind}이며 일반 ${what}이 아닙니다: 아무것도 읽지 않았습니다`,
  input_not_regular: `${kind}이며 ${what}이 아닙니다: 아무것도 읽지 않았습니다`,
  file_unreadable: '읽을 수 없습니다: {reason}',
  file_truncated: '읽는 동안 짧아졌습니다({expected, number}바이트 중 {actual, number}바이트): 읽지 않았습니다',
  file_too_large: '{size, number}바이트로, 이 앱이 읽는 한도 {limit, number}바이트를 넘습니다: 읽지 않았습니다',
  output_not_folder: `출력 폴더가 ${kind}이며 폴더가 아닙니다`,
  output_not_writable: '출력 폴더에 쓸 수 없습니다',
  output_folder_unusable: '출력 폴더를 쓸 수 없습니다: {reason}',
  output_not_regular: `쓸 수 없습니다: ${kind}입니다. 일반 파일 이름을 고르세요`,
  output_exists: '이미 있습니다: 아무것도 쓰지 않았습니다(덮어쓰려면 --force 사용)',

  // ---- library actions
  retune_no_index: '다시 조정할 인덱스가 없습니다(진단 결과 참고)',
  retune_several_indexes: '후보 인덱스가 {count}개 있습니다: 모델 옆에 하나만 남기고 다시 조정하세요',
  retune_index_unusable: '인덱스를 다시 조정할 수 없습니다: {reason}',
  retune_no_nprobe: '인덱스({type})가 IVF 인덱스가 아닙니다: 저장할 n_probe가 없습니다',
  retune_target_unreachable:
    '추정 재현율 {target, number, percent}에 이르는 n_probe가 없습니다(리스트 {nlist, number}개를 모두 검색하면 {best, number, percent})',
  retune_no_estimate: '재현율로 n_probe를 고를 수 없습니다: {reason}',
  retune_same_output: '{file}을(를) 쓰게 되는데, 이 배치의 다른 모델도 같은 파일을 씁니다: --out-dir로 다시 조정하세요',
  retune_output_exists: '{file}을(를) 쓰게 되는데, 이미 있습니다: 아무것도 덮어쓰지 않았습니다',
  retune_unchanged: '인덱스에 이미 n_probe {nprobe}이(가) 저장되어 있습니다: 쓸 것이 없습니다',
  share_pair_broken: '이 모델과 함께 공유 zip에 넣을 수 없습니다: {reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'pickle이 바이트 {offset}에서 일찍 끝납니다(잘리거나 손상된 파일?)',
  pickle_unknown_opcode: '바이트 {offset}의 값 {byte}은(는) pickle 명령이 아닙니다(손상된 파일이거나 pickle이 아님)',
  pickle_opcode_refused:
    'pickle이 바이트 {offset}에서 명령 {opcode}을(를) 요청하는데, 모델 파일에는 필요 없는 것입니다: 거부했으며 아무것도 실행하지 않았습니다',
  pickle_global_refused:
    'pickle이 바이트 {offset}에서 {name}을(를) 요청하는데, 음성 모델에는 필요 없는 것입니다: 거부했으며 아무것도 실행하지 않았습니다(코드를 호출하는 모델 파일은 망가졌거나 악성입니다)',
  pickle_call_refused:
    'pickle이 바이트 {offset}에서 {name}을(를) 호출하는데, 음성 모델은 그러지 않습니다: 거부했으며 아무것도 실행하지 않았습니다',
  pickle_bad_arguments:
    'pickle이 바이트 {offset}에서 torch.save가 쓰지 않는 인수로 {name}을(를) 호출합니다: 거부했으며 아무것도 실행하지 않았습니다',
  pickle_bad_persistent_id:
    'pickle이 바이트 {offset}에서 torch.save가 쓰지 않는 형식으로 텐서 저장소를 지정합니다: 거부했습니다',
  pickle_tensor_outside_storage: '바이트 {offset}의 텐서가 저장소 data/{key}의 끝을 넘어갑니다(손상된 파일?)',
  pickle_protocol: 'pickle 프로토콜 {protocol}은(는) torch.save가 쓰는 것이 아닙니다(2부터 5까지 읽습니다)',
  pickle_malformed: 'pickle이 바이트 {offset}에서 잘못된 형식입니다: {detail}',
  pickle_limit: 'pickle이 바이트 {offset}에서 {limit} {what} 한도를 넘습니다: 거부했습니다',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: '폴더도 .zip 파일도 아닙니다: 모델 폴더나 .zip 하나를 여세요',
  link_outside_root: '선택한 폴더 밖을 가리키는 링크입니다: 따라가지 않습니다',
  link_broken: '아무 데도 가리키지 않는 링크입니다: 건너뜁니다',
  folder_loop: '이미 스캔한 폴더로 되돌아갑니다(링크 순환): 건너뜁니다',
  folder_too_deep: '폴더 깊이가 {limit}단계를 넘습니다: 스캔하지 않았습니다',
  scan_limit: '폴더에 파일과 폴더가 {limit, number}개를 넘게 있습니다: 나머지는 스캔하지 않았습니다',
  zip_too_deep: 'zip 안의 zip 안의 zip입니다: 열지 않았습니다(바깥쪽부터 먼저 압축을 푸세요)',
  training_checkpoint_skipped: '학습 체크포인트(G_/D_)입니다: RVC와 Applio가 음성 모델로 불러오지 않으므로 건너뜁니다',

  // ---- voice-model libraries: zip files
  zip_unreadable: '이 앱이 읽을 수 있는 zip 파일이 아닙니다({reason})',
  zip_too_many_entries: '항목이 {count, number}개로, 모델 zip에 필요한 {limit, number}개보다 많습니다: 거부했습니다',
  zip_entry_bad_name: '이름이 비었거나 이름에 제어 문자가 있습니다: zip을 거부했습니다',
  zip_entry_backslash:
    '이름에 백슬래시가 있습니다(Windows 경로이거나 압축 해제 때 폴더 밖으로 나가려는 수법): zip을 거부했습니다',
  zip_entry_absolute: '이름이 절대 경로이거나 드라이브 문자입니다: zip을 거부했습니다',
  zip_entry_traversal: '이름에 ".."가 있어 압축 해제 때 폴더 밖으로 나갑니다: zip을 거부했습니다',
  zip_entry_duplicate: 'zip 안에 두 번 나옵니다: zip을 거부했습니다',
  zip_entry_not_regular: '{kind}이며 파일이 아닙니다: zip을 거부했습니다',
  zip_entry_encrypted: '암호화되어 있습니다: zip을 거부했습니다(암호 없이 다시 압축하세요)',
  zip_entries_overlap: '{other}의 데이터와 겹칩니다(zip 폭탄 수법): zip을 거부했습니다',
  zip_entry_ratio:
    '압축 크기의 {ratio, number}배로 풀리며, 한도 {limit, number}를 넘습니다(zip 폭탄?): 읽지 않았습니다',
  zip_entry_method: '압축 방식 {method}을(를) 씁니다: 저장(stored)과 deflate 항목만 읽습니다',
  zip_entry_size_mismatch:
    '헤더에 적힌 {size, number}바이트를 담고 있지 않습니다(손상된 파일이거나 zip 폭탄): 읽지 않았습니다',
  zip_entry_corrupt: '읽을 수 없습니다: {reason}',
  zip_budget: '이 스캔에서 zip으로부터 읽는 양이 {limit, number}바이트를 넘게 됩니다: 읽지 않았습니다',
  index_not_faiss: '이 앱이 읽을 수 있는 faiss 인덱스가 아닙니다: {reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'PyTorch 모델 파일이 아닙니다: torch.save는 data.pkl을 담은 zip을 씁니다(torch 1.6 이전에는 매직 넘버로 시작하는 pickle)',
  pth_no_pickle: 'torch.save가 쓰는 data.pkl이 없는 zip입니다: PyTorch 모델 파일이 아닙니다',
  pth_several_pickles: 'data.pkl이 둘 이상 있습니다: torch.save가 쓴 파일이 아닙니다',
  pth_storage_missing: '파일에 없는 텐서 데이터 {record}을(를) 가리킵니다(손상된 파일?)',
  pth_storage_short:
    '{record}에 {actual, number}바이트가 있지만 텐서에는 {expected, number}바이트가 필요합니다(잘린 파일?)',
  pth_not_a_model:
    'RVC 음성 모델이 아닙니다: `weight` 사전이 없습니다(RVC와 Applio 모델에는 weight, config, sr, f0, version이 있습니다)',
  pth_training_checkpoint:
    '학습 체크포인트(model, optimizer)이며 음성 모델이 아닙니다: RVC나 Applio가 여기서 추출한 작은 모델을 쓰세요',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    '이 모델의 인덱스를 찾지 못했습니다: RVC는 검색 없이 변환하므로 인덱스 비율이 아무 효과가 없습니다. 해결: 모델의 added_….index를 옆에 두세요(같은 폴더, 또는 모델 이름이 들어간 파일 이름)',
  several_indexes:
    '이 모델에 맞는 인덱스가 {count}개 있습니다({indexes}). RVC와 Applio는 폴더를 돌며 처음 만나는 것을 씁니다. 해결: 이 모델 자신의 added_ 인덱스만 옆에 두거나, 모델 이름으로 이름을 바꾸세요',
  index_unreadable: '{index}을(를) 쓸 수 없습니다: {reason}. 해결: 인덱스를 다시 내려받거나 다시 빌드하세요',
  index_partial:
    '{index}을(를) 일부만 읽었으므로({reason}) 일부 검사가 빠졌습니다. 해결: RVC가 불러오면 필요 없습니다. 아니면 IVF…,Flat으로 다시 빌드하세요',
  index_empty:
    '{index}에 벡터가 없습니다(ntotal {ntotal}): trained_ 인덱스는 군집화 결과만 담으므로 RVC가 이웃을 찾지 못합니다("You used a wrong .index file"). 해결: 같은 학습 폴더의 added_ 인덱스를 쓰거나 인덱스를 다시 빌드하세요',
  dim_mismatch:
    '인덱스는 {indexDim}차원 벡터를 담지만 모델은 {modelDim}차원 특징을 받습니다: RVC가 "assert d == self.d"에서 멈춥니다. 해결: 이 모델 자신의 특징으로 빌드한 인덱스를 쓰세요(v1 모델: 256, v2: 768)',
  metric_not_l2:
    '인덱스가 {metric} 척도를 씁니다: RVC는 이웃에 1/거리² 가중치를 주어 L2 거리를 전제하므로 잘못 섞입니다. 해결: L2 척도로 인덱스를 다시 빌드하세요',
  not_reconstructable:
    '{type}은(는) 저장된 벡터를 돌려줄 수 없는데(reconstruct_n), RVC는 인덱스를 불러올 때 이를 호출합니다: {crashes, select, yes {faiss가 중단되고 RVC가 멈춥니다} other {불러오기에 실패합니다}}. 해결: IVF…,Flat으로 다시 빌드하세요(또는 이 앱에서 다시 내보내기)',
  fastscan_k_factor:
    'k_factor {kFactor}인 FastScan: RVC의 검색은 후보 {candidates}개를 요청하는데, faiss-cpu 1.7.3(RVC가 고정한 버전)은 20을 넘으면 거리가 동률인 데이터(무음)에서 중단되는 top-k로 바뀝니다. 해결: k_factor ≤ {safe}을(를) 저장하세요(set-params 또는 다시 조정)',
  nprobe_1:
    '저장된 n_probe가 1입니다: RVC는 리스트 {nlist, number}개 중 1개만 검색해 정확 검색이 찾을 이웃의 약 70%만 찾습니다(top 8). 해결: n_probe 8–16으로 다시 조정하세요(새 값으로 만든 사본이며 모델은 그대로입니다)',
  index_above_compress_threshold:
    '인덱스에 벡터 {ntotal, number}개({bytes, number}바이트)가 있습니다: RVC 자체 버튼은 {threshold, number}개가 넘는 프레임을 k-means 중심점 {centroids, number}개로 바꾸므로, 이 파일은 RVC의 것보다 크고 느립니다. 해결: 충분히 빠르면 필요 없습니다. RVC의 규칙을 따르면 중심점으로 된 작은 인덱스가 됩니다',
  index_centroids:
    '인덱스에 벡터가 정확히 {centroids, number}개 있습니다: 학습 특징이 {threshold, number}프레임을 넘어 k-means 중심점으로 바뀌었다는 RVC의 표시이므로, 이웃은 실제 프레임이 아니라 중심점입니다. 해결: 필요 없습니다. 모든 프레임으로 된 인덱스가 목소리에 더 가깝게 들릴 수 있습니다',
  version_unknown:
    '모델의 버전이 "{declared}"(으)로, RVC도 Applio도 모르는 값입니다(v1 또는 v2): 불러오지 못할 수 있습니다. 해결: RVC나 Applio로 모델을 다시 추출하세요',
  model_dim_unknown:
    '모델에 음소 임베딩(enc_p.emb_phone.weight)이 없어 특징 차원을 알 수 없으므로, 인덱스를 대조해 볼 수 없습니다',
  version_shape_mismatch:
    '{declared, select, yes {모델이 {version}(이)라고 밝히며} other {모델에 버전이 없어 RVC가 {version}(으)로 불러오며}}, 이는 {expected}차원 특징을 받지만 음소 임베딩은 {dim}차원을 받습니다: RVC와 Applio가 잘못된 네트워크를 만들어 불러오지 못합니다. 해결: 올바른 버전으로 모델을 다시 추출하세요',

  // ---- recall estimate
  estimate_caveat:
    '인덱스 자체의 벡터({queries}개, 각각 자기 검색에서 제외)로 추정한 값이며 보류한 오디오로 측정한 것이 아닙니다. 다른 가수의 목소리에서는 찾는 이웃이 더 적을 수 있습니다',
  estimate_index_empty: '인덱스에 벡터가 없습니다(trained_ 인덱스?): 재현율을 추정할 근거가 없습니다',
  estimate_too_few_vectors:
    '인덱스의 벡터가 {ntotal, plural, other {#개}}입니다: top-{k} 재현율을 추정하려면 {needed}개 이상 필요합니다',
  estimate_metric_unsupported: '인덱스가 L2나 내적이 아닌 척도를 씁니다: 재현율 추정이 없습니다',
  estimate_not_reconstructable:
    '인덱스가 저장된 벡터를 돌려줄 수 없습니다(reconstruct_n). 재현율 추정은 그 벡터로 합니다: {reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    '{file}만 사용합니다. {folder}의 다른 .npy 파일 {others}개는 불러오지 않았습니다(쓰려면 폴더를 여세요)',
  features_both_folders:
    '{folder}와(과) {other}이(가) 모두 있습니다: {folder}({version})을(를) 사용합니다({otherVersion} 특징은 {otherPath}을(를) 여세요)',
  features_folder_empty: '{folder}에 .npy 파일이 없습니다: {used}({version})을(를) 사용합니다',
  features_total_fea_ignored: '{file}은(는) 무시합니다: 다른 .npy 파일 {count}개의 프레임을 반복합니다',
  features_width_mismatch: '{folder}: 너비 {d}의 특징이 있지만 {version} 특징의 너비는 {expected}입니다',
  feature_squeezed: '{file}: 형태 {shape}을(를) ({rows}, {d})(으)로 줄였습니다',
  feature_float16: '{file}: float16을 float32로 변환했습니다',
  feature_float64: '{file}: float64를 float32로 변환했습니다(float32를 넘는 정밀도는 버려집니다)',
  feature_empty: '{file}: 프레임이 없습니다(형태 {shape}). 건너뜁니다',
  feature_trailing_bytes: '{file}: 데이터 뒤의 {count}바이트를 무시했습니다',
  feature_nonfinite:
    '{file}: {rows}개 행 중 {dropped}개 행에 {float64, select, yes {NaN/Inf(또는 float32 범위를 넘는 float64 값)} other {NaN/Inf}}이(가) 있습니다. 버렸습니다',
  features_grouped:
    '{kind, select, squeezed {파일 {count}개의 형태가 (1, 프레임, d)입니다. (프레임, d)로 줄였습니다} float16 {파일 {count}개가 float16입니다. float32로 변환했습니다} other {파일 {count}개가 float64입니다. float32로 변환했습니다}}: {named} 외 {more}개(각 파일의 경고는 파일마다 표시됩니다)',
  memory_over_limit:
    '{where}의 특징({n} × {d} float32){index, select, yes {과 인덱스} other {}}에 {neededSize}이(가) 필요하며, 이 컴퓨터 메모리 {usableSize}의 {percent}%를 넘습니다: 메모리가 더 큰 컴퓨터를 쓰거나 특징 파일을 줄이세요',
  memory_not_free:
    '{where}의 특징({n} × {d} float32){index, select, yes {과 인덱스} other {}}에 {neededSize}이(가) 필요하지만 지금 쓸 수 있는 메모리는 {freeSize}뿐입니다: 다른 프로그램을 닫거나, 메모리가 더 큰 컴퓨터를 쓰거나, 특징 파일을 줄이세요',
  memory_tight:
    '{where}의 특징({n} × {d} float32){index, select, yes {과 인덱스} other {}}에 {neededSize}이(가) 필요하지만 시스템이 알려 준 여유 메모리는 {freeSize}입니다: 메모리를 비우는 동안 불러오기가 느릴 수 있습니다',
  split_files_sampled:
    '보류한 파일 {files}개에 프레임이 {held}개 있습니다: 그중 시드로 뽑은 {queries}개를 쿼리로 씁니다',
  split_no_file_set:
    '인덱스가 프레임 {n}개의 {keep}%를 유지하면서 쿼리 프레임 {min}개 이상을 내는 파일 조합이 없습니다',
  split_too_few_frames:
    '프레임 {n}개는 평가 분할에 너무 적습니다({needed}개 필요: 인덱스가 75%를 유지하며 쿼리 프레임 {min}개). 대신 쿼리 파일이나 폴더로 평가하세요(--queries)',
  split_frame_block:
    '{single, select, yes {특징 파일이 하나뿐입니다({file})} other {파일 단위 보류가 불가능합니다}}: 쿼리는 프레임 {first}-{last}의 연속 블록이며, 양쪽 {guard}프레임도 인덱스에서 뺐습니다. 한 녹음의 프레임은 서로 비슷하므로 재현율이 조금 높게 나올 수 있습니다',
  split_queries_sampled: '쿼리 세트에 프레임이 {total}개 있습니다: 그중 시드로 뽑은 {queries}개를 씁니다',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'α 확장은 벡터를 L2 정규화합니다: RVC가 길이 1인 특징을 섞게 됩니다(IP 척도를 쓰거나 index_rate를 낮추세요)',
  compress_skipped: '중심점 {centroids}개로의 압축을 건너뜁니다: 벡터가 {n}개뿐입니다',
  eval_ip_normalised: '내적 인덱스: 이 앱이 빌드하는 IP 인덱스처럼 쿼리를 L2 정규화(코사인)했습니다',
  eval_queries_stored:
    '쿼리 프레임 {queries}개 중 {stored}개가 {index}에 저장되어 있습니다(내보내기는 모든 프레임을 담습니다): 재현율이 부풀려졌습니다. 인덱스가 보지 못한 특징으로 --queries를 지정하세요',
  blend_without_reconstruct:
    '이 인덱스는 벡터를 복원할 수 없습니다(RVC에는 reconstruct_n이 필요): blend_error는 원래 벡터를 씁니다',

  // ---- export checks
  check_metric_l2: 'L2: RVC의 1/거리² 가중치가 적용됩니다',
  check_ntotal: '벡터 {ntotal}개 저장됨({expected}개 예상)',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal})이(가) 유한한 벡터를 돌려줍니다',
  check_reconstruct_nonfinite: 'reconstruct_n이 유한하지 않은 값을 돌려주었습니다',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal)이 실패합니다: {reason}. RVC가 이 인덱스를 불러올 수 없습니다',
  check_ids_mapped: '인덱스가 사용자 지정 id를 매핑합니다: RVC에는 0..ntotal-1 id가 필요합니다',
  check_ids_ok: 'id가 0..ntotal-1입니다',
  check_fastscan_heap: 'RVC의 FastScan 검색이 후보 {candidates}개를 요청합니다: faiss가 힙 기반 top-k를 씁니다',
  check_fastscan_aborts:
    'RVC의 FastScan 검색이 후보 {candidates}개를 요청합니다(k_factor {kFactor}): RVC가 고정한 faiss-cpu 1.7.3은 이때 거리가 동률인 일부 데이터에서 중단되는 top-k로 바뀝니다(partitioning.cpp assertion). k_factor ≤ {max}이면 피할 수 있으며, 이 앱 자체의 검색은 영향을 받지 않습니다',
  check_nprobe_none: 'IVF 인덱스가 아닙니다: n_probe가 없습니다',
  check_nprobe_stored: '파일에 n_probe {nprobe}이(가) 저장됨(RVC는 이를 바꾸지 않습니다)',

  // ---- browser mode
  web_unreachable: 'RVC Index Studio 서버에 연결할 수 없습니다({reason}): `npm run web`이 아직 실행 중인가요?',
  web_no_token:
    '이 페이지에 유효한 접근 토큰이 없습니다: `npm run web`이 출력한 URL을 그대로 여세요(?token=…으로 끝납니다)',
  web_forbidden: "서버가 이 주소를 거부했습니다: http://127.0.0.1:'<port>'/ 형태로 여세요(`npm run web`이 출력한 URL)",
  web_no_json: '서버가 {method}에 HTTP {status}(으)로 응답했고 JSON이 없습니다',
  web_bad_body: '서버가 {method}에 예상하지 못한 내용으로 응답했습니다',
};
