// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {no existe ese archivo o carpeta} denied {permiso denegado} folder {es una carpeta} notdir {una parte de la ruta no es una carpeta} loop {demasiados enlaces simbólicos} io {error de entrada/salida (¿disco dañado o unidad desconectada?)} other {{reason}}}';

export const errorsEs = {
  // ---- arguments
  arg_at_most: "{field} debe ser como máximo {max} (se recibió ''{raw}'')",
  arg_one_of: "{field} debe ser uno de {choices} (se recibió ''{raw}'')",
  arg_positive_integer: "{field} debe ser un entero positivo (se recibió ''{raw}'')",
  arg_non_negative_integer: "{field} debe ser un entero no negativo (se recibió ''{raw}'')",
  arg_number: "{field} debe ser un número (se recibió ''{raw}'')",
  arg_int_list: "{field} debe ser una lista de enteros positivos separados por comas (se recibió ''{raw}'')",
  arg_unknown_option: "opción {option} desconocida para ''{command}'' (consulta --help)",
  arg_takes_no_value: '{option} no admite valor',
  arg_needs_value: '{option} necesita un valor',
  arg_positional:
    "''{command}'' necesita {needs} (se recibió {count, plural, one {# argumento} many {# argumentos} other {# argumentos}}); uso: rvc-index {usage}",
  arg_needs: '{what} necesita {other}',
  arg_contradict: '{option} y {other} se contradicen',
  arg_exactly_one: '{command} necesita exactamente uno de {first} y {second}',
  arg_above_zero: '{option} debe ser mayor que 0 (se recibió {value})',
  request_unknown_method: "método ''{method}'' desconocido",
  request_below_min:
    '{field} debe ser {inclusive, select, yes {como mínimo} other {mayor que}} {min} (solicitud {method})',
  request_above_max:
    '{field} debe ser {inclusive, select, yes {como máximo} other {menor que}} {max} (solicitud {method})',
  request_invalid: '{field} no es válido: {detail} (solicitud {method})',
  value_positive_integer: '{field} debe ser un entero positivo (se recibió {value})',
  value_non_negative_integer: '{field} debe ser un entero no negativo (se recibió {value})',
  sample_d_range: 'd debe ser un entero entre {min} y {max} (768 para RVC v2, 256 para v1; se recibió {value})',
  set_params_nothing: 'indica --nprobe y/o --k-factor',
  set_params_no_ivf:
    '{name} no tiene índice IVF, así que no hay nprobe que ajustar{stopped, select, yes { (la lectura se detuvo antes: {detail})} other {}}',
  set_params_nprobe_range: 'nprobe debe ser un entero de 1 a nlist = {nlist} para {name}; se recibió {nprobe}',
  set_params_no_refine:
    '{name} no tiene IndexRefine (RFlat), así que no hay k_factor que ajustar{stopped, select, yes { (la lectura se detuvo antes: {detail})} other {}}',
  set_params_k_factor_min: 'k_factor debe ser un número ≥ 1 para {name}; se recibió {kFactor}',
  compress_too_many: 'no se pueden comprimir {n} fotogramas en {centroids} centroides (como máximo {n})',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} no tiene efecto: la cadena de fábrica ''{factory}'' no tiene el marcador '{n}' (escribe, por ejemplo, {example})",
  nprobe_above_nlist: 'nprobe {nprobe} es mayor que el número de listas ({nlist})',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}: la búsqueda de RVC pediría {candidates} candidatos a FastScan, y el faiss 1.7.3 que trae RVC puede abortar con eso (distancias empatadas en el silencio); usa un k_factor de como máximo {max}',
  k_factor_no_rflat: '{type} no tiene etapa de reordenación RFlat',
  ef_search_not_hnsw: '{type} no es un índice HNSW',
  k_above_ntotal: 'k = {k} es mayor que los {ntotal} vectores del índice',

  // ---- engine
  index_not_loaded: 'el índice {id} no está cargado: vuelve a construirlo',
  index_lost:
    'el índice {id} no está cargado (se liberó, o {where, select, worker {su proceso de trabajo del motor} other {el motor}} se reinició): vuelve a construirlo',
  job_already_running: 'la tarea {id} ya está en curso',
  cancelled: 'cancelado',
  cancelled_before_start: 'cancelado antes de empezar',
  engine_shutting_down: 'el motor se está cerrando',
  engine_stopped_after: '{why, select, cancel {cancelado} other {cierre}}: se detuvo el motor',
  engine_worker_stopped:
    'el proceso de trabajo del motor se detuvo inesperadamente ({reason}){lost, select, none {} other {; índices perdidos: {lost} (vuelve a construirlos)}}',
  engine_worker_failed: 'el proceso de trabajo del motor no pudo arrancar ({reason})',
  engine_not_ready: 'el proceso del motor terminó antes de estar listo ({how})',
  engine_process_stopped:
    'el motor se detuvo ({how}); se reinicia con la próxima solicitud{lost, select, none {} other {; índices construidos perdidos: {lost} (vuelve a construirlos)}}',
  engine_not_loadable:
    'no se puede cargar el motor nativo de faiss ({file}): {reason}. Ejecuta primero «npm run build».',
  engine_out_of_memory: 'sin memoria suficiente',
  engine_refused: 'el motor rechazó la solicitud: {detail}',
  faiss_failed: 'faiss falló: {detail}',

  // ---- features
  npy_bad_header: 'la cabecera .npy no es un diccionario de cabecera NumPy válido',
  npy_bad_shape: "la forma .npy contiene ''{part}''",
  npy_no_magic: 'no es un archivo .npy (falta el número mágico \\x93NUMPY)',
  npy_version: 'versión .npy {major}.{minor} no admitida',
  npy_header_truncated: 'cabecera .npy truncada',
  npy_header_short: 'cabecera .npy truncada (necesita {needed} bytes)',
  npy_empty_file:
    'está vacío (0 bytes): la extracción de características probablemente se interrumpió; vuelve a ejecutarla o borra el archivo',
  npy_header_corrupt: 'cabecera .npy dañada (declara {bytes} bytes)',
  npy_header_cut: 'truncado: el archivo termina dentro de su cabecera .npy ({size} de {needed} bytes)',
  feature_not_float:
    'contiene valores {type}, no características de coma flotante: RVC escribe características float32 [fotogramas, d]{integer, select, yes { (las matrices de enteros de un experimento de RVC son archivos de tono de 2a_f0, no características)} other {}}',
  feature_scalar: 'contiene un solo número, no una matriz de características [fotogramas, d]',
  feature_1d:
    'es unidimensional {shape}; un archivo de características es bidimensional [fotogramas, d] (las matrices unidimensionales de un experimento de RVC son archivos de tono de 2b-f0nsf, no características)',
  feature_bad_shape: 'tiene forma {shape}; se esperaba [fotogramas, d] o [1, fotogramas, d]',
  feature_zero_width: 'tiene forma {shape}: filas de ancho 0',
  feature_data_truncated:
    'truncado: su cabecera promete {shape} {dtype} = {bytes} bytes de datos pero solo siguen {available}; vuelve a extraer las características de este archivo o bórralo',
  feature_width_differs:
    'tiene d = {d} pero {first} tiene d = {firstD}: el ancho de las características difiere entre archivos; todos los archivos de un experimento deben venir del mismo extractor (v1 = 256, v2 = 768)',
  feature_changed: 'cambió durante la carga; inténtalo de nuevo',
  features_none: 'no hay archivos de características .npy que cargar',
  features_all_empty:
    'todos los archivos de características están vacíos (0 fotogramas); vuelve a extraer las características',
  features_all_nonfinite:
    'cada fila de cada archivo de características contiene NaN/Inf; vuelve a extraer las características',
  features_not_found:
    '{what, select, empty {está vacía} no_npy {no tiene archivos .npy} other {no tiene carpeta de características (3_feature768, 3_feature256 o extracted) ni archivos .npy}}: primero extrae las características (RVC WebUI: pestaña Train, paso 2b «Feature extraction»; Applio: pestaña Train, «Extract») o elige una carpeta de archivos de características .npy',
  features_not_npy:
    "no es un archivo .npy ni una carpeta: abre una carpeta de experimento de RVC (logs/'<name>'), su carpeta 3_feature768 / 3_feature256, o características .npy",
  queries_width_mismatch:
    'las características de las consultas tienen d = {queryD} pero las del experimento tienen d = {d}; extrae las consultas con la misma versión de modelo (v1 = 256, v2 = 768)',
  features_no_memory: 'no se pueden reservar {neededSize} para las características de {where}',
  features_load_cancelled: 'se canceló la carga de las características',
  split_impossible:
    'muy pocos fotogramas para reservar consultas de evaluación — elige un archivo o carpeta de consultas',

  // ---- files
  folder_unlistable: `no se puede listar la carpeta: ${fsWhy}`,
  path_unopenable: `no se puede abrir: ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    'no se puede escribir {file}: {why, select, full {el disco está lleno} too_large {el archivo supera lo que permite este disco o cuenta} not_writable {la carpeta no admite escritura} no_folder {la carpeta no existe} folder_in_way {hay una carpeta con ese nombre} other {{reason}}}',
  cancelled_nothing_written: 'cancelado: no se escribió nada',
  outputs_exist:
    '{files}: {count, plural, one {ya existe} many {ya existen} other {ya existen}}: no se escribió nada (usa --force para sobrescribir)',
  folder_not_creatable: 'no se puede crear {folder}: {why, select, full {el disco está lleno} other {{reason}}}',
  sample_folder_not_empty: 'ya contiene archivos .npy: elige una carpeta vacía para el experimento de ejemplo',
  sample_not_written: 'no se puede escribir el ejemplo en {folder}: {reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist} necesita al menos {nlist} vectores de entrenamiento; esta construcción entrena con {rows} (el resto se reserva para la evaluación)',
  eval_metric_unsupported: 'solo se pueden evaluar índices L2 y de producto interno',
  eval_dim_mismatch: 'contiene vectores de {indexD} dimensiones pero {root} tiene d = {d}',
  eval_no_held_out: '{root} no tiene archivos reservados con los que consultar: pasa --queries',
  eval_not_reconstructable: 'este índice no puede devolver sus vectores almacenados (reconstruct_n), que RVC necesita',
  tuning_no_queries:
    'esta construcción no tiene consultas de evaluación (construye reservando datos o elige una carpeta de consultas)',
  export_not_stored: 'el índice guarda nprobe {nprobe}, k_factor {kFactor}; se esperaba {wantNprobe}, {wantKFactor}',
  library_scan_cancelled: 'se canceló la apertura de la biblioteca de modelos',
  estimate_vectors_mismatch: 'los vectores almacenados contienen {values} valores, no {ntotal} × {d}',

  // ---- transports
  request_job_running: "{method}: job_id ''{id}'' ya está en curso",
  request_refused:
    '{why, select, host {host no permitido} method {método no permitido} token {falta el token o es incorrecto} post {usa POST} session {cabecera {header} mal formada} too_large {cuerpo de la solicitud demasiado grande: el límite es {limit} bytes} body {cuerpo de la solicitud no válido: {detail}} sender {rechazado: el mensaje no vino de la ventana del estudio} method_type {el método debe ser una cadena} other {rechazado}}',
  web_internal: 'error interno del servidor (los detalles están en el registro del servidor)',
  owner_gone: 'la ventana o pestaña que pidió esta construcción ya no está: se liberó su índice',
  main_no_answer: 'sin respuesta del proceso principal',
};
