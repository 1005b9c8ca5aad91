// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {没有这个文件或文件夹} denied {权限不足} folder {是一个文件夹} notdir {路径中的某一部分不是文件夹} loop {符号链接过多} io {输入/输出错误（磁盘损坏或驱动器已断开？）} other {{reason}}}';

export const errorsZhCN = {
  // ---- arguments
  arg_at_most: "{field} 不能大于 {max}（收到 ''{raw}''）",
  arg_one_of: "{field} 必须是以下之一：{choices}（收到 ''{raw}''）",
  arg_positive_integer: "{field} 必须是正整数（收到 ''{raw}''）",
  arg_non_negative_integer: "{field} 必须是非负整数（收到 ''{raw}''）",
  arg_number: "{field} 必须是数字（收到 ''{raw}''）",
  arg_int_list: "{field} 必须是以逗号分隔的正整数列表（收到 ''{raw}''）",
  arg_unknown_option: "''{command}'' 没有选项 {option}（参见 --help）",
  arg_takes_no_value: '{option} 不接受值',
  arg_needs_value: '{option} 需要一个值',
  arg_positional: "''{command}'' 需要 {needs}（收到 {count, plural, other {# 个参数}}）；用法：rvc-index {usage}",
  arg_needs: '{what} 需要 {other}',
  arg_contradict: '{option} 与 {other} 相互矛盾',
  arg_exactly_one: '{command} 需要 {first} 和 {second} 中的恰好一个',
  arg_above_zero: '{option} 必须大于 0（收到 {value}）',
  request_unknown_method: "未知方法 ''{method}''",
  request_below_min: '{field} 必须{inclusive, select, yes {不小于} other {大于}} {min}（请求 {method}）',
  request_above_max: '{field} 必须{inclusive, select, yes {不大于} other {小于}} {max}（请求 {method}）',
  request_invalid: '{field} 无效：{detail}（请求 {method}）',
  value_positive_integer: '{field} 必须是正整数（收到 {value}）',
  value_non_negative_integer: '{field} 必须是非负整数（收到 {value}）',
  sample_d_range: 'd 必须是 {min}..{max} 之间的整数（RVC v2 为 768，v1 为 256；收到 {value}）',
  set_params_nothing: '请指定 --nprobe 和/或 --k-factor',
  set_params_no_ivf:
    '{name} 没有 IVF 索引，因此没有可设置的 nprobe{stopped, select, yes {（读取提前停止：{detail}）} other {}}',
  set_params_nprobe_range: '{name} 的 nprobe 必须是 1 到 nlist = {nlist} 之间的整数，收到 {nprobe}',
  set_params_no_refine:
    '{name} 没有 IndexRefine（RFlat），因此没有可设置的 k_factor{stopped, select, yes {（读取提前停止：{detail}）} other {}}',
  set_params_k_factor_min: '{name} 的 k_factor 必须是 ≥ 1 的数，收到 {kFactor}',
  compress_too_many: '无法将 {n} 帧压缩为 {centroids} 个质心（最多 {n} 个）',
  n_ivf_no_placeholder: "--n-ivf {nIvf} 不起作用：工厂字符串 ''{factory}'' 中没有 '{n}' 占位符（例如写成 {example}）",
  nprobe_above_nlist: 'nprobe {nprobe} 大于列表数（{nlist}）',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}：RVC 的搜索会向 FastScan 请求 {candidates} 个候选，而 RVC 附带的 faiss 1.7.3 可能因此中止（静音中距离相同）；请使用不大于 {max} 的 k_factor',
  k_factor_no_rflat: '{type} 没有 RFlat 重排序阶段',
  ef_search_not_hnsw: '{type} 不是 HNSW 索引',
  k_above_ntotal: 'k = {k} 大于索引中的向量数（{ntotal}）',

  // ---- engine
  index_not_loaded: '索引 {id} 未加载：请重新构建',
  index_lost:
    '索引 {id} 未加载（它已被释放，或{where, select, worker {其引擎工作进程} other {引擎}}已重启）：请重新构建',
  job_already_running: '任务 {id} 已在运行',
  cancelled: '已取消',
  cancelled_before_start: '在开始前已取消',
  engine_shutting_down: '引擎正在关闭',
  engine_stopped_after: '{why, select, cancel {已取消} other {关闭}}：引擎已停止',
  engine_worker_stopped:
    '引擎工作进程意外停止（{reason}）{lost, select, none {} other {；丢失的索引：{lost}（请重新构建）}}',
  engine_worker_failed: '引擎工作进程启动失败（{reason}）',
  engine_not_ready: '引擎进程在就绪前结束（{how}）',
  engine_process_stopped:
    '引擎已停止（{how}）；下一次请求时会重启{lost, select, none {} other {；丢失的已构建索引：{lost}（请重新构建）}}',
  engine_not_loadable: '无法加载原生 faiss 引擎（{file}）：{reason}。请先运行“npm run build”。',
  engine_out_of_memory: '内存不足',
  engine_refused: '引擎拒绝了请求：{detail}',
  faiss_failed: 'faiss 出错：{detail}',

  // ---- features
  npy_bad_header: '.npy 文件头不是有效的 NumPy 头字典',
  npy_bad_shape: ".npy 形状中含有 ''{part}''",
  npy_no_magic: '不是 .npy 文件（缺少 \\x93NUMPY 标识）',
  npy_version: '不支持的 .npy 版本 {major}.{minor}',
  npy_header_truncated: '.npy 文件头不完整',
  npy_header_short: '.npy 文件头不完整（需要 {needed} 字节）',
  npy_empty_file: '为空（0 字节）：特征提取可能被中断；请重新运行或删除该文件',
  npy_header_corrupt: '.npy 文件头已损坏（声称 {bytes} 字节）',
  npy_header_cut: '不完整：文件在 .npy 文件头内结束（{needed} 字节中只有 {size}）',
  feature_not_float:
    '保存的是 {type} 值，不是浮点特征：RVC 写出的是 float32 [帧, d] 特征{integer, select, yes {（RVC 实验中的整数数组是 2a_f0 的音高文件，不是特征）} other {}}',
  feature_scalar: '只含一个数，不是 [帧, d] 特征矩阵',
  feature_1d: '是一维 {shape}；特征文件是二维 [帧, d]（RVC 实验中的一维数组是 2b-f0nsf 的音高文件，不是特征）',
  feature_bad_shape: '形状为 {shape}；应为 [帧, d] 或 [1, 帧, d]',
  feature_zero_width: '形状为 {shape}：行宽为 0',
  feature_data_truncated:
    '不完整：文件头声明 {shape} {dtype} = {bytes} 字节数据，但后面只有 {available}；请为此文件重新提取特征或删除它',
  feature_width_differs:
    'd = {d}，但 {first} 的 d = {firstD}：各文件的特征宽度不同；实验的所有文件必须来自同一个特征提取器（v1 = 256，v2 = 768）',
  feature_changed: '加载期间发生了变化；请重试',
  features_none: '没有可加载的 .npy 特征文件',
  features_all_empty: '所有特征文件都为空（0 帧）；请重新提取特征',
  features_all_nonfinite: '每个特征文件的每一行都含有 NaN/Inf；请重新提取特征',
  features_not_found:
    '{what, select, empty {为空} no_npy {没有 .npy 文件} other {既没有特征文件夹（3_feature768、3_feature256 或 extracted），也没有 .npy 文件}}：请先提取特征（RVC WebUI：Train 标签页，步骤 2b“Feature extraction”；Applio：Train 标签页，“Extract”），或选择一个 .npy 特征文件的文件夹',
  features_not_npy:
    "既不是 .npy 文件也不是文件夹：请打开 RVC 实验文件夹（logs/'<name>'）、其中的 3_feature768 / 3_feature256 文件夹，或 .npy 特征",
  queries_width_mismatch:
    '查询特征的 d = {queryD}，而实验特征的 d = {d}；请用相同的模型版本提取查询（v1 = 256，v2 = 768）',
  features_no_memory: '无法为 {where} 的特征分配 {neededSize}',
  features_load_cancelled: '已取消加载特征',
  split_impossible: '帧太少，无法留出评估查询 — 请选择查询文件或文件夹',

  // ---- files
  folder_unlistable: `无法列出文件夹内容：${fsWhy}`,
  path_unopenable: `无法打开：${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    '无法写入 {file}：{why, select, full {磁盘已满} too_large {文件超过了此磁盘或账户允许的大小} not_writable {文件夹不可写} no_folder {文件夹不存在} folder_in_way {有同名文件夹挡住} other {{reason}}}',
  cancelled_nothing_written: '已取消：未写入任何内容',
  outputs_exist: '{files}：{count, plural, other {已存在}}：未写入任何内容（使用 --force 覆盖）',
  folder_not_creatable: '无法创建 {folder}：{why, select, full {磁盘已满} other {{reason}}}',
  sample_folder_not_empty: '已含有 .npy 文件：请为示例实验选择一个空文件夹',
  sample_not_written: '无法将示例写入 {folder}：{reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few: 'IVF{nlist} 至少需要 {nlist} 个训练向量；本次构建用 {rows} 个训练（其余留作评估）',
  eval_metric_unsupported: '只能评估 L2 和内积索引',
  eval_dim_mismatch: '保存的是 {indexD} 维向量，但 {root} 的 d = {d}',
  eval_no_held_out: '{root} 没有可用于查询的留出文件：请指定 --queries',
  eval_not_reconstructable: '此索引无法返回其存储的向量（reconstruct_n），而 RVC 需要它',
  tuning_no_queries: '此次构建没有评估查询（请带留出构建，或选择查询文件夹）',
  export_not_stored: '索引存储的是 nprobe {nprobe}、k_factor {kFactor}；预期为 {wantNprobe}、{wantKFactor}',
  library_scan_cancelled: '已取消打开模型库',
  estimate_vectors_mismatch: '存储的向量含 {values} 个值，而不是 {ntotal} × {d}',

  // ---- transports
  request_job_running: "{method}：job_id ''{id}'' 已在运行",
  request_refused:
    '{why, select, host {不允许的主机} method {不允许的方法} token {令牌缺失或错误} post {请使用 POST} session {{header} 头格式错误} too_large {请求体过大：上限为 {limit} 字节} body {请求体有误：{detail}} sender {已拒绝：消息并非来自工作室窗口} method_type {方法必须是字符串} other {已拒绝}}',
  web_internal: '服务器内部错误（详情见服务器日志）',
  owner_gone: '请求此次构建的窗口或标签页已关闭：其索引已释放',
  main_no_answer: '主进程没有响应',
};
