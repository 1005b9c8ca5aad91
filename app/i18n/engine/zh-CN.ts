// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsZhCN } from './errors/zh-CN';

const help = "应为 IVF'{n}'、Flat、PQ'{m}'x4fs、SQ8、HNSW32、RFlat 这类部分（以逗号分隔）";
const kind =
  '{kind, select, folder {文件夹} fifo {FIFO（命名管道）} socket {套接字} device {设备} link {符号链接} file {文件} other {特殊文件}}';
const what =
  '{what, select, index {索引文件} npy {.npy 文件} pth {模型文件} zip {zip 文件} experiment {特征文件夹或 .npy 文件} queries {查询文件夹或 .npy 文件} library {模型文件夹或 .zip} other {文件}}';

export const engineZhCN: EngineCatalogue = {
  ...errorsZhCN,
  // ---- data
  few_distinct_rows:
    '在 {sampled, number} 行抽样中只有 {distinct, plural, other {# 个不同的向量}}：特征大多是彼此的副本（静音？提取器卡住了？），基于它们的任何索引都帮不了 RVC',
  lists_mostly_empty:
    '{nlist, number} 个倒排列表中有 {empty, number} 个为空：k-means 找到的不同点少于列表数；请使用少得多的列表（--n-ivf）或检查特征',
  recall_trivial:
    '在 {sampled, number} 个抽样中索引只含 {distinct, plural, other {# 个不同的向量}}：近邻在同一距离上并列，因此任何结果都是精确的，召回率必然为 100%——召回率列只显示返回的是哪些并列的 id',

  // ---- engine
  faiss_variant_unknown: 'RVC_FAISS_VARIANT 为“{value}”：请使用 generic 或 avx2（或取消设置，按 CPU 自动选择）',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}，但 {file} 未编译（已编译：{built}）；请在 Linux x86-64 上运行“npm run build”编译两者',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2，但此 CPU 或操作系统无法运行 AVX2 代码（AVX2、FMA、F16C，以及由系统保存的 AVX 状态）',

  // ---- export, rvc
  metric_ip: '内积度量：RVC 按 1/距离² 为近邻加权，这假定使用 L2 距离——此索引在 RVC 中会混合出错误结果',
  rvc_metric_not_l2: '{metric} 度量：RVC 按 1/距离² 为近邻加权，这假定使用 L2——此索引在 RVC 中会混合出错误结果',

  // ---- factory strings and build plans
  factory_empty: '工厂字符串为空',
  factory_n_unset: "'{n}' 需要一个值：请设置 n_ivf",
  factory_zero: '工厂字符串中的数字必须至少为 1',
  factory_empty_part: '工厂字符串中有空的部分（连续两个逗号？）',
  factory_no_index: `工厂字符串在变换之后需要一个索引：${help}`,
  factory_unknown_part: `未知部分 ''{token}''：${help}`,
  factory_not_built: `''{token}'' 是本应用不构建的 faiss 索引：${help}`,
  factory_id_map:
    "不支持 ''{token}''：RVC 将向量编号为 0..N−1 并用 reconstruct_n 读回，ID 映射无法提供这一点；请去掉 ''{token},''（例如 ''{rest}''）",
  factory_out_of_place: "''{token}'' 位置不对：先写变换，再写索引，最后写 RFlat",
  factory_fastscan_bits: '{token}：FastScan（“fs”）编码必须使用 4 位（PQ{m}x4fs）',
  factory_pq_bits: '{token}：PQ 每个编码的位数必须在 1 到 16 之间',
  factory_reduce_above_d: '{token}：无法将 d = {d} 降到 {target} 维',
  factory_opq_divide: '{token}：OPQ 的 {m} 个子向量必须整除维度 {d}',
  factory_ivf_no_codes: '{token} 后面必须写明向量的存储方式，例如 {token},Flat',
  factory_refine_twice: '{token}：只支持一个重排阶段',
  factory_hnsw_m: 'HNSW{m}：M 应在 4 到 256 之间',
  factory_pq_divide: 'PQ{m}：m = {m} 必须整除向量维度 {d}（可试 {divisors}）',
  factory_pq_too_few: '{bits} 位编码的 PQ 至少需要 {needed} 个训练向量；现有 {n} 个',
  factory_ivf_too_few:
    'IVF{nlist} 至少需要 {nlist} 个训练向量（每个列表一个）；现有 {n} 个。请把 n_ivf 降到最多 {max}。',
  factory_ivf_sparse:
    'IVF{nlist} 每个列表的训练向量少于 {min} 个（{perList, number, ::.0}）；faiss 会发出警告，列表会有噪声。n_ivf ≤ {max} 可避免。',
  factory_pq_polysemous:
    '{token} 还会训练多义（polysemous）编码，而 RVC 的搜索从不使用它们；这一步可能与其余训练耗时相当。{token}np 会构建同样的索引而跳过这一步。',
  factory_refine_k_factor_1:
    'k_factor = 1 的 RFlat 不会重排任何结果：召回率停留在压缩编码的水平。导出给 RVC 时请用 k_factor 2–2.5（更大的值只在本应用中安全：RVC 的 faiss 1.7.3 在高于 2.5 时可能崩溃）。',
  plan_rvc_compress:
    'N = {n} > {threshold}：与 RVC 一样，索引 {centroids} 个 k-means 质心（索引 ≈{indexSize}，而非 ≈{rvcSize}）；要保留所有帧，请使用 --keep-all-frames',
  plan_nprobe_ignored: '已忽略 nprobe {nprobe}：{factory} 不是 IVF 索引',
  plan_k_factor_ignored: '已忽略 k_factor {kFactor}：{factory} 没有 RFlat 重排阶段',

  // ---- faiss files
  faiss_too_short: '对 faiss 索引来说太短（{bytes} 字节），位于字节 {offset}',
  faiss_not_index: '不是 faiss 索引文件（以 {start} 开头），位于字节 {offset}',
  faiss_truncated: '文件在 {field} 内部结束（需要 {needed} 字节，剩余 {left}），位于字节 {offset}',
  faiss_vector_too_long: '{field} 声明有 {count} 个 {elementBytes} 字节的元素，但只剩 {left} 字节，位于字节 {offset}',
  faiss_list_too_long:
    '倒排列表 {list} 声明有 {size} 个 {entryBytes} 字节的条目，但只剩 {left} 字节，位于字节 {offset}',
  faiss_impossibly_large: '{field} 大得不可能（文件损坏？），位于字节 {offset}',
  faiss_unknown_tag:
    '未知的{kind, select, transform {向量变换} lists {倒排列表} other {索引}}类型标记 {tag}（文件损坏？），位于字节 {offset}',
  faiss_nesting: '对象嵌套超过 {max} 层（文件损坏？），位于字节 {offset}',
  faiss_unsupported: '不支持的 {fourcc}，位于字节 {offset}',
  faiss_too_small: '{field} = {value} 小于 {min}（文件损坏？），位于字节 {offset}',
  faiss_not_positive: '{field} = {value} 不是正数（文件损坏？），位于字节 {offset}',
  faiss_out_of_range: '{field} = {value} 超出 {min}…{max}（文件损坏？），位于字节 {offset}',
  faiss_not_equal: '{field} = {value}，但它必须等于 {rule} = {expected}（文件损坏？），位于字节 {offset}',
  faiss_not_one_of: '{field} = {value} 不在 {allowed} 之中（文件损坏？），位于字节 {offset}',
  faiss_not_multiple: '{field} = {value} 不是 {divisorField} = {divisor} 的倍数（文件损坏？），位于字节 {offset}',
  faiss_not_finite: '{field} 为 {value}，不是有限数（文件损坏？），位于字节 {offset}',
  faiss_odd_count: '{field} 含有奇数个（{count}）值（文件损坏？），位于字节 {offset}',
  faiss_sparse_cap: 'nlist = {nlist}：倒排列表多于本读取器能列出的数量（最多 {max}），位于字节 {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} 个倒排列表，但量化器（{fourcc}，位于字节 {quantizerAt}）最多对应 {bound} 个（文件损坏？），位于字节 {offset}',
  faiss_untrained_with_vectors: '{type} 未训练却含有 {ntotal} 个向量（文件损坏？），位于字节 {offset}',
  faiss_id_out_of_range: '{field} 含有 id {id}，但 {user} 需要 0 到 {max} 的 id（文件损坏？），位于字节 {offset}',
  faiss_dangling_entry:
    '{field} 指向倒排列表 {list} 的第 {position} 个向量，但它不存在（nlist = {nlist}，该列表含 {size} 个）（文件损坏？），位于字节 {offset}',
  faiss_hnsw_neighbor_level:
    'HNSW 节点 {node} 在第 {level} 层链接到节点 {neighbor}，但该节点只有 {levels} 层（文件损坏？），位于字节 {offset}',
  faiss_lists_not_stored:
    "此文件未保存倒排列表（'il00'）：faiss 能读取但无法搜索，RVC 会因此崩溃；请用实验的特征重新构建索引，位于字节 {offset}",
  faiss_lists_on_disk:
    "倒排列表位于单独的文件中（''{tag}''，faiss 的磁盘列表），本应用不会打开它；请用实验的特征重新构建索引，或在 Python faiss 中连同列表一起加载，再以内存列表写出，位于字节 {offset}",
  faiss_engine_unsupported_type:
    '引擎无法把 {type}（{fourcc}）用作{role, select, quantizer {IVF 索引的粗量化器} storage {HNSW 索引的存储} refine {IndexRefine 的重排索引} other {索引}}，位于字节 {offset}',
  faiss_engine_cannot_search: '位于字节 {offset} 的 {type} 无法用引擎的 faiss 搜索（{reason}）',
  faiss_engine_metric: '{type} 使用 {metric} 度量：引擎只读取 L2 和内积索引，位于字节 {offset}',
  faiss_engine_unsupported_value: '{field} = {value}：引擎的 faiss 在此只支持 {allowed}，位于字节 {offset}',
  faiss_engine_limit: '{field} = {value} 超出引擎可处理的范围（{min}…{max}），位于字节 {offset}',
  faiss_engine_untrained_part: '位于字节 {offset} 的 {type} 未训练，而它所在的索引已训练：faiss 无法搜索它',
  faiss_engine_unreadable: 'faiss 无法读取此索引（{reason}）',
  faiss_engine_no_reconstruct:
    'faiss 无法返回此索引存储的向量：reconstruct_n 会使进程中止（{type}，位于字节 {offset}{reason, select, missing {：其 id 未覆盖 0 到 {max}} other {}}）',
  faiss_trailing_bytes: '索引末尾之后的 {count} 个字节已忽略',
  faiss_nprobe_zero: '已存的 nprobe 为 {nprobe}：faiss 不会搜索任何倒排列表',
  faiss_k_factor_low: '已存的 k_factor 为 {value}：重排至少需要 1',

  // ---- files (said after the path)
  file_missing: '没有这个文件或文件夹',
  file_not_regular: `是${kind}，不是普通的${what}：未读取任何内容`,
  input_not_regular: `是${kind}，不是${what}：未读取任何内容`,
  file_unreadable: '无法读取：{reason}',
  file_truncated: '读取过程中变短了（{actual, number} / {expected, number} 字节）：未读取',
  file_too_large: '大小为 {size, number} 字节，超过本应用读取的上限 {limit, number} 字节：未读取',
  output_not_folder: `输出文件夹是${kind}，不是文件夹`,
  output_not_writable: '输出文件夹不可写',
  output_folder_unusable: '无法使用输出文件夹：{reason}',
  output_not_regular: `无法写入：它是${kind}；请选择普通文件名`,
  output_exists: '已存在：未写入任何内容（使用 --force 覆盖）',

  // ---- library actions
  retune_no_index: '没有可重新调优的索引（见诊断结果）',
  retune_several_indexes: '有 {count} 个候选索引：在模型旁只保留一个，然后再重新调优',
  retune_index_unusable: '其索引无法重新调优：{reason}',
  retune_no_nprobe: '其索引（{type}）不是 IVF 索引：没有可保存的 n_probe',
  retune_target_unreachable:
    '没有任何 n_probe 能达到 {target, number, percent} 的估计召回率（搜索全部 {nlist, number} 个列表为 {best, number, percent}）',
  retune_no_estimate: '无法按召回率选择 n_probe：{reason}',
  retune_same_output: '将写入 {file}，但本批中的另一个模型也写入它：请用 --out-dir 重新调优',
  retune_output_exists: '将写入 {file}，但它已存在：未覆盖任何内容',
  retune_unchanged: '其索引已保存 n_probe {nprobe}：无需写入',
  share_pair_broken: '无法与此模型一起放入分享 zip：{reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'pickle 在字节 {offset} 处提前结束（文件被截断或损坏？）',
  pickle_unknown_opcode: '字节 {offset} 为 {byte}，不是 pickle 指令（文件损坏，或不是 pickle）',
  pickle_opcode_refused: 'pickle 在字节 {offset} 处请求指令 {opcode}，模型文件从不需要它：已拒绝，未运行任何内容',
  pickle_global_refused:
    'pickle 在字节 {offset} 处请求 {name}，语音模型从不需要它：已拒绝，未运行任何内容（调用代码的模型文件不是损坏就是恶意的）',
  pickle_call_refused: 'pickle 在字节 {offset} 处调用 {name}，语音模型从不这样做：已拒绝，未运行任何内容',
  pickle_bad_arguments: 'pickle 在字节 {offset} 处以 torch.save 从不写出的参数调用 {name}：已拒绝，未运行任何内容',
  pickle_bad_persistent_id: 'pickle 在字节 {offset} 处以 torch.save 从不写出的形式命名张量存储：已拒绝',
  pickle_tensor_outside_storage: '字节 {offset} 处的张量超出了其存储 data/{key} 的末尾（文件损坏？）',
  pickle_protocol: 'pickle 协议 {protocol} 不是 torch.save 写出的协议（读取 2 到 5）',
  pickle_malformed: 'pickle 在字节 {offset} 处格式错误：{detail}',
  pickle_limit: 'pickle 在字节 {offset} 处超出 {limit} {what} 的上限：已拒绝',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: '既不是文件夹也不是 .zip 文件：请打开模型文件夹或一个 .zip',
  link_outside_root: '是指向所选文件夹之外的链接：未跟随',
  link_broken: '是指向不存在位置的链接：已跳过',
  folder_loop: '指回已扫描过的文件夹（链接循环）：已跳过',
  folder_too_deep: '深度超过 {limit} 层文件夹：未扫描',
  scan_limit: '该文件夹含有超过 {limit, number} 个文件和文件夹：其余部分未扫描',
  zip_too_deep: '是 zip 里的 zip 里的 zip：未打开（请先解压最外层）',
  training_checkpoint_skipped: '是训练检查点（G_/D_）：RVC 和 Applio 不会把它当作语音模型加载，因此已跳过',

  // ---- voice-model libraries: zip files
  zip_unreadable: '不是本应用能读取的 zip 文件（{reason}）',
  zip_too_many_entries: '含有 {count, number} 个条目，多于模型 zip 所需的 {limit, number} 个：已拒绝',
  zip_entry_bad_name: '名称为空或含控制字符：已拒绝该 zip',
  zip_entry_backslash: '名称中含反斜杠（Windows 路径，或解压时跳出文件夹的伎俩）：已拒绝该 zip',
  zip_entry_absolute: '名称是绝对路径或带盘符：已拒绝该 zip',
  zip_entry_traversal: '名称中含“..”，解压时会跳出文件夹：已拒绝该 zip',
  zip_entry_duplicate: '在 zip 中出现两次：已拒绝该 zip',
  zip_entry_not_regular: '是 {kind}，不是文件：已拒绝该 zip',
  zip_entry_encrypted: '已加密：已拒绝该 zip（请不设密码重新压缩）',
  zip_entries_overlap: '与 {other} 的数据重叠（zip 炸弹的伎俩）：已拒绝该 zip',
  zip_entry_ratio: '解压后会是压缩大小的 {ratio, number} 倍，超过上限 {limit, number}（zip 炸弹？）：未读取',
  zip_entry_method: '使用压缩方法 {method}；只读取存储（stored）和 deflate 条目',
  zip_entry_size_mismatch: '没有其头部声明的 {size, number} 字节（文件损坏或 zip 炸弹）：未读取',
  zip_entry_corrupt: '无法读取：{reason}',
  zip_budget: '会使本次扫描从 zip 中读取的字节超过 {limit, number}：未读取',
  index_not_faiss: '不是本应用能读取的 faiss 索引：{reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    '不是 PyTorch 模型文件：torch.save 写出的是含 data.pkl 的 zip（torch 1.6 之前则是以其魔数开头的 pickle）',
  pth_no_pickle: '是没有 torch.save 所写 data.pkl 的 zip：不是 PyTorch 模型文件',
  pth_several_pickles: '含有多个 data.pkl：不是 torch.save 写出的文件',
  pth_storage_missing: '引用了文件中不存在的张量数据 {record}（文件损坏？）',
  pth_storage_short: '{record} 中有 {actual, number} 字节，而其张量需要 {expected, number} 字节（文件被截断？）',
  pth_not_a_model: '不是 RVC 语音模型：没有 `weight` 字典（RVC 和 Applio 模型含有 weight、config、sr、f0、version）',
  pth_training_checkpoint: '是训练检查点（model、optimizer），不是语音模型：请使用 RVC 或 Applio 从中提取的小模型',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    '未找到此模型的索引：RVC 会在不检索的情况下转换，因此索引比例不起作用。修复：把模型的 added_….index 放在它旁边（同一文件夹，或文件名含模型名）',
  several_indexes:
    '有 {count} 个索引适用于此模型（{indexes}）；RVC 和 Applio 会取其遍历文件夹时最先遇到的那个。修复：在它旁边只保留此模型自己的 added_ 索引，或以模型名命名它',
  index_unreadable: '{index} 无法使用：{reason}。修复：重新下载或构建索引',
  index_partial:
    '{index} 只读取了一部分（{reason}），因此缺少部分检查。修复：若 RVC 能加载则无需处理；否则请重建为 IVF…,Flat',
  index_empty:
    '{index} 不含任何向量（ntotal {ntotal}）：trained_ 索引只含聚类结果，因此 RVC 找不到近邻（“You used a wrong .index file”）。修复：使用同一训练文件夹中的 added_ 索引，或重建索引',
  dim_mismatch:
    '索引含 {indexDim} 维向量，而模型接受 {modelDim} 维特征：RVC 会在“assert d == self.d”处停止。修复：使用由此模型自身特征构建的索引（v1 模型：256，v2：768）',
  metric_not_l2:
    '索引使用 {metric} 度量：RVC 按 1/距离² 为近邻加权，这假定使用 L2 距离，因此会混合出错误结果。修复：用 L2 度量重建索引',
  not_reconstructable:
    '{type} 无法返回其存储的向量（reconstruct_n），而 RVC 加载索引时会调用它：{crashes, select, yes {faiss 中止，RVC 崩溃} other {加载失败}}。修复：重建为 IVF…,Flat（或从本应用重新导出）',
  fastscan_k_factor:
    'k_factor 为 {kFactor} 的 FastScan：RVC 的搜索请求 {candidates} 个候选，而 faiss-cpu 1.7.3（RVC 固定的版本）在超过 20 时会切换到一种遇到距离并列的数据（静音）就中止的 top-k。修复：保存 k_factor ≤ {safe}（set-params 或重新调优）',
  nprobe_1:
    '已存的 n_probe 为 1：RVC 只搜索 {nlist, number} 个列表中的 1 个，只能找到精确搜索约 70% 的近邻（top 8）。修复：重新调优到 n_probe 8–16（生成一个带新值的副本；模型不受影响）',
  index_above_compress_threshold:
    '索引含 {ntotal, number} 个向量（{bytes, number} 字节）：RVC 自带的按钮会把超过 {threshold, number} 的帧替换为 {centroids, number} 个 k-means 质心，因此此文件比 RVC 的更大更慢。修复：若速度够用则无需处理；RVC 的规则会得到一个较小的质心索引',
  index_centroids:
    '索引恰好含 {centroids, number} 个向量：这是 RVC 的标志，说明训练特征超过 {threshold, number} 帧并被替换为 k-means 质心，因此近邻是质心而非真实的帧。修复：无需处理；包含所有帧的索引听起来可能更接近原声',
  version_unknown:
    '模型声明版本“{declared}”，RVC 和 Applio 都不认识（v1 或 v2）：可能无法加载。修复：用 RVC 或 Applio 重新提取模型',
  model_dim_unknown: '模型没有音素嵌入（enc_p.emb_phone.weight），因此其特征维度未知，无法据此检查索引',
  version_shape_mismatch:
    '{declared, select, yes {模型声明为 {version}} other {模型没有版本，因此 RVC 将其作为 {version} 加载}}，该版本接受 {expected} 维特征，但其音素嵌入接受 {dim} 维：RVC 和 Applio 会构建错误的网络而无法加载。修复：用正确的版本重新提取模型',

  // ---- recall estimate
  estimate_caveat:
    '根据索引自身的向量估计（{queries} 个，每个都从自己的搜索中排除），并非在留出音频上测量；换成另一位歌手的声音，找到的近邻可能更少',
  estimate_index_empty: '索引不含任何向量（trained_ 索引？）：没有可用于估计召回率的数据',
  estimate_too_few_vectors: '索引含 {ntotal, plural, other {# 个向量}}：估计 top-{k} 召回率至少需要 {needed} 个',
  estimate_metric_unsupported: '索引使用的度量不是 L2 或内积：无法估计召回率',
  estimate_not_reconstructable: '索引无法返回其存储的向量（reconstruct_n），而召回率估计正是基于这些向量：{reason}',

  // ---- experiment features (file names are parameters)
  features_only_file: '只使用 {file}；{folder} 中另外 {others} 个 .npy 文件未加载（打开该文件夹即可使用它们）',
  features_both_folders:
    '{folder} 和 {other} 同时存在：使用 {folder}（{version}）（要使用 {otherVersion} 特征，请打开 {otherPath}）',
  features_folder_empty: '{folder} 中没有 .npy 文件：使用 {used}（{version}）',
  features_total_fea_ignored: '已忽略 {file}：它重复了其他 {count} 个 .npy 文件的帧',
  features_width_mismatch: '{folder}：含有宽度为 {d} 的特征，但 {version} 特征的宽度为 {expected}',
  feature_squeezed: '{file}：形状 {shape} 已压缩为 ({rows}, {d})',
  feature_float16: '{file}：float16 已转换为 float32',
  feature_float64: '{file}：float64 已转换为 float32（超出 float32 的精度会丢失）',
  feature_empty: '{file}：没有帧（形状 {shape}）；已跳过',
  feature_trailing_bytes: '{file}：数据之后的 {count} 个字节已忽略',
  feature_nonfinite:
    '{file}：{rows} 行中有 {dropped} 行含有 {float64, select, yes {NaN/Inf（或超出 float32 范围的 float64 值）} other {NaN/Inf}}；已丢弃',
  features_grouped:
    '{kind, select, squeezed {{count} 个文件的形状为 (1, 帧, d)；已压缩为 (帧, d)} float16 {{count} 个文件为 float16；已转换为 float32} other {{count} 个文件为 float64；已转换为 float32}}：{named} 等，另有 {more} 个（每个文件的警告列在该文件旁）',
  memory_over_limit:
    '{where} 的特征（{n} × {d} float32）{index, select, yes {及索引} other {}}需要 {neededSize}，超过本机 {usableSize} 内存的 {percent}%：请使用内存更大的计算机，或减少特征文件',
  memory_not_free:
    '{where} 的特征（{n} × {d} float32）{index, select, yes {及索引} other {}}需要 {neededSize}，但当前只有 {freeSize} 内存可用：请关闭其他程序，或使用内存更大的计算机，或减少特征文件',
  memory_tight:
    '{where} 的特征（{n} × {d} float32）{index, select, yes {及索引} other {}}需要 {neededSize}，但系统报告空闲 {freeSize}：在系统释放内存期间，加载可能较慢',
  split_files_sampled: '{files} 个留出文件共有 {held} 帧：使用其中按种子抽取的 {queries} 帧作为查询',
  split_no_file_set: '在索引保留 {n} 帧中 {keep}% 的前提下，没有任何整文件组合能提供 {min}+ 个查询帧',
  split_too_few_frames:
    '{n} 帧太少，无法划分评估集（需要 {needed} 帧：索引保留 75% 时需 {min} 个查询帧）；请改用查询文件或文件夹评估（--queries）',
  split_frame_block:
    '{single, select, yes {只有一个特征文件（{file}）} other {无法按整文件留出}}：查询为第 {first}-{last} 帧，是一个连续块，两侧各有 {guard} 帧也不放入索引；由于同一录音的帧彼此相似，召回率可能略微偏高',
  split_queries_sampled: '查询集共有 {total} 帧：使用其中按种子抽取的 {queries} 帧',

  // ---- build and evaluation jobs
  expand_l2_normalises: 'α 扩展会对向量做 L2 归一化：RVC 将混合单位长度的特征（请使用 IP 度量，或调低 index_rate）',
  compress_skipped: '已跳过压缩到 {centroids} 个质心：只有 {n} 个向量',
  eval_ip_normalised: '内积索引：查询已做 L2 归一化（余弦），与本应用构建的 IP 索引一致',
  eval_queries_stored:
    '{queries} 个查询帧中有 {stored} 个存储在 {index} 中（导出包含所有帧）：召回率被高估——请用索引未见过的特征传入 --queries',
  blend_without_reconstruct: '此索引无法重建其向量（RVC 需要 reconstruct_n）：blend_error 使用原始向量',

  // ---- export checks
  check_metric_l2: 'L2：RVC 的 1/距离² 权重适用',
  check_ntotal: '存储了 {ntotal} 个向量（预期 {expected} 个）',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) 返回有限值向量',
  check_reconstruct_nonfinite: 'reconstruct_n 返回了非有限值',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) 失败：{reason}——RVC 无法加载此索引',
  check_ids_mapped: '索引映射了自定义 id；RVC 需要 0..ntotal-1 的 id',
  check_ids_ok: 'id 为 0..ntotal-1',
  check_fastscan_heap: 'RVC 的 FastScan 搜索请求 {candidates} 个候选：faiss 使用其堆式 top-k',
  check_fastscan_aborts:
    'RVC 的 FastScan 搜索请求 {candidates} 个候选（k_factor {kFactor}）：RVC 固定的 faiss-cpu 1.7.3 此时会切换到一种在某些距离并列的数据上中止的 top-k（partitioning.cpp 断言）。k_factor ≤ {max} 可避免；本应用自身的搜索不受影响',
  check_nprobe_none: '不是 IVF 索引：没有 n_probe',
  check_nprobe_stored: '文件中存储了 n_probe {nprobe}（RVC 从不更改它）',

  // ---- browser mode
  web_unreachable: '无法连接 RVC Index Studio 服务器（{reason}）：`npm run web` 还在运行吗？',
  web_no_token: '此页面没有有效的访问令牌：请打开 `npm run web` 打印的完整 URL（以 ?token=… 结尾）',
  web_forbidden: "服务器拒绝了此地址：请以 http://127.0.0.1:'<port>'/ 的形式打开（即 `npm run web` 打印的 URL）",
  web_no_json: '服务器对 {method} 的响应为 HTTP {status}，且没有 JSON',
  web_bad_body: '服务器对 {method} 返回了意外的内容',
};
