// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineJa: EngineCatalogue = {
  metric_ip:
    '内積距離：RVC は近傍を 1/距離² で重み付けし L2 距離を前提とするため、このインデックスは RVC で正しく混合されません',
  estimate_caveat:
    'インデックス自身のベクトル（{queries} 個、それぞれ自分の検索から除外）からの推定で、ホールドアウト音声での測定ではありません。別の歌い手の声では見つかる近傍が減ることがあります',
  faiss_too_short: 'faiss インデックスとしては短すぎます（{bytes} バイト）：バイト {offset}',
  faiss_not_index: 'faiss インデックスファイルではありません（先頭が {start}）：バイト {offset}',
  faiss_truncated: '{field} の途中でファイルが終わっています（{needed} バイト必要、残り {left}）：バイト {offset}',
  faiss_unsupported: '未対応の {fourcc}：バイト {offset}',
  faiss_lists_not_stored:
    "このファイルには転置リストが保存されていません（'il00'）：faiss は読めても検索できず、RVC はクラッシュします。実験の特徴量からインデックスをビルドし直してください：バイト {offset}",
  faiss_trailing_bytes: 'インデックスの終わりより後の {count} バイトは無視されます',
  faiss_nprobe_zero: '保存された nprobe は {nprobe}：faiss はどの転置リストも検索しません',
  faiss_k_factor_low: '保存された k_factor は {value}：再ランク付けには 1 以上が必要です',
};
