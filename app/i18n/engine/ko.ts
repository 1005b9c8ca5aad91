// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineKo: EngineCatalogue = {
  metric_ip: '내적 척도: RVC는 이웃에 1/거리² 가중치를 주어 L2 거리를 전제하므로, 이 인덱스는 RVC에서 잘못 섞입니다',
  estimate_caveat:
    '인덱스 자체의 벡터({queries}개, 각각 자기 검색에서 제외)로 추정한 값이며 보류한 오디오로 측정한 것이 아닙니다. 다른 가수의 목소리에서는 찾는 이웃이 더 적을 수 있습니다',
  faiss_too_short: 'faiss 인덱스로는 너무 짧습니다({bytes}바이트), 바이트 {offset}',
  faiss_not_index: 'faiss 인덱스 파일이 아닙니다({start}(으)로 시작), 바이트 {offset}',
  faiss_truncated: '{field} 안에서 파일이 끝납니다({needed}바이트 필요, {left} 남음), 바이트 {offset}',
  faiss_unsupported: '지원하지 않는 {fourcc}, 바이트 {offset}',
  faiss_lists_not_stored:
    "이 파일에는 역색인 리스트가 저장되어 있지 않습니다('il00'). faiss는 읽을 수 있지만 검색할 수 없고 RVC는 멈춥니다. 실험의 특징으로 인덱스를 다시 빌드하세요. 바이트 {offset}",
  faiss_trailing_bytes: '인덱스 끝 뒤의 {count}바이트는 무시됩니다',
  faiss_nprobe_zero: '저장된 nprobe가 {nprobe}입니다: faiss가 어떤 역색인 리스트도 검색하지 않습니다',
  faiss_k_factor_low: '저장된 k_factor가 {value}입니다: 재정렬에는 1 이상이 필요합니다',
};
