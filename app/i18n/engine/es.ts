// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsEs } from './errors/es';

const help = "se esperan partes como IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat (separadas por comas)";
const kind =
  '{kind, select, folder {una carpeta} fifo {una FIFO (tubería con nombre)} socket {un socket} device {un dispositivo} link {un enlace simbólico} file {un archivo} other {un archivo especial}}';
const what =
  '{what, select, index {archivo de índice} npy {archivo .npy} pth {archivo de modelo} zip {archivo zip} experiment {carpeta de características o archivo .npy} queries {carpeta de consultas o archivo .npy} library {carpeta de modelos o .zip} other {archivo}}';

export const engineEs: EngineCatalogue = {
  ...errorsEs,
  // ---- data
  few_distinct_rows:
    'solo {distinct, plural, one {# vector distinto} many {# vectores distintos} other {# vectores distintos}} entre {sampled, number} filas muestreadas: las características son casi todas copias unas de otras (¿silencio, un extractor atascado?) y ningún índice sobre ellas ayuda a RVC',
  lists_mostly_empty:
    '{empty, number} de {nlist, number} listas invertidas están vacías: k-means encontró menos puntos distintos que listas; usa muchas menos listas (--n-ivf) o revisa las características',
  recall_trivial:
    'el índice solo contiene {distinct, plural, one {# vector distinto} many {# vectores distintos} other {# vectores distintos}} entre {sampled, number} muestreados: los vecinos empatan a una distancia, así que cualquier respuesta es exacta y el recall es trivialmente del 100 %; las columnas de recall solo muestran cuáles de los ids empatados volvieron',

  // ---- engine
  faiss_variant_unknown: 'RVC_FAISS_VARIANT es «{value}»: usa generic o avx2 (o quítala para elegir según la CPU)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, pero {file} no está compilado (compilados: {built}); ejecuta «npm run build» en Linux x86-64 para ambos',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, pero esta CPU o este sistema operativo no pueden ejecutar código AVX2 (AVX2, FMA, F16C con el estado AVX guardado por el sistema)',

  // ---- export, rvc
  metric_ip:
    'métrica de producto interno: RVC pondera los vecinos por 1/distancia², lo que supone distancias L2; este índice mezclará mal en RVC',
  rvc_metric_not_l2:
    'métrica {metric}: RVC pondera los vecinos por 1/distancia², lo que supone L2; este índice mezclará mal en RVC',

  // ---- factory strings and build plans
  factory_empty: 'la cadena de fábrica está vacía',
  factory_n_unset: "'{n}' necesita un valor: ajusta n_ivf",
  factory_zero: 'los números de una cadena de fábrica deben ser al menos 1',
  factory_empty_part: 'la cadena de fábrica tiene una parte vacía (¿dos comas seguidas?)',
  factory_no_index: `la cadena de fábrica necesita un índice después de las transformaciones: ${help}`,
  factory_unknown_part: `parte desconocida ''{token}'': ${help}`,
  factory_not_built: `''{token}'' es un índice faiss que esta aplicación no construye: ${help}`,
  factory_id_map:
    "''{token}'' no se admite: RVC numera los vectores de 0 a N−1 y los vuelve a leer con reconstruct_n, algo que un mapa de ids no puede servir; quita ''{token},'' (p. ej. ''{rest}'')",
  factory_out_of_place:
    "''{token}'' está fuera de lugar: primero las transformaciones, luego el índice y después RFlat",
  factory_fastscan_bits: '{token}: los códigos FastScan («fs») deben usar 4 bits (PQ{m}x4fs)',
  factory_pq_bits: '{token}: los bits por código PQ deben estar entre 1 y 16',
  factory_reduce_above_d: '{token}: no se puede reducir d = {d} a {target} dimensiones',
  factory_opq_divide: '{token}: los {m} subvectores de OPQ deben dividir la dimensión {d}',
  factory_ivf_no_codes: '{token} debe ir seguido de cómo se guardan los vectores, p. ej. {token},Flat',
  factory_refine_twice: '{token}: solo se admite una etapa de reordenación',
  factory_hnsw_m: 'HNSW{m}: M debe estar entre 4 y 256',
  factory_pq_divide: 'PQ{m}: m = {m} debe dividir la dimensión de los vectores {d} (prueba {divisors})',
  factory_pq_too_few: 'PQ con códigos de {bits} bits necesita al menos {needed} vectores de entrenamiento; hay {n}',
  factory_ivf_too_few:
    'IVF{nlist} necesita al menos {nlist} vectores de entrenamiento (uno por lista); hay {n}. Baja n_ivf a {max} como máximo.',
  factory_ivf_sparse:
    'IVF{nlist} tiene menos de {min} vectores de entrenamiento por lista ({perList, number, ::.0}); faiss avisará y las listas serán ruidosas. n_ivf ≤ {max} lo evita.',
  factory_pq_polysemous:
    '{token} también entrena códigos polisémicos, que la búsqueda de RVC nunca usa; ese paso puede tardar tanto como el resto del entrenamiento. {token}np construye el mismo índice sin él.',
  factory_refine_k_factor_1:
    'RFlat con k_factor = 1 no reordena nada: el recall se queda en el de los códigos comprimidos. Usa un k_factor de 2 a 2,5 para una exportación a RVC (más solo es seguro en esta aplicación: el faiss 1.7.3 de RVC puede fallar por encima de 2,5).',
  plan_rvc_compress:
    'N = {n} > {threshold}: se indexan {centroids} centroides de k-means, como hace RVC (índice ≈{indexSize} en lugar de ≈{rvcSize}); conserva todos los fotogramas con --keep-all-frames',
  plan_nprobe_ignored: 'nprobe {nprobe} ignorado: {factory} no es un índice IVF',
  plan_k_factor_ignored: 'k_factor {kFactor} ignorado: {factory} no tiene etapa de reordenación RFlat',

  // ---- faiss files
  faiss_too_short: 'demasiado corto para un índice faiss ({bytes} bytes) en el byte {offset}',
  faiss_not_index: 'no es un archivo de índice faiss (empieza por {start}) en el byte {offset}',
  faiss_truncated: 'el archivo termina dentro de {field} (necesita {needed} bytes, quedan {left}) en el byte {offset}',
  faiss_vector_too_long:
    '{field} declara {count} elementos de {elementBytes} bytes pero solo quedan {left} bytes en el byte {offset}',
  faiss_list_too_long:
    'la lista invertida {list} declara {size} entradas de {entryBytes} bytes pero solo quedan {left} bytes en el byte {offset}',
  faiss_impossibly_large: '{field} es imposiblemente grande (¿archivo dañado?) en el byte {offset}',
  faiss_unknown_tag:
    'etiqueta de tipo de {kind, select, transform {transformación} lists {listas invertidas} other {índice}} desconocida {tag} (¿archivo dañado?) en el byte {offset}',
  faiss_nesting: 'objetos anidados a más de {max} niveles (¿archivo dañado?) en el byte {offset}',
  faiss_unsupported: '{fourcc} no admitido en el byte {offset}',
  faiss_too_small: '{field} = {value} está por debajo de {min} (¿archivo dañado?) en el byte {offset}',
  faiss_not_positive: '{field} = {value} no es positivo (¿archivo dañado?) en el byte {offset}',
  faiss_out_of_range: '{field} = {value} está fuera de {min}…{max} (¿archivo dañado?) en el byte {offset}',
  faiss_not_equal:
    '{field} = {value}, pero debe ser igual a {rule} = {expected} (¿archivo dañado?) en el byte {offset}',
  faiss_not_one_of: '{field} = {value} no es ninguno de {allowed} (¿archivo dañado?) en el byte {offset}',
  faiss_not_multiple:
    '{field} = {value} no es múltiplo de {divisorField} = {divisor} (¿archivo dañado?) en el byte {offset}',
  faiss_not_finite: '{field} es {value}, no un número finito (¿archivo dañado?) en el byte {offset}',
  faiss_odd_count: '{field} contiene un número impar ({count}) de valores (¿archivo dañado?) en el byte {offset}',
  faiss_sparse_cap:
    'nlist = {nlist}: más listas invertidas de las que este lector enumera (como máximo {max}) en el byte {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} listas invertidas, pero el cuantizador ({fourcc} en el byte {quantizerAt}) da cuenta de {bound} como máximo (¿archivo dañado?) en el byte {offset}',
  faiss_untrained_with_vectors:
    '{type} no está entrenado pero contiene {ntotal} vectores (¿archivo dañado?) en el byte {offset}',
  faiss_id_out_of_range:
    '{field} contiene el id {id}, pero {user} necesita ids de 0 a {max} (¿archivo dañado?) en el byte {offset}',
  faiss_dangling_entry:
    '{field} apunta al vector {position} de la lista invertida {list}, que no existe (nlist = {nlist}, esa lista contiene {size}) (¿archivo dañado?) en el byte {offset}',
  faiss_hnsw_neighbor_level:
    'el nodo HNSW {node} enlaza con el nodo {neighbor} en el nivel {level}, pero ese nodo solo tiene {levels} niveles (¿archivo dañado?) en el byte {offset}',
  faiss_lists_not_stored:
    "las listas invertidas no están guardadas en este archivo ('il00'): faiss lo lee pero no puede buscar en él, y RVC fallaría; vuelve a construir el índice a partir de las características del experimento en el byte {offset}",
  faiss_lists_on_disk:
    "las listas invertidas están en un archivo aparte (''{tag}'', listas en disco de faiss), que esta aplicación no abre; vuelve a construir el índice a partir de las características del experimento, o cárgalo con sus listas en faiss de Python y escríbelo con listas en memoria en el byte {offset}",
  faiss_engine_unsupported_type:
    '{type} ({fourcc}) no puede usarse como {role, select, quantizer {cuantizador grueso de un índice IVF} storage {almacenamiento de un índice HNSW} refine {índice de reordenación de un IndexRefine} other {índice}} en el motor en el byte {offset}',
  faiss_engine_cannot_search: '{type} en el byte {offset} no se puede consultar con el faiss del motor ({reason})',
  faiss_engine_metric:
    '{type} usa la métrica {metric}: el motor solo lee índices L2 y de producto interno en el byte {offset}',
  faiss_engine_unsupported_value:
    '{field} = {value}: el faiss del motor aquí solo funciona con {allowed} en el byte {offset}',
  faiss_engine_limit: '{field} = {value} está fuera de lo que maneja el motor ({min}…{max}) en el byte {offset}',
  faiss_engine_untrained_part:
    '{type} en el byte {offset} no está entrenado aunque el índice que lo rodea sí: faiss no puede buscar en él',
  faiss_engine_unreadable: 'faiss no puede leer este índice ({reason})',
  faiss_engine_no_reconstruct:
    'faiss no puede devolver los vectores guardados de este índice: reconstruct_n abortaría el proceso ({type} en el byte {offset}{reason, select, missing {: sus ids no cubren de 0 a {max}} other {}})',
  faiss_trailing_bytes: 'se ignoran {count} bytes tras el final del índice',
  faiss_nprobe_zero: 'el nprobe guardado es {nprobe}: faiss no consultará ninguna lista invertida',
  faiss_k_factor_low: 'el k_factor guardado es {value}: la reordenación necesita al menos 1',

  // ---- files (said after the path)
  file_missing: 'no existe ese archivo o carpeta',
  file_not_regular: `es ${kind}, no un ${what} normal: no se leyó nada`,
  input_not_regular: `es ${kind}, no un ${what}: no se leyó nada`,
  file_unreadable: 'no se puede leer: {reason}',
  file_truncated: 'se acortó mientras se leía ({actual, number} de {expected, number} bytes): no se leyó',
  file_too_large:
    'ocupa {size, number} bytes, por encima del límite de {limit, number} bytes que lee esta aplicación: no se leyó',
  output_not_folder: `la carpeta de salida es ${kind}, no una carpeta`,
  output_not_writable: 'no se puede escribir en la carpeta de salida',
  output_folder_unusable: 'la carpeta de salida no se puede usar: {reason}',
  output_not_regular: `no se puede escribir: es ${kind}; elige un nombre de archivo normal`,
  output_exists: 'ya existe: no se escribió nada (usa --force para sobrescribir)',

  // ---- library actions
  retune_no_index: 'no tiene índice que reajustar (mira los hallazgos del diagnóstico)',
  retune_several_indexes: 'tiene {count} índices candidatos: deja uno junto al modelo y luego reajústalo',
  retune_index_unusable: 'su índice no se puede reajustar: {reason}',
  retune_no_nprobe: 'su índice ({type}) no es un índice IVF: no tiene n_probe que guardar',
  retune_target_unreachable:
    'ningún n_probe alcanza un recall estimado de {target, number, percent} (buscar en las {nlist, number} listas da {best, number, percent})',
  retune_no_estimate: 'no se puede elegir un n_probe por recall: {reason}',
  retune_same_output: 'escribiría {file}, que otro modelo de este lote también escribe: reajústalo con --out-dir',
  retune_output_exists: 'escribiría {file}, que ya existe: no se sobrescribió nada',
  retune_unchanged: 'su índice ya guarda n_probe {nprobe}: nada que escribir',
  share_pair_broken: 'no puede ir en un zip para compartir con este modelo: {reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'el pickle termina antes de tiempo en el byte {offset} (¿archivo truncado o dañado?)',
  pickle_unknown_opcode:
    'el byte {offset} contiene {byte}, que no es una instrucción de pickle (archivo dañado, o no es un pickle)',
  pickle_opcode_refused:
    'el pickle pide la instrucción {opcode} en el byte {offset}, que un archivo de modelo nunca necesita: rechazado, no se ejecutó nada',
  pickle_global_refused:
    'el pickle pide {name} en el byte {offset}, que un modelo de voz nunca necesita: rechazado, no se ejecutó nada (un archivo de modelo que llama a código está roto o es malicioso)',
  pickle_call_refused:
    'el pickle llama a {name} en el byte {offset}, algo que un modelo de voz nunca hace: rechazado, no se ejecutó nada',
  pickle_bad_arguments:
    'el pickle llama a {name} en el byte {offset} con argumentos que torch.save nunca escribe: rechazado, no se ejecutó nada',
  pickle_bad_persistent_id:
    'el pickle nombra un almacenamiento de tensor en el byte {offset} de una forma que torch.save nunca escribe: rechazado',
  pickle_tensor_outside_storage:
    'un tensor en el byte {offset} va más allá del final de su almacenamiento data/{key} (¿archivo dañado?)',
  pickle_protocol: 'el protocolo de pickle {protocol} no es uno de los que escribe torch.save (se leen del 2 al 5)',
  pickle_malformed: 'el pickle está mal formado en el byte {offset}: {detail}',
  pickle_limit: 'el pickle supera el límite de {limit} {what} en el byte {offset}: rechazado',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: 'no es ni una carpeta ni un archivo .zip: abre una carpeta de modelos o un .zip',
  link_outside_root: 'es un enlace a un lugar fuera de la carpeta elegida: no se sigue',
  link_broken: 'es un enlace que no lleva a ninguna parte: se omite',
  folder_loop: 'vuelve a una carpeta ya explorada (un bucle de enlaces): se omite',
  folder_too_deep: 'está a más de {limit} carpetas de profundidad: no se explora',
  scan_limit: 'la carpeta contiene más de {limit, number} archivos y carpetas: el resto no se exploró',
  zip_too_deep: 'es un zip dentro de un zip dentro de un zip: no se abre (descomprime primero el exterior)',
  training_checkpoint_skipped:
    'es un punto de control de entrenamiento (G_/D_): RVC y Applio no lo cargan como modelo de voz, así que se omite',

  // ---- voice-model libraries: zip files
  zip_unreadable: 'no es un archivo zip que esta aplicación pueda leer ({reason})',
  zip_too_many_entries:
    'contiene {count, number} entradas, más de las {limit, number} que necesita un zip de modelo: rechazado',
  zip_entry_bad_name: 'tiene un nombre vacío o caracteres de control en su nombre: el zip se rechaza',
  zip_entry_backslash:
    'tiene una barra invertida en su nombre (una ruta de Windows, o un truco para salir de la carpeta al extraer): el zip se rechaza',
  zip_entry_absolute: 'tiene como nombre una ruta absoluta o una letra de unidad: el zip se rechaza',
  zip_entry_traversal: 'tiene «..» en su nombre, lo que sale de la carpeta al extraer: el zip se rechaza',
  zip_entry_duplicate: 'aparece dos veces en el zip: el zip se rechaza',
  zip_entry_not_regular: 'es un {kind}, no un archivo: el zip se rechaza',
  zip_entry_encrypted: 'está cifrado: el zip se rechaza (vuelve a comprimirlo sin contraseña)',
  zip_entries_overlap: 'se superpone a los datos de {other} (un truco de bomba zip): el zip se rechaza',
  zip_entry_ratio:
    'se expandiría {ratio, number} veces su tamaño comprimido, por encima del límite de {limit, number} (¿una bomba zip?): no se lee',
  zip_entry_method: 'usa el método de compresión {method}; solo se leen entradas almacenadas y deflate',
  zip_entry_size_mismatch:
    'no contiene los {size, number} bytes que declara su cabecera (archivo dañado o bomba zip): no se lee',
  zip_entry_corrupt: 'no se puede leer: {reason}',
  zip_budget: 'llevaría esta exploración más allá de {limit, number} bytes leídos de zips: no se lee',
  index_not_faiss: 'no es un índice faiss que esta aplicación pueda leer: {reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'no es un archivo de modelo de PyTorch: torch.save escribe un zip que contiene data.pkl (o, antes de torch 1.6, un pickle que empieza por su número mágico)',
  pth_no_pickle: 'es un zip sin el data.pkl que escribe torch.save: no es un archivo de modelo de PyTorch',
  pth_several_pickles: 'contiene más de un data.pkl: no es un archivo escrito por torch.save',
  pth_storage_missing: 'nombra datos de tensor {record} que el archivo no contiene (¿archivo dañado?)',
  pth_storage_short:
    'contiene {actual, number} bytes en {record} donde sus tensores necesitan {expected, number} (¿archivo truncado?)',
  pth_not_a_model:
    'no es un modelo de voz de RVC: no tiene diccionario `weight` (los modelos de RVC y Applio contienen weight, config, sr, f0, version)',
  pth_training_checkpoint:
    'es un punto de control de entrenamiento (model, optimizer), no un modelo de voz: usa el modelo pequeño que RVC o Applio extrajo de él',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    'no se encontró índice para este modelo: RVC convierte sin recuperación, así que la tasa de índice no hace nada. Solución: pon el added_….index del modelo a su lado (misma carpeta, o un nombre de archivo que contenga el nombre del modelo)',
  several_indexes:
    '{count} índices encajan con este modelo ({indexes}); RVC y Applio toman el primero que encuentra su recorrido de carpetas. Solución: deja a su lado solo el índice added_ propio de este modelo, o ponle el nombre del modelo',
  index_unreadable: '{index} no se puede usar: {reason}. Solución: descarga o vuelve a construir el índice',
  index_partial:
    '{index} solo se leyó en parte ({reason}), así que faltan algunas comprobaciones. Solución: nada si RVC lo carga; si no, reconstrúyelo como IVF…,Flat',
  index_empty:
    '{index} no contiene vectores (ntotal {ntotal}): un índice trained_ solo contiene el agrupamiento, así que RVC no encuentra vecinos («You used a wrong .index file»). Solución: usa el índice added_ de la misma carpeta de entrenamiento, o reconstruye el índice',
  dim_mismatch:
    'el índice contiene vectores de {indexDim} dimensiones pero el modelo toma características de {modelDim} dimensiones: RVC se detiene con «assert d == self.d». Solución: usa el índice construido con las características de este modelo (modelos v1: 256, v2: 768)',
  metric_not_l2:
    'el índice usa la métrica {metric}: RVC pondera los vecinos por 1/distancia², lo que supone distancias L2, así que mezclará mal. Solución: reconstruye el índice con la métrica L2',
  not_reconstructable:
    '{type} no puede devolver sus vectores guardados (reconstruct_n), que RVC llama al cargar el índice: {crashes, select, yes {faiss aborta y RVC falla} other {la carga falla}}. Solución: reconstrúyelo como IVF…,Flat (o vuelve a exportarlo desde esta aplicación)',
  fastscan_k_factor:
    'FastScan con k_factor {kFactor}: la búsqueda de RVC pide {candidates} candidatos, y faiss-cpu 1.7.3 (que RVC fija) pasa por encima de 20 a un top-k que aborta con datos de distancias empatadas (silencio). Solución: guarda un k_factor ≤ {safe} (set-params o reajuste)',
  nprobe_1:
    'n_probe guardado en 1: RVC busca en 1 de {nlist, number} listas y encuentra cerca del 70 % de los vecinos que encontraría la búsqueda exacta (top 8). Solución: reajusta a n_probe 8–16 (una copia con el valor nuevo; el modelo no se toca)',
  index_above_compress_threshold:
    'el índice contiene {ntotal, number} vectores ({bytes, number} bytes): el botón de RVC sustituye más de {threshold, number} fotogramas por {centroids, number} centroides de k-means, así que este archivo es más grande y más lento que el de RVC. Solución: nada si va bastante rápido; la regla de RVC da un índice pequeño de centroides',
  index_centroids:
    'el índice contiene exactamente {centroids, number} vectores: la señal de RVC de que las características de entrenamiento tenían más de {threshold, number} fotogramas y se sustituyeron por centroides de k-means, así que los vecinos son centroides, no fotogramas reales. Solución: nada; un índice de todos los fotogramas puede sonar más cercano a la voz',
  version_unknown:
    'el modelo dice versión «{declared}», que ni RVC ni Applio conocen (v1 o v2): puede que no cargue. Solución: vuelve a extraer el modelo con RVC o Applio',
  model_dim_unknown:
    'el modelo no tiene embedding de fonemas (enc_p.emb_phone.weight), así que su dimensión de características es desconocida y el índice no se puede comprobar con él',
  version_shape_mismatch:
    '{declared, select, yes {el modelo dice {version}} other {el modelo no tiene versión, así que RVC lo carga como {version}}}, que toma características de {expected} dimensiones, pero su embedding de fonemas toma {dim}: RVC y Applio construyen la red equivocada y no lo cargan. Solución: vuelve a extraer el modelo con la versión correcta',

  // ---- recall estimate
  estimate_caveat:
    'Estimado a partir de los vectores del propio índice ({queries}, cada uno excluido de su propia búsqueda), no medido en audio reservado; la voz de otro cantante puede encontrar menos vecinos',
  estimate_index_empty:
    'el índice no contiene vectores (¿un índice trained_?): no hay nada de lo que estimar el recall',
  estimate_too_few_vectors:
    'el índice contiene {ntotal, plural, one {# vector} many {# vectores} other {# vectores}}: estimar el recall top-{k} necesita al menos {needed}',
  estimate_metric_unsupported:
    'el índice usa una métrica distinta de L2 o producto interno: no hay estimación de recall',
  estimate_not_reconstructable:
    'el índice no puede devolver sus vectores guardados (reconstruct_n), de los que se hace la estimación de recall: {reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    'solo se usa {file}; otros {others} archivos .npy de {folder} no se cargan (abre la carpeta para usarlos)',
  features_both_folders:
    'existen {folder} y {other}: se usa {folder} ({version}) (abre {otherPath} para las características {otherVersion})',
  features_folder_empty: '{folder} no tiene archivos .npy: se usa {used} ({version})',
  features_total_fea_ignored: '{file} ignorado: repite los fotogramas de los otros {count} archivos .npy',
  features_width_mismatch:
    '{folder}: contiene características de ancho {d}, pero las de {version} tienen ancho {expected}',
  feature_squeezed: '{file}: forma {shape} reducida a ({rows}, {d})',
  feature_float16: '{file}: float16 convertido a float32',
  feature_float64: '{file}: float64 convertido a float32 (se pierde la precisión más allá de float32)',
  feature_empty: '{file}: no tiene fotogramas (forma {shape}); se omite',
  feature_trailing_bytes: '{file}: se ignoran {count} bytes tras los datos',
  feature_nonfinite:
    '{file}: {dropped} de {rows} filas contienen {float64, select, yes {NaN/Inf (o valores float64 fuera del rango de float32)} other {NaN/Inf}}; descartadas',
  features_grouped:
    '{kind, select, squeezed {{count} archivos tienen forma (1, fotogramas, d); reducidos a (fotogramas, d)} float16 {{count} archivos contienen float16; convertido a float32} other {{count} archivos contienen float64; convertido a float32}}: {named} y {more} más (los avisos de cada archivo se listan con él)',
  memory_over_limit:
    'las características de {where} ({n} × {d} float32){index, select, yes { y el índice} other {}} necesitan {neededSize}, más del {percent} % de los {usableSize} de memoria de este equipo: usa un equipo con más memoria, o menos archivos de características',
  memory_not_free:
    'las características de {where} ({n} × {d} float32){index, select, yes { y el índice} other {}} necesitan {neededSize} pero ahora solo hay {freeSize} de memoria disponible: cierra otros programas, o usa un equipo con más memoria, o menos archivos de características',
  memory_tight:
    'las características de {where} ({n} × {d} float32){index, select, yes { y el índice} other {}} necesitan {neededSize} pero el sistema indica {freeSize} libres: la carga puede ir lenta mientras libera memoria',
  split_files_sampled:
    'los {files} archivos reservados contienen {held} fotogramas: se usa como consultas una muestra con semilla de {queries} de ellos',
  split_no_file_set:
    'ningún conjunto de archivos enteros da {min}+ fotogramas de consulta mientras el índice conserva el {keep} % de los {n} fotogramas',
  split_too_few_frames:
    '{n} fotogramas son muy pocos para una división de evaluación (se necesitan {needed}: {min} fotogramas de consulta mientras el índice conserva el 75 %); evalúa con un archivo o carpeta de consultas (--queries)',
  split_frame_block:
    '{single, select, yes {solo un archivo de características ({file})} other {imposible reservar archivos enteros}}: las consultas son los fotogramas {first}-{last}, un bloque contiguo, con {guard} fotogramas a cada lado también fuera del índice; el recall puede salir algo alto porque los fotogramas de una misma grabación se parecen',
  split_queries_sampled:
    'el conjunto de consultas contiene {total} fotogramas: se usa una muestra con semilla de {queries} de ellos',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'la α-expansión normaliza los vectores en L2: RVC mezclará características de longitud unidad (usa la métrica IP, o baja index_rate)',
  compress_skipped: 'se omite la compresión a {centroids} centroides: solo hay {n} vectores',
  eval_ip_normalised:
    'índice de producto interno: las consultas se normalizan en L2 (coseno), como en los índices IP que construye esta aplicación',
  eval_queries_stored:
    '{stored} de {queries} fotogramas de consulta están guardados en {index} (una exportación contiene todos los fotogramas): el recall está inflado; pasa --queries con características que el índice no haya visto',
  blend_without_reconstruct:
    'este índice no puede reconstruir sus vectores (RVC necesita reconstruct_n): blend_error usa los vectores originales',

  // ---- export checks
  check_metric_l2: 'L2: se aplican los pesos 1/distancia² de RVC',
  check_ntotal: '{ntotal} vectores guardados ({expected} esperados)',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) devuelve vectores finitos',
  check_reconstruct_nonfinite: 'reconstruct_n devolvió valores no finitos',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) falla: {reason}; RVC no puede cargar este índice',
  check_ids_mapped: 'el índice asigna ids propios; RVC necesita los ids 0..ntotal-1',
  check_ids_ok: 'los ids son 0..ntotal-1',
  check_fastscan_heap: 'la búsqueda FastScan de RVC pide {candidates} candidatos: faiss usa su top-k por montículo',
  check_fastscan_aborts:
    'la búsqueda FastScan de RVC pide {candidates} candidatos (k_factor {kFactor}): faiss-cpu 1.7.3, que RVC fija, pasa entonces a un top-k que aborta con algunos datos de distancias empatadas (aserción de partitioning.cpp). Un k_factor ≤ {max} lo evita; las búsquedas de esta aplicación no se ven afectadas',
  check_nprobe_none: 'no es un índice IVF: no hay n_probe',
  check_nprobe_stored: 'n_probe {nprobe} guardado en el archivo (RVC nunca lo cambia)',

  // ---- browser mode
  web_unreachable:
    'no se puede contactar con el servidor de RVC Index Studio ({reason}): ¿sigue en marcha `npm run web`?',
  web_no_token:
    'esta página no tiene un token de acceso válido: abre la URL exacta que mostró `npm run web` (termina en ?token=…)',
  web_forbidden:
    "el servidor rechazó esta dirección: ábrela como http://127.0.0.1:'<port>'/ (la URL que mostró `npm run web`)",
  web_no_json: 'el servidor respondió a {method} con HTTP {status} y sin JSON',
  web_bad_body: 'el servidor respondió a {method} con un contenido inesperado',
};
