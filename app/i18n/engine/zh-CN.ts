// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineZhCN: EngineCatalogue = {
  metric_ip: '内积度量：RVC 按 1/距离² 为近邻加权，这假定使用 L2 距离——此索引在 RVC 中会混合出错误结果',
  estimate_caveat:
    '根据索引自身的向量估计（{queries} 个，每个都从自己的搜索中排除），并非在留出音频上测量；换成另一位歌手的声音，找到的近邻可能更少',
  faiss_too_short: '对 faiss 索引来说太短（{bytes} 字节），位于字节 {offset}',
  faiss_not_index: '不是 faiss 索引文件（以 {start} 开头），位于字节 {offset}',
  faiss_truncated: '文件在 {field} 内部结束（需要 {needed} 字节，剩余 {left}），位于字节 {offset}',
  faiss_unsupported: '不支持的 {fourcc}，位于字节 {offset}',
  faiss_lists_not_stored:
    "此文件未保存倒排列表（'il00'）：faiss 能读取但无法搜索，RVC 会因此崩溃；请用实验的特征重新构建索引，位于字节 {offset}",
  faiss_trailing_bytes: '索引末尾之后的 {count} 个字节已忽略',
  faiss_nprobe_zero: '已存的 nprobe 为 {nprobe}：faiss 不会搜索任何倒排列表',
  faiss_k_factor_low: '已存的 k_factor 为 {value}：重排至少需要 1',
};
