// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const enginePtBR: EngineCatalogue = {
  metric_ip:
    'métrica de produto interno: o RVC pondera os vizinhos por 1/distância², o que pressupõe distâncias L2 — este índice vai misturar errado no RVC',
  estimate_caveat:
    'Estimado a partir dos próprios vetores do índice ({queries}, cada um excluído da própria busca), não medido em áudio reservado; a voz de outro cantor pode encontrar menos vizinhos',
  faiss_too_short: 'curto demais para um índice faiss ({bytes} bytes) no byte {offset}',
  faiss_not_index: 'não é um arquivo de índice faiss (começa com {start}) no byte {offset}',
  faiss_truncated: 'o arquivo termina dentro de {field} (precisa de {needed} bytes, restam {left}) no byte {offset}',
  faiss_unsupported: '{fourcc} não suportado no byte {offset}',
  faiss_lists_not_stored:
    "as listas invertidas não estão gravadas neste arquivo ('il00'): o faiss o lê, mas não consegue buscar nele, e o RVC travaria; construa o índice de novo a partir das características do experimento no byte {offset}",
  faiss_trailing_bytes: '{count} bytes após o fim do índice são ignorados',
  faiss_nprobe_zero: 'o nprobe gravado é {nprobe}: o faiss não consultará nenhuma lista invertida',
  faiss_k_factor_low: 'o k_factor gravado é {value}: a reordenação precisa de pelo menos 1',
};
