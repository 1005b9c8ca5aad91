// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {そのようなファイルやフォルダーはありません} denied {アクセスが拒否されました} folder {フォルダーです} notdir {パスの途中がフォルダーではありません} loop {シンボリックリンクが多すぎます} io {入出力エラー（ディスクの故障か、ドライブが外れた？）} other {{reason}}}';

export const errorsJa = {
  // ---- arguments
  arg_at_most: "{field} は {max} 以下にしてください（指定値 ''{raw}''）",
  arg_one_of: "{field} は {choices} のいずれかにしてください（指定値 ''{raw}''）",
  arg_positive_integer: "{field} は正の整数にしてください（指定値 ''{raw}''）",
  arg_non_negative_integer: "{field} は 0 以上の整数にしてください（指定値 ''{raw}''）",
  arg_number: "{field} は数値にしてください（指定値 ''{raw}''）",
  arg_int_list: "{field} は正の整数のカンマ区切りリストにしてください（指定値 ''{raw}''）",
  arg_unknown_option: "''{command}'' に不明なオプション {option} があります（--help を参照）",
  arg_takes_no_value: '{option} は値を取りません',
  arg_needs_value: '{option} には値が必要です',
  arg_positional:
    "''{command}'' には {needs} が必要です（{count, plural, other {# 個の引数}}を受け取りました）。使い方: rvc-index {usage}",
  arg_needs: '{what} には {other} が必要です',
  arg_contradict: '{option} と {other} は矛盾します',
  arg_exactly_one: '{command} には {first} と {second} のどちらか一方だけが必要です',
  arg_above_zero: '{option} は 0 より大きくしてください（指定値 {value}）',
  request_unknown_method: "不明なメソッド ''{method}''",
  request_below_min:
    '{field} は {min} {inclusive, select, yes {以上} other {より大きい値}}にしてください（リクエスト {method}）',
  request_above_max:
    '{field} は {max} {inclusive, select, yes {以下} other {未満}}にしてください（リクエスト {method}）',
  request_invalid: '{field} が不正です：{detail}（リクエスト {method}）',
  value_positive_integer: '{field} は正の整数にしてください（指定値 {value}）',
  value_non_negative_integer: '{field} は 0 以上の整数にしてください（指定値 {value}）',
  sample_d_range: 'd は {min}..{max} の整数にしてください（RVC v2 は 768、v1 は 256。指定値 {value}）',
  set_params_nothing: '--nprobe か --k-factor（または両方）を指定してください',
  set_params_no_ivf:
    '{name} には IVF インデックスがないため、設定する nprobe がありません{stopped, select, yes {（読み込みが途中で止まりました：{detail}）} other {}}',
  set_params_nprobe_range: '{name} の nprobe は 1 から nlist = {nlist} までの整数にしてください（指定値 {nprobe}）',
  set_params_no_refine:
    '{name} には IndexRefine（RFlat）がないため、設定する k_factor がありません{stopped, select, yes {（読み込みが途中で止まりました：{detail}）} other {}}',
  set_params_k_factor_min: '{name} の k_factor は 1 以上の数値にしてください（指定値 {kFactor}）',
  compress_too_many: '{n} フレームを {centroids} 個のセントロイドには圧縮できません（最大 {n}）',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} は効果がありません：ファクトリー文字列 ''{factory}'' に '{n}' プレースホルダーがありません（例：{example}）",
  nprobe_above_nlist: 'nprobe {nprobe} がリスト数（{nlist}）より大きいです',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}：RVC の検索は FastScan に {candidates} 個の候補を求めますが、RVC に同梱の faiss 1.7.3 はそこで異常終了することがあります（無音部分で距離が同点になるため）。k_factor は {max} 以下にしてください',
  k_factor_no_rflat: '{type} には RFlat の再ランク段階がありません',
  ef_search_not_hnsw: '{type} は HNSW インデックスではありません',
  k_above_ntotal: 'k = {k} がインデックス内のベクトル数（{ntotal}）より大きいです',

  // ---- engine
  index_not_loaded: 'インデックス {id} は読み込まれていません：もう一度ビルドしてください',
  index_lost:
    'インデックス {id} は読み込まれていません（破棄されたか、{where, select, worker {エンジンのワーカー} other {エンジン}}が再起動しました）：もう一度ビルドしてください',
  job_already_running: 'ジョブ {id} は既に実行中です',
  cancelled: 'キャンセルしました',
  cancelled_before_start: '開始前にキャンセルしました',
  engine_shutting_down: 'エンジンを終了しています',
  engine_stopped_after: '{why, select, cancel {キャンセル} other {終了}}：エンジンを停止しました',
  engine_worker_stopped:
    'エンジンのワーカーが予期せず停止しました（{reason}）{lost, select, none {} other {。失われたインデックス：{lost}（もう一度ビルドしてください）}}',
  engine_worker_failed: 'エンジンのワーカーを起動できませんでした（{reason}）',
  engine_not_ready: 'エンジンのプロセスが準備完了前に終了しました（{how}）',
  engine_process_stopped:
    'エンジンが停止しました（{how}）。次のリクエストで再起動します{lost, select, none {} other {。失われたビルド済みインデックス：{lost}（もう一度ビルドしてください）}}',
  engine_not_loadable:
    'ネイティブの faiss エンジンを読み込めません（{file}）：{reason}。先に「npm run build」を実行してください。',
  engine_out_of_memory: 'メモリが足りません',
  engine_refused: 'エンジンがリクエストを拒否しました：{detail}',
  faiss_failed: 'faiss が失敗しました：{detail}',

  // ---- features
  npy_bad_header: '.npy ヘッダーが有効な NumPy ヘッダー辞書ではありません',
  npy_bad_shape: ".npy の形状に ''{part}'' が含まれています",
  npy_no_magic: '.npy ファイルではありません（\\x93NUMPY マジックがありません）',
  npy_version: '対応していない .npy バージョン {major}.{minor}',
  npy_header_truncated: '.npy ヘッダーが途切れています',
  npy_header_short: '.npy ヘッダーが途切れています（{needed} バイト必要）',
  npy_empty_file: '空です（0 バイト）：特徴量の抽出が中断されたようです。再実行するか、ファイルを削除してください',
  npy_header_corrupt: '.npy ヘッダーが壊れています（{bytes} バイトと主張）',
  npy_header_cut: '途切れています：ファイルが .npy ヘッダーの途中で終わっています（{needed} バイト中 {size}）',
  feature_not_float:
    '{type} の値を保持しており、浮動小数点の特徴量ではありません：RVC は float32 [frames, d] の特徴量を書き出します{integer, select, yes {（RVC の実験にある整数配列は 2a_f0 のピッチファイルで、特徴量ではありません）} other {}}',
  feature_scalar: '数値が 1 つだけで、[frames, d] の特徴量行列ではありません',
  feature_1d:
    '1 次元 {shape} です。特徴量ファイルは 2 次元 [frames, d] です（RVC の実験にある 1 次元配列は 2b-f0nsf のピッチファイルで、特徴量ではありません）',
  feature_bad_shape: '形状が {shape} です。[frames, d] か [1, frames, d] が必要です',
  feature_zero_width: '形状が {shape} です：行の幅が 0 です',
  feature_data_truncated:
    '途切れています：ヘッダーは {shape} {dtype} = {bytes} バイトのデータを示しますが、続くのは {available} バイトだけです。このファイルの特徴量を抽出し直すか、削除してください',
  feature_width_differs:
    'd = {d} ですが {first} は d = {firstD} です：ファイル間で特徴量の幅が違います。実験のファイルはすべて同じ特徴量抽出器のものにしてください（v1 = 256、v2 = 768）',
  feature_changed: '読み込み中に変更されました。もう一度試してください',
  features_none: '読み込む .npy 特徴量ファイルがありません',
  features_all_empty: 'すべての特徴量ファイルが空です（0 フレーム）。特徴量を抽出し直してください',
  features_all_nonfinite: 'すべての特徴量ファイルのすべての行に NaN/Inf が含まれています。特徴量を抽出し直してください',
  features_not_found:
    '{what, select, empty {空です} no_npy {.npy ファイルがありません} other {特徴量フォルダー（3_feature768、3_feature256、extracted）も .npy ファイルもありません}}：先に特徴量を抽出してください（RVC WebUI：Train タブのステップ 2b「Feature extraction」、Applio：Train タブの「Extract」）。または .npy 特徴量ファイルのフォルダーを選んでください',
  features_not_npy:
    ".npy ファイルでもフォルダーでもありません：RVC の実験フォルダー（logs/'<name>'）、その 3_feature768 / 3_feature256 フォルダー、または .npy 特徴量を開いてください",
  queries_width_mismatch:
    'クエリの特徴量は d = {queryD} ですが、実験の特徴量は d = {d} です。同じモデルバージョンでクエリを抽出してください（v1 = 256、v2 = 768）',
  features_no_memory: '{where} の特徴量のために {neededSize} を確保できません',
  features_load_cancelled: '特徴量の読み込みをキャンセルしました',
  split_impossible:
    '評価用クエリをホールドアウトするにはフレームが少なすぎます — クエリファイルかフォルダーを選んでください',

  // ---- files
  folder_unlistable: `フォルダーの中身を一覧できません：${fsWhy}`,
  path_unopenable: `開けません：${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    '{file} を書き込めません：{why, select, full {ディスクがいっぱいです} too_large {このディスクまたはアカウントで許される大きさを超えています} not_writable {フォルダーに書き込めません} no_folder {フォルダーが存在しません} folder_in_way {同じ名前のフォルダーがあります} other {{reason}}}',
  cancelled_nothing_written: 'キャンセルしました：何も書き込んでいません',
  outputs_exist:
    '{files}：{count, plural, other {既に存在します}}：何も書き込んでいません（上書きするには --force を使用）',
  folder_not_creatable: '{folder} を作成できません：{why, select, full {ディスクがいっぱいです} other {{reason}}}',
  sample_folder_not_empty: '既に .npy ファイルがあります：サンプル実験には空のフォルダーを選んでください',
  sample_not_written: '{folder} にサンプルを書き込めません：{reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist} には少なくとも {nlist} 個の学習ベクトルが必要ですが、このビルドで学習に使うのは {rows} 個です（残りは評価用にホールドアウトしています）',
  eval_metric_unsupported: '評価できるのは L2 と内積のインデックスだけです',
  eval_dim_mismatch: '{indexD} 次元のベクトルを保持していますが、{root} は d = {d} です',
  eval_no_held_out: '{root} にはクエリに使うホールドアウトしたファイルがありません：--queries を指定してください',
  eval_not_reconstructable: 'このインデックスは保存したベクトルを返せません（reconstruct_n）。RVC にはこれが必要です',
  tuning_no_queries:
    'このビルドには評価用クエリがありません（ホールドアウトありでビルドするか、クエリフォルダーを選んでください）',
  export_not_stored:
    'インデックスに保存されたのは nprobe {nprobe}、k_factor {kFactor} です。期待値は {wantNprobe}、{wantKFactor}',
  library_scan_cancelled: 'モデルライブラリを開くのをキャンセルしました',
  estimate_vectors_mismatch: '保存されたベクトルの値は {values} 個で、{ntotal} × {d} ではありません',

  // ---- transports
  request_job_running: "{method}：job_id ''{id}'' は既に実行中です",
  request_refused:
    '{why, select, host {許可されていないホスト} method {許可されていないメソッド} token {トークンがないか、間違っています} post {POST を使ってください} session {{header} ヘッダーが不正です} too_large {リクエスト本文が大きすぎます：上限は {limit} バイト} body {リクエスト本文が不正です：{detail}} sender {拒否しました：メッセージはスタジオのウィンドウから来ていません} method_type {メソッドは文字列にしてください} other {拒否しました}}',
  web_internal: 'サーバー内部エラー（詳細はサーバーのログにあります）',
  owner_gone: 'このビルドを依頼したウィンドウかタブが閉じられました：そのインデックスは解放しました',
  main_no_answer: 'メインプロセスから応答がありません',
};
