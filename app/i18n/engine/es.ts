// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineEs: EngineCatalogue = {
  metric_ip:
    'métrica de producto interno: RVC pondera los vecinos por 1/distancia², lo que supone distancias L2; este índice mezclará mal en RVC',
  estimate_caveat:
    'Estimado a partir de los vectores del propio índice ({queries}, cada uno excluido de su propia búsqueda), no medido en audio reservado; la voz de otro cantante puede encontrar menos vecinos',
  faiss_too_short: 'demasiado corto para un índice faiss ({bytes} bytes) en el byte {offset}',
  faiss_not_index: 'no es un archivo de índice faiss (empieza por {start}) en el byte {offset}',
  faiss_truncated: 'el archivo termina dentro de {field} (necesita {needed} bytes, quedan {left}) en el byte {offset}',
  faiss_unsupported: '{fourcc} no admitido en el byte {offset}',
  faiss_lists_not_stored:
    "las listas invertidas no están guardadas en este archivo ('il00'): faiss lo lee pero no puede buscar en él, y RVC fallaría; vuelve a construir el índice a partir de las características del experimento en el byte {offset}",
  faiss_trailing_bytes: 'se ignoran {count} bytes tras el final del índice',
  faiss_nprobe_zero: 'el nprobe guardado es {nprobe}: faiss no consultará ninguna lista invertida',
  faiss_k_factor_low: 'el k_factor guardado es {value}: la reordenación necesita al menos 1',
};
