// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {нет такого файла или папки} denied {доступ запрещён} folder {это папка} notdir {часть пути — не папка} loop {слишком много символических ссылок} io {ошибка ввода-вывода (неисправный диск или отключённый накопитель?)} other {{reason}}}';

export const errorsRu = {
  // ---- arguments
  arg_at_most: "{field} должен быть не больше {max} (получено ''{raw}'')",
  arg_one_of: "{field} должен быть одним из: {choices} (получено ''{raw}'')",
  arg_positive_integer: "{field} должен быть целым положительным числом (получено ''{raw}'')",
  arg_non_negative_integer: "{field} должен быть целым неотрицательным числом (получено ''{raw}'')",
  arg_number: "{field} должен быть числом (получено ''{raw}'')",
  arg_int_list: "{field} должен быть списком целых положительных чисел через запятую (получено ''{raw}'')",
  arg_unknown_option: "неизвестный параметр {option} для ''{command}'' (см. --help)",
  arg_takes_no_value: '{option} не принимает значения',
  arg_needs_value: '{option} требует значения',
  arg_positional:
    "''{command}'' ожидает {needs} (получено {count, plural, one {# аргумент} few {# аргумента} many {# аргументов} other {# аргумента}}); использование: rvc-index {usage}",
  arg_needs: '{what} требует {other}',
  arg_contradict: '{option} и {other} противоречат друг другу',
  arg_exactly_one: '{command} требует ровно одного из {first} и {second}',
  arg_above_zero: '{option} должен быть больше 0 (получено {value})',
  request_unknown_method: "неизвестный метод ''{method}''",
  request_below_min: '{field} должен быть {inclusive, select, yes {не меньше} other {больше}} {min} (запрос {method})',
  request_above_max: '{field} должен быть {inclusive, select, yes {не больше} other {меньше}} {max} (запрос {method})',
  request_invalid: '{field} недопустим: {detail} (запрос {method})',
  value_positive_integer: '{field} должен быть целым положительным числом (получено {value})',
  value_non_negative_integer: '{field} должен быть целым неотрицательным числом (получено {value})',
  sample_d_range: 'd должен быть целым числом в диапазоне {min}..{max} (768 для RVC v2, 256 для v1; получено {value})',
  set_params_nothing: 'укажите --nprobe и/или --k-factor',
  set_params_no_ivf:
    'в {name} нет IVF-индекса, поэтому задавать nprobe негде{stopped, select, yes { (чтение прервано раньше: {detail})} other {}}',
  set_params_nprobe_range: 'nprobe должен быть целым числом от 1 до nlist = {nlist} для {name}, получено {nprobe}',
  set_params_no_refine:
    'в {name} нет IndexRefine (RFlat), поэтому задавать k_factor негде{stopped, select, yes { (чтение прервано раньше: {detail})} other {}}',
  set_params_k_factor_min: 'k_factor должен быть числом ≥ 1 для {name}, получено {kFactor}',
  compress_too_many: 'нельзя сжать {n} кадров до {centroids} центроидов (не больше {n})',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} ни на что не влияет: в строке фабрики ''{factory}'' нет заполнителя '{n}' (напишите, например, {example})",
  nprobe_above_nlist: 'nprobe {nprobe} больше числа списков ({nlist})',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}: поиск RVC запросил бы у FastScan {candidates} кандидатов, а faiss 1.7.3 из поставки RVC может на этом аварийно завершиться (равные расстояния в тишине); используйте k_factor не больше {max}',
  k_factor_no_rflat: 'у {type} нет этапа переранжирования RFlat',
  ef_search_not_hnsw: '{type} — не HNSW-индекс',
  k_above_ntotal: 'k = {k} больше, чем векторов в индексе ({ntotal})',

  // ---- engine
  index_not_loaded: 'индекс {id} не загружен: постройте его заново',
  index_lost:
    'индекс {id} не загружен (он освобождён, или {where, select, worker {его рабочий процесс движка} other {движок}} перезапущен): постройте его заново',
  job_already_running: 'задание {id} уже выполняется',
  cancelled: 'отменено',
  cancelled_before_start: 'отменено до начала',
  engine_shutting_down: 'движок завершает работу',
  engine_stopped_after: '{why, select, cancel {отменено} other {завершение работы}}: движок остановлен',
  engine_worker_stopped:
    'рабочий процесс движка неожиданно остановился ({reason}){lost, select, none {} other {; потеряны индексы: {lost} (постройте их заново)}}',
  engine_worker_failed: 'рабочий процесс движка не запустился ({reason})',
  engine_not_ready: 'процесс движка завершился, не успев подготовиться ({how})',
  engine_process_stopped:
    'движок остановился ({how}); он перезапустится при следующем запросе{lost, select, none {} other {; потеряны построенные индексы: {lost} (постройте их заново)}}',
  engine_not_loadable:
    'не удаётся загрузить нативный движок faiss ({file}): {reason}. Сначала выполните «npm run build».',
  engine_out_of_memory: 'недостаточно памяти',
  engine_refused: 'движок отклонил запрос: {detail}',
  faiss_failed: 'ошибка faiss: {detail}',

  // ---- features
  npy_bad_header: 'заголовок .npy не является допустимым словарём заголовка NumPy',
  npy_bad_shape: "форма в .npy содержит ''{part}''",
  npy_no_magic: 'не файл .npy (нет сигнатуры \\x93NUMPY)',
  npy_version: 'неподдерживаемая версия .npy {major}.{minor}',
  npy_header_truncated: 'заголовок .npy обрезан',
  npy_header_short: 'заголовок .npy обрезан (нужно {needed} байт)',
  npy_empty_file: 'пуст (0 байт): извлечение признаков, вероятно, было прервано; запустите его заново или удалите файл',
  npy_header_corrupt: 'повреждённый заголовок .npy (заявлено {bytes} байт)',
  npy_header_cut: 'обрезан: файл кончается внутри заголовка .npy ({size} из {needed} байт)',
  feature_not_float:
    'содержит значения {type}, а не признаки с плавающей точкой: RVC записывает признаки float32 [кадры, d]{integer, select, yes { (целочисленные массивы в эксперименте RVC — файлы высоты тона из 2a_f0, а не признаки)} other {}}',
  feature_scalar: 'содержит одно число, а не матрицу признаков [кадры, d]',
  feature_1d:
    'одномерный {shape}; файл признаков двумерный [кадры, d] (одномерные массивы в эксперименте RVC — файлы высоты тона из 2b-f0nsf, а не признаки)',
  feature_bad_shape: 'имеет форму {shape}; ожидается [кадры, d] или [1, кадры, d]',
  feature_zero_width: 'имеет форму {shape}: строки нулевой ширины',
  feature_data_truncated:
    'обрезан: заголовок обещает {shape} {dtype} = {bytes} байт данных, но за ним лишь {available}; заново извлеките признаки для этого файла или удалите его',
  feature_width_differs:
    'имеет d = {d}, а {first} — d = {firstD}: ширина признаков в файлах различается; все файлы эксперимента должны быть от одного экстрактора признаков (v1 = 256, v2 = 768)',
  feature_changed: 'изменился во время загрузки; попробуйте ещё раз',
  features_none: 'нет файлов признаков .npy для загрузки',
  features_all_empty: 'все файлы признаков пусты (0 кадров); заново извлеките признаки',
  features_all_nonfinite: 'каждая строка каждого файла признаков содержит NaN/Inf; заново извлеките признаки',
  features_not_found:
    '{what, select, empty {пуста} no_npy {не содержит файлов .npy} other {не содержит ни папки признаков (3_feature768, 3_feature256 или extracted), ни файлов .npy}}: сначала извлеките признаки (RVC WebUI: вкладка Train, шаг 2b «Feature extraction»; Applio: вкладка Train, «Extract») или выберите папку с файлами признаков .npy',
  features_not_npy:
    "не файл .npy и не папка: откройте папку эксперимента RVC (logs/'<name>'), её папку 3_feature768 / 3_feature256 или признаки .npy",
  queries_width_mismatch:
    'у признаков запросов d = {queryD}, а у эксперимента d = {d}; извлеките запросы той же версией модели (v1 = 256, v2 = 768)',
  features_no_memory: 'не удаётся выделить {neededSize} под признаки {where}',
  features_load_cancelled: 'загрузка признаков отменена',
  split_impossible: 'слишком мало кадров, чтобы отложить запросы для оценки — выберите файл или папку запросов',

  // ---- files
  folder_unlistable: `не удаётся прочитать содержимое папки: ${fsWhy}`,
  path_unopenable: `не удаётся открыть: ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    'не удаётся записать {file}: {why, select, full {диск заполнен} too_large {файл больше, чем позволяет этот диск или учётная запись} not_writable {папка недоступна для записи} no_folder {папки не существует} folder_in_way {мешает папка с таким именем} other {{reason}}}',
  cancelled_nothing_written: 'отменено: ничего не записано',
  outputs_exist:
    '{files}: {count, plural, one {уже существует} few {уже существуют} many {уже существуют} other {уже существуют}}: ничего не записано (для перезаписи укажите --force)',
  folder_not_creatable: 'не удаётся создать {folder}: {why, select, full {диск заполнен} other {{reason}}}',
  sample_folder_not_empty: 'уже содержит файлы .npy: выберите для примера эксперимента пустую папку',
  sample_not_written: 'не удаётся записать пример в {folder}: {reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist} нужно не меньше {nlist} обучающих векторов; это построение обучается на {rows} (остальные отложены для оценки)',
  eval_metric_unsupported: 'оценивать можно только индексы L2 и скалярного произведения',
  eval_dim_mismatch: 'содержит векторы размерности {indexD}, а у {root} d = {d}',
  eval_no_held_out: 'в {root} нет отложенных файлов для запросов: укажите --queries',
  eval_not_reconstructable: 'этот индекс не может вернуть свои векторы (reconstruct_n), а RVC это нужно',
  tuning_no_queries:
    'у этого построения нет запросов для оценки (постройте с отложенной частью или выберите папку запросов)',
  export_not_stored: 'индекс хранит nprobe {nprobe}, k_factor {kFactor}; ожидалось {wantNprobe}, {wantKFactor}',
  library_scan_cancelled: 'открытие библиотеки моделей отменено',
  estimate_vectors_mismatch: 'сохранённые векторы содержат {values} значений, а не {ntotal} × {d}',

  // ---- transports
  request_job_running: "{method}: job_id: ''{id}'' уже выполняется",
  request_refused:
    '{why, select, host {недопустимый хост} method {метод не разрешён} token {токен отсутствует или неверен} post {используйте POST} session {неверный заголовок {header}} too_large {тело запроса слишком велико: предел {limit} байт} body {неверное тело запроса: {detail}} sender {отклонено: сообщение пришло не из окна студии} method_type {метод должен быть строкой} other {отклонено}}',
  web_internal: 'внутренняя ошибка сервера (подробности — в журнале сервера)',
  owner_gone: 'окно или вкладка, запросившая это построение, закрыта: её индекс освобождён',
  main_no_answer: 'нет ответа от главного процесса',
};
