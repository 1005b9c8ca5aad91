// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsJa } from './errors/ja';

const help = "IVF'{n}'、Flat、PQ'{m}'x4fs、SQ8、HNSW32、RFlat のような部分をカンマ区切りで指定してください";
const kind =
  '{kind, select, folder {フォルダー} fifo {FIFO（名前付きパイプ）} socket {ソケット} device {デバイス} link {シンボリックリンク} file {ファイル} other {特殊ファイル}}';
const what =
  '{what, select, index {インデックスファイル} npy {.npy ファイル} pth {モデルファイル} zip {zip ファイル} experiment {特徴量フォルダーまたは .npy ファイル} queries {クエリフォルダーまたは .npy ファイル} library {モデルフォルダーまたは .zip} other {ファイル}}';

export const engineJa: EngineCatalogue = {
  ...errorsJa,
  // ---- data
  few_distinct_rows:
    'サンプルした {sampled, number} 行のうち異なるベクトルは {distinct, plural, other {# 個}} だけです：特徴量のほとんどが互いのコピーです（無音？抽出器の停止？）。これに対するインデックスは RVC の役に立ちません',
  lists_mostly_empty:
    '{nlist, number} 個の転置リストのうち {empty, number} 個が空です：k-means が見つけた異なる点がリスト数より少ないためです。リストを大幅に減らす（--n-ivf）か、特徴量を確認してください',
  recall_trivial:
    'インデックスはサンプルした {sampled, number} 個のうち異なるベクトルを {distinct, plural, other {# 個}} しか持ちません：近傍が同じ距離で並ぶため、どの結果も厳密でリコールは自明に 100% です。リコールの列は同距離の id のどれが返ったかを示すだけです',

  // ---- engine
  faiss_variant_unknown:
    'RVC_FAISS_VARIANT が「{value}」です：generic か avx2 を使ってください（未設定なら CPU に応じて選びます）',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant} ですが {file} がビルドされていません（ビルド済み：{built}）。Linux x86-64 で「npm run build」を実行して両方をビルドしてください',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2 ですが、この CPU または OS は AVX2 コードを実行できません（AVX2、FMA、F16C と OS による AVX 状態の保存が必要）',

  // ---- export, rvc
  metric_ip:
    '内積距離：RVC は近傍を 1/距離² で重み付けし L2 距離を前提とするため、このインデックスは RVC で正しく混合されません',
  rvc_metric_not_l2:
    '{metric} 距離：RVC は近傍を 1/距離² で重み付けし L2 を前提とするため、このインデックスは RVC で正しく混合されません',

  // ---- factory strings and build plans
  factory_empty: 'ファクトリ文字列が空です',
  factory_n_unset: "'{n}' に値が必要です：n_ivf を設定してください",
  factory_zero: 'ファクトリ文字列の数値は 1 以上でなければなりません',
  factory_empty_part: 'ファクトリ文字列に空の部分があります（カンマが 2 つ連続？）',
  factory_no_index: `ファクトリ文字列には変換の後にインデックスが必要です：${help}`,
  factory_unknown_part: `不明な部分 ''{token}''：${help}`,
  factory_not_built: `''{token}'' はこのアプリがビルドしない faiss インデックスです：${help}`,
  factory_id_map:
    "''{token}'' は使えません：RVC はベクトルに 0..N−1 の番号を付けて reconstruct_n で読み戻しますが、ID マップはそれに応えられません。''{token},'' を外してください（例：''{rest}''）",
  factory_out_of_place: "''{token}'' の位置が違います：変換、インデックス、RFlat の順に書きます",
  factory_fastscan_bits: '{token}：FastScan（「fs」）のコードは 4 ビットでなければなりません（PQ{m}x4fs）',
  factory_pq_bits: '{token}：PQ のコードあたりのビット数は 1 から 16 の間でなければなりません',
  factory_reduce_above_d: '{token}：d = {d} を {target} 次元に減らすことはできません',
  factory_opq_divide: '{token}：OPQ の {m} 個のサブベクトルは次元 {d} を割り切らなければなりません',
  factory_ivf_no_codes: '{token} の後にはベクトルの格納方法が必要です（例：{token},Flat）',
  factory_refine_twice: '{token}：再ランクの段階は 1 つだけです',
  factory_hnsw_m: 'HNSW{m}：M は 4 から 256 の間にしてください',
  factory_pq_divide: 'PQ{m}：m = {m} はベクトルの次元 {d} を割り切らなければなりません（候補：{divisors}）',
  factory_pq_too_few: '{bits} ビットコードの PQ には学習ベクトルが {needed} 個以上必要です。現在 {n} 個です',
  factory_ivf_too_few:
    'IVF{nlist} には学習ベクトルが {nlist} 個以上（リストごとに 1 個）必要です。現在 {n} 個です。n_ivf を {max} 以下にしてください。',
  factory_ivf_sparse:
    'IVF{nlist} のリストあたりの学習ベクトルが {min} 個未満です（{perList, number, ::.0}）。faiss が警告し、リストはノイズが多くなります。n_ivf ≤ {max} で避けられます。',
  factory_pq_polysemous:
    '{token} はポリセマス（polysemous）コードも学習しますが、RVC の検索はそれを一切使いません。この処理は残りの学習と同じくらい時間がかかることがあります。{token}np なら同じインデックスをこの処理なしで作れます。',
  factory_refine_k_factor_1:
    'k_factor = 1 の RFlat は何も再ランクしません：リコールは圧縮コードのままです。RVC 向けのエクスポートには k_factor 2–2.5 を使ってください（それ以上はこのアプリ内でのみ安全：RVC の faiss 1.7.3 は 2.5 を超えるとクラッシュすることがあります）。',
  plan_rvc_compress:
    'N = {n} > {threshold}：RVC と同じく {centroids} 個の k-means セントロイドをインデックスします（インデックス ≈{indexSize}、本来は ≈{rvcSize}）。すべてのフレームを残すには --keep-all-frames を指定します',
  plan_nprobe_ignored: 'nprobe {nprobe} は無視されます：{factory} は IVF インデックスではありません',
  plan_k_factor_ignored: 'k_factor {kFactor} は無視されます：{factory} には RFlat の再ランク段階がありません',

  // ---- faiss files
  faiss_too_short: 'faiss インデックスとしては短すぎます（{bytes} バイト）：バイト {offset}',
  faiss_not_index: 'faiss インデックスファイルではありません（先頭が {start}）：バイト {offset}',
  faiss_truncated: '{field} の途中でファイルが終わっています（{needed} バイト必要、残り {left}）：バイト {offset}',
  faiss_vector_too_long:
    '{field} は {elementBytes} バイトの要素を {count} 個と宣言していますが、残りは {left} バイトだけです：バイト {offset}',
  faiss_list_too_long:
    '転置リスト {list} は {entryBytes} バイトのエントリを {size} 個と宣言していますが、残りは {left} バイトだけです：バイト {offset}',
  faiss_impossibly_large: '{field} がありえない大きさです（ファイル破損？）：バイト {offset}',
  faiss_unknown_tag:
    '不明な{kind, select, transform {ベクトル変換} lists {転置リスト} other {インデックス}}の型タグ {tag}（ファイル破損？）：バイト {offset}',
  faiss_nesting: 'オブジェクトの入れ子が {max} 段を超えています（ファイル破損？）：バイト {offset}',
  faiss_unsupported: '未対応の {fourcc}：バイト {offset}',
  faiss_too_small: '{field} = {value} が {min} 未満です（ファイル破損？）：バイト {offset}',
  faiss_not_positive: '{field} = {value} が正ではありません（ファイル破損？）：バイト {offset}',
  faiss_out_of_range: '{field} = {value} が {min}…{max} の範囲外です（ファイル破損？）：バイト {offset}',
  faiss_not_equal:
    '{field} = {value} ですが、{rule} = {expected} と等しくなければなりません（ファイル破損？）：バイト {offset}',
  faiss_not_one_of: '{field} = {value} は {allowed} のいずれでもありません（ファイル破損？）：バイト {offset}',
  faiss_not_multiple:
    '{field} = {value} は {divisorField} = {divisor} の倍数ではありません（ファイル破損？）：バイト {offset}',
  faiss_not_finite: '{field} が {value} で、有限の数ではありません（ファイル破損？）：バイト {offset}',
  faiss_odd_count: '{field} の値の数が奇数（{count}）です（ファイル破損？）：バイト {offset}',
  faiss_sparse_cap:
    'nlist = {nlist}：このリーダーが列挙できる数（最大 {max}）より転置リストが多いです：バイト {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} 個の転置リストですが、量子化器（{fourcc}、バイト {quantizerAt}）が対応できるのは最大 {bound} 個です（ファイル破損？）：バイト {offset}',
  faiss_untrained_with_vectors:
    '{type} は学習されていないのに {ntotal} 個のベクトルを持っています（ファイル破損？）：バイト {offset}',
  faiss_id_out_of_range:
    '{field} に id {id} がありますが、{user} には 0 から {max} の id が必要です（ファイル破損？）：バイト {offset}',
  faiss_dangling_entry:
    '{field} が転置リスト {list} の {position} 番目のベクトルを指していますが、それは存在しません（nlist = {nlist}、そのリストは {size} 個）（ファイル破損？）：バイト {offset}',
  faiss_hnsw_neighbor_level:
    'HNSW ノード {node} がレベル {level} でノード {neighbor} にリンクしていますが、そのノードのレベルは {levels} 個だけです（ファイル破損？）：バイト {offset}',
  faiss_lists_not_stored:
    "このファイルには転置リストが保存されていません（'il00'）：faiss は読めても検索できず、RVC はクラッシュします。実験の特徴量からインデックスをビルドし直してください：バイト {offset}",
  faiss_lists_on_disk:
    "転置リストは別ファイルにあります（''{tag}''、faiss のディスク上リスト）。このアプリはそれを開きません。実験の特徴量からインデックスをビルドし直すか、Python の faiss でリストごと読み込んでメモリ上のリストで書き出してください：バイト {offset}",
  faiss_engine_unsupported_type:
    '{type}（{fourcc}）はエンジンで{role, select, quantizer {IVF インデックスの粗い量子化器} storage {HNSW インデックスのストレージ} refine {IndexRefine の再ランク用インデックス} other {インデックス}}として使えません：バイト {offset}',
  faiss_engine_cannot_search: 'バイト {offset} の {type} はエンジンの faiss で検索できません（{reason}）',
  faiss_engine_metric:
    '{type} は {metric} 距離を使っています：エンジンが読むのは L2 と内積のインデックスだけです：バイト {offset}',
  faiss_engine_unsupported_value:
    '{field} = {value}：エンジンの faiss はここでは {allowed} でしか動きません：バイト {offset}',
  faiss_engine_limit: '{field} = {value} はエンジンが扱える範囲（{min}…{max}）外です：バイト {offset}',
  faiss_engine_untrained_part:
    'バイト {offset} の {type} は、周りのインデックスが学習済みなのに学習されていません：faiss は検索できません',
  faiss_engine_unreadable: 'faiss はこのインデックスを読めません（{reason}）',
  faiss_engine_no_reconstruct:
    'faiss はこのインデックスの保存ベクトルを返せません：reconstruct_n がプロセスを異常終了させます（{type}、バイト {offset}{reason, select, missing {：id が 0 から {max} をカバーしていません} other {}}）',
  faiss_trailing_bytes: 'インデックスの終わりより後の {count} バイトは無視されます',
  faiss_nprobe_zero: '保存された nprobe は {nprobe}：faiss はどの転置リストも検索しません',
  faiss_k_factor_low: '保存された k_factor は {value}：再ランク付けには 1 以上が必要です',

  // ---- files (said after the path)
  file_missing: 'そのようなファイルやフォルダーはありません',
  file_not_regular: `${kind}で、通常の${what}ではありません：何も読み込んでいません`,
  input_not_regular: `${kind}で、${what}ではありません：何も読み込んでいません`,
  file_unreadable: '読み込めません：{reason}',
  file_truncated:
    '読み込み中に短くなりました（{expected, number} バイト中 {actual, number} バイト）：読み込んでいません',
  file_too_large:
    '{size, number} バイトあり、このアプリが読む上限 {limit, number} バイトを超えています：読み込んでいません',
  output_not_folder: `出力フォルダーが${kind}で、フォルダーではありません`,
  output_not_writable: '出力フォルダーに書き込めません',
  output_folder_unusable: '出力フォルダーを使えません：{reason}',
  output_not_regular: `書き込めません：${kind}です。通常のファイル名を選んでください`,
  output_exists: '既に存在します：何も書き込んでいません（上書きするには --force を使用）',

  // ---- library actions
  retune_no_index: '再調整するインデックスがありません（診断結果を参照）',
  retune_several_indexes: '候補のインデックスが {count} 個あります：モデルの横に 1 つだけ残してから再調整してください',
  retune_index_unusable: 'インデックスを再調整できません：{reason}',
  retune_no_nprobe: 'インデックス（{type}）が IVF インデックスではありません：保存する n_probe がありません',
  retune_target_unreachable:
    '推定リコール {target, number, percent} に届く n_probe がありません（全 {nlist, number} リストを検索して {best, number, percent}）',
  retune_no_estimate: 'リコールで n_probe を選べません：{reason}',
  retune_same_output:
    '{file} を書き込みますが、このバッチの別のモデルも同じファイルを書き込みます：--out-dir を付けて再調整してください',
  retune_output_exists: '{file} を書き込みますが、既に存在します：何も上書きしていません',
  retune_unchanged: 'インデックスは既に n_probe {nprobe} を保存しています：書き込むものはありません',
  share_pair_broken: 'このモデルと一緒に共有 zip に入れられません：{reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'pickle がバイト {offset} で途中で終わっています（ファイルの欠けや破損？）',
  pickle_unknown_opcode:
    'バイト {offset} は {byte} で、pickle の命令ではありません（ファイル破損、または pickle ではない）',
  pickle_opcode_refused:
    'pickle がバイト {offset} で命令 {opcode} を求めていますが、モデルファイルには不要なものです：拒否しました。何も実行していません',
  pickle_global_refused:
    'pickle がバイト {offset} で {name} を求めていますが、音声モデルには不要なものです：拒否しました。何も実行していません（コードを呼ぶモデルファイルは壊れているか悪意があります）',
  pickle_call_refused:
    'pickle がバイト {offset} で {name} を呼び出しています。音声モデルはそうしません：拒否しました。何も実行していません',
  pickle_bad_arguments:
    'pickle がバイト {offset} で torch.save が書かない引数で {name} を呼び出しています：拒否しました。何も実行していません',
  pickle_bad_persistent_id:
    'pickle がバイト {offset} で torch.save が書かない形式でテンソルのストレージを指定しています：拒否しました',
  pickle_tensor_outside_storage:
    'バイト {offset} のテンソルがストレージ data/{key} の終わりを越えています（ファイル破損？）',
  pickle_protocol: 'pickle プロトコル {protocol} は torch.save が書くものではありません（2 から 5 を読みます）',
  pickle_malformed: 'pickle がバイト {offset} で不正です：{detail}',
  pickle_limit: 'pickle がバイト {offset} で上限 {limit} {what} を超えています：拒否しました',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip:
    'フォルダーでも .zip ファイルでもありません：モデルのフォルダーか .zip を 1 つ開いてください',
  link_outside_root: '選んだフォルダーの外を指すリンクです：たどりません',
  link_broken: 'どこにもつながらないリンクです：スキップしました',
  folder_loop: '既にスキャンしたフォルダーに戻ります（リンクのループ）：スキップしました',
  folder_too_deep: 'フォルダーの深さが {limit} を超えています：スキャンしていません',
  scan_limit: 'フォルダーにファイルとフォルダーが {limit, number} 個を超えてあります：残りはスキャンしていません',
  zip_too_deep: 'zip の中の zip の中の zip です：開いていません（まず外側を展開してください）',
  training_checkpoint_skipped:
    '学習チェックポイント（G_/D_）です：RVC と Applio は音声モデルとして読み込まないため、スキップしました',

  // ---- voice-model libraries: zip files
  zip_unreadable: 'このアプリが読める zip ファイルではありません（{reason}）',
  zip_too_many_entries:
    'エントリが {count, number} 個あり、モデルの zip に必要な {limit, number} 個を超えています：拒否しました',
  zip_entry_bad_name: '名前が空か、名前に制御文字があります：zip を拒否しました',
  zip_entry_backslash:
    '名前にバックスラッシュがあります（Windows のパス、または展開時にフォルダーの外へ出る手口）：zip を拒否しました',
  zip_entry_absolute: '名前が絶対パスかドライブ文字です：zip を拒否しました',
  zip_entry_traversal: '名前に「..」があり、展開時にフォルダーの外へ出ます：zip を拒否しました',
  zip_entry_duplicate: 'zip の中に 2 回あります：zip を拒否しました',
  zip_entry_not_regular: '{kind} で、ファイルではありません：zip を拒否しました',
  zip_entry_encrypted: '暗号化されています：zip を拒否しました（パスワードなしで zip し直してください）',
  zip_entries_overlap: '{other} のデータと重なっています（zip 爆弾の手口）：zip を拒否しました',
  zip_entry_ratio:
    '圧縮サイズの {ratio, number} 倍に展開され、上限 {limit, number} を超えます（zip 爆弾？）：読み込んでいません',
  zip_entry_method: '圧縮方式 {method} を使っています：読めるのは無圧縮（stored）と deflate のエントリだけです',
  zip_entry_size_mismatch:
    'ヘッダーが宣言する {size, number} バイトがありません（ファイル破損か zip 爆弾）：読み込んでいません',
  zip_entry_corrupt: '読み込めません：{reason}',
  zip_budget: 'このスキャンで zip から読むバイト数が {limit, number} を超えます：読み込んでいません',
  index_not_faiss: 'このアプリが読める faiss インデックスではありません：{reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'PyTorch のモデルファイルではありません：torch.save は data.pkl を含む zip を書きます（torch 1.6 より前はマジックナンバーで始まる pickle）',
  pth_no_pickle: 'torch.save が書く data.pkl のない zip です：PyTorch のモデルファイルではありません',
  pth_several_pickles: 'data.pkl が複数あります：torch.save が書いたファイルではありません',
  pth_storage_missing: 'ファイルにないテンソルデータ {record} を指しています（ファイル破損？）',
  pth_storage_short:
    '{record} に {actual, number} バイトしかありませんが、テンソルには {expected, number} バイト必要です（ファイルの欠け？）',
  pth_not_a_model:
    'RVC の音声モデルではありません：`weight` 辞書がありません（RVC と Applio のモデルは weight、config、sr、f0、version を持ちます）',
  pth_training_checkpoint:
    '学習チェックポイント（model、optimizer）で、音声モデルではありません：RVC か Applio がそこから抽出した小さなモデルを使ってください',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    'このモデルのインデックスが見つかりません：RVC は検索なしで変換するため、インデックス率は効きません。対処：モデルの added_….index を横に置いてください（同じフォルダー、またはモデル名を含むファイル名）',
  several_indexes:
    'このモデルに合うインデックスが {count} 個あります（{indexes}）。RVC と Applio はフォルダーをたどって最初に見つけたものを使います。対処：このモデル自身の added_ インデックスだけを横に置くか、モデル名を付けてください',
  index_unreadable: '{index} を使えません：{reason}。対処：インデックスをダウンロードし直すかビルドし直してください',
  index_partial:
    '{index} は一部しか読めなかったため（{reason}）、一部のチェックが欠けています。対処：RVC が読み込めるなら不要。読めなければ IVF…,Flat で再ビルドしてください',
  index_empty:
    '{index} にはベクトルがありません（ntotal {ntotal}）：trained_ インデックスはクラスタリングしか持たないため、RVC は近傍を見つけられません（「You used a wrong .index file」）。対処：同じ学習フォルダーの added_ インデックスを使うか、インデックスを再ビルドしてください',
  dim_mismatch:
    'インデックスは {indexDim} 次元のベクトルを持ちますが、モデルは {modelDim} 次元の特徴量を受け取ります：RVC は「assert d == self.d」で止まります。対処：このモデル自身の特徴量からビルドしたインデックスを使ってください（v1 モデル：256、v2：768）',
  metric_not_l2:
    'インデックスは {metric} 距離を使っています：RVC は近傍を 1/距離² で重み付けし L2 距離を前提とするため、正しく混合されません。対処：L2 距離でインデックスを再ビルドしてください',
  not_reconstructable:
    '{type} は保存ベクトルを返せません（reconstruct_n）。RVC はインデックスの読み込み時にこれを呼びます：{crashes, select, yes {faiss が異常終了し RVC がクラッシュします} other {読み込みに失敗します}}。対処：IVF…,Flat で再ビルドしてください（またはこのアプリから再エクスポート）',
  fastscan_k_factor:
    'k_factor {kFactor} の FastScan：RVC の検索は候補を {candidates} 個求めますが、faiss-cpu 1.7.3（RVC が固定）は 20 を超えると、距離が並ぶデータ（無音）で異常終了する top-k に切り替わります。対処：k_factor ≤ {safe} を保存してください（set-params または再調整）',
  nprobe_1:
    '保存された n_probe が 1：RVC は {nlist, number} 個のリストのうち 1 個だけを検索し、厳密検索が見つける近傍の約 70% しか見つけません（top 8）。対処：n_probe 8–16 に再調整してください（新しい値のコピーを作り、モデルには触れません）',
  index_above_compress_threshold:
    'インデックスは {ntotal, number} 個のベクトル（{bytes, number} バイト）を持ちます：RVC 自身のボタンは {threshold, number} を超えるフレームを {centroids, number} 個の k-means セントロイドに置き換えるため、このファイルは RVC のものより大きく遅くなります。対処：十分速ければ不要。RVC のルールではセントロイドの小さなインデックスになります',
  index_centroids:
    'インデックスはちょうど {centroids, number} 個のベクトルを持ちます：学習特徴量が {threshold, number} フレームを超え、k-means セントロイドに置き換えられたという RVC の印です。近傍は実際のフレームではなくセントロイドです。対処：不要。全フレームのインデックスの方が声に近く聞こえることがあります',
  version_unknown:
    'モデルのバージョンが「{declared}」で、RVC も Applio も知りません（v1 か v2）：読み込めない可能性があります。対処：RVC か Applio でモデルを抽出し直してください',
  model_dim_unknown:
    'モデルに音素埋め込み（enc_p.emb_phone.weight）がないため、特徴量の次元が不明で、インデックスと照合できません',
  version_shape_mismatch:
    '{declared, select, yes {モデルは {version} と宣言しています} other {モデルにバージョンがないため、RVC は {version} として読み込みます}}。これは {expected} 次元の特徴量を受け取りますが、音素埋め込みは {dim} 次元です：RVC と Applio は誤ったネットワークを組み、読み込みに失敗します。対処：正しいバージョンでモデルを抽出し直してください',

  // ---- recall estimate
  estimate_caveat:
    'インデックス自身のベクトル（{queries} 個、それぞれ自分の検索から除外）からの推定で、ホールドアウト音声での測定ではありません。別の歌い手の声では見つかる近傍が減ることがあります',
  estimate_index_empty:
    'インデックスにベクトルがありません（trained_ インデックス？）：リコールを推定する元がありません',
  estimate_too_few_vectors:
    'インデックスのベクトルは {ntotal, plural, other {# 個}} です：top-{k} リコールの推定には {needed} 個以上必要です',
  estimate_metric_unsupported: 'インデックスが L2 と内積以外の距離を使っています：リコールを推定できません',
  estimate_not_reconstructable:
    'インデックスは保存ベクトルを返せません（reconstruct_n）。リコールの推定はそれを元にします：{reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    '{file} だけを使います。{folder} にある他の .npy ファイル {others} 個は読み込んでいません（使うにはフォルダーを開いてください）',
  features_both_folders:
    '{folder} と {other} の両方があります：{folder}（{version}）を使います（{otherVersion} の特徴量は {otherPath} を開いてください）',
  features_folder_empty: '{folder} に .npy ファイルがありません：{used}（{version}）を使います',
  features_total_fea_ignored: '{file} は無視します：他の {count} 個の .npy ファイルのフレームを繰り返しています',
  features_width_mismatch: '{folder}：幅 {d} の特徴量がありますが、{version} の特徴量の幅は {expected} です',
  feature_squeezed: '{file}：形状 {shape} を ({rows}, {d}) に縮約しました',
  feature_float16: '{file}：float16 を float32 に変換しました',
  feature_float64: '{file}：float64 を float32 に変換しました（float32 を超える精度は失われます）',
  feature_empty: '{file}：フレームがありません（形状 {shape}）。スキップしました',
  feature_trailing_bytes: '{file}：データの後の {count} バイトを無視しました',
  feature_nonfinite:
    '{file}：{rows} 行のうち {dropped} 行が {float64, select, yes {NaN/Inf（または float32 の範囲を超える float64 の値）} other {NaN/Inf}} を含みます。取り除きました',
  features_grouped:
    '{kind, select, squeezed {{count} 個のファイルの形状が (1, フレーム, d) です。(フレーム, d) に縮約しました} float16 {{count} 個のファイルが float16 です。float32 に変換しました} other {{count} 個のファイルが float64 です。float32 に変換しました}}：{named} ほか {more} 個（各ファイルの警告はそれぞれの行にあります）',
  memory_over_limit:
    '{where} の特徴量（{n} × {d} float32）{index, select, yes {とインデックス} other {}}には {neededSize} 必要で、このコンピューターのメモリ {usableSize} の {percent}% を超えます：メモリの多いコンピューターを使うか、特徴量ファイルを減らしてください',
  memory_not_free:
    '{where} の特徴量（{n} × {d} float32）{index, select, yes {とインデックス} other {}}には {neededSize} 必要ですが、今使えるメモリは {freeSize} だけです：他のプログラムを閉じるか、メモリの多いコンピューターを使うか、特徴量ファイルを減らしてください',
  memory_tight:
    '{where} の特徴量（{n} × {d} float32）{index, select, yes {とインデックス} other {}}には {neededSize} 必要ですが、システムが報告する空きは {freeSize} です：メモリが解放されるまで読み込みが遅くなることがあります',
  split_files_sampled:
    'ホールドアウトした {files} 個のファイルには {held} フレームあります：シード付きで抽出した {queries} フレームをクエリに使います',
  split_no_file_set:
    'インデックスが {n} フレームの {keep}% を保つ条件では、{min} 以上のクエリフレームを得られるファイルの組み合わせがありません',
  split_too_few_frames:
    '{n} フレームでは評価用の分割には少なすぎます（{needed} 必要：インデックスが 75% を保ったまま {min} クエリフレーム）。代わりにクエリファイルかフォルダーで評価してください（--queries）',
  split_frame_block:
    '{single, select, yes {特徴量ファイルが 1 つだけです（{file}）} other {ファイル単位のホールドアウトができません}}：クエリはフレーム {first}-{last} の連続ブロックで、両側の {guard} フレームもインデックスから外しています。同じ録音のフレームは互いに似ているため、リコールがやや高めに出ることがあります',
  split_queries_sampled: 'クエリセットには {total} フレームあります：シード付きで抽出した {queries} フレームを使います',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'α 拡張はベクトルを L2 正規化します：RVC は長さ 1 の特徴量を混合します（IP 距離を使うか、index_rate を下げてください）',
  compress_skipped: '{centroids} 個のセントロイドへの圧縮をスキップしました：ベクトルが {n} 個しかありません',
  eval_ip_normalised:
    '内積インデックス：このアプリがビルドする IP インデックスと同じく、クエリを L2 正規化（コサイン）しました',
  eval_queries_stored:
    '{queries} 個のクエリフレームのうち {stored} 個が {index} に保存されています（エクスポートは全フレームを持ちます）：リコールが過大です。インデックスが見ていない特徴量で --queries を指定してください',
  blend_without_reconstruct:
    'このインデックスはベクトルを復元できません（RVC には reconstruct_n が必要）：blend_error は元のベクトルを使います',

  // ---- export checks
  check_metric_l2: 'L2：RVC の 1/距離² の重みが使えます',
  check_ntotal: '{ntotal} 個のベクトルを保存（想定 {expected} 個）',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) は有限のベクトルを返します',
  check_reconstruct_nonfinite: 'reconstruct_n が有限でない値を返しました',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) が失敗します：{reason}。RVC はこのインデックスを読み込めません',
  check_ids_mapped: 'インデックスが独自の id を割り当てています：RVC には 0..ntotal-1 の id が必要です',
  check_ids_ok: 'id は 0..ntotal-1 です',
  check_fastscan_heap: 'RVC の FastScan 検索は候補を {candidates} 個求めます：faiss はヒープによる top-k を使います',
  check_fastscan_aborts:
    'RVC の FastScan 検索は候補を {candidates} 個求めます（k_factor {kFactor}）：RVC が固定する faiss-cpu 1.7.3 はこのとき、距離が並ぶ一部のデータで異常終了する top-k に切り替わります（partitioning.cpp のアサーション）。k_factor ≤ {max} で避けられます。このアプリ自身の検索には影響しません',
  check_nprobe_none: 'IVF インデックスではありません：n_probe はありません',
  check_nprobe_stored: 'ファイルに n_probe {nprobe} を保存（RVC はこれを変えません）',

  // ---- browser mode
  web_unreachable: 'RVC Index Studio のサーバーに接続できません（{reason}）：`npm run web` はまだ動いていますか？',
  web_no_token:
    'このページには有効なアクセストークンがありません：`npm run web` が表示した URL をそのまま開いてください（?token=… で終わります）',
  web_forbidden:
    "サーバーがこのアドレスを拒否しました：http://127.0.0.1:'<port>'/ の形で開いてください（`npm run web` が表示した URL）",
  web_no_json: 'サーバーは {method} に HTTP {status} で応答し、JSON がありません',
  web_bad_body: 'サーバーは {method} に想定外の内容で応答しました',
};
