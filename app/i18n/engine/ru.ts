// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsRu } from './errors/ru';

const help = "ожидаются части вроде IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat (через запятую)";
const kind =
  '{kind, select, folder {папка} fifo {FIFO (именованный канал)} socket {сокет} device {устройство} link {символическая ссылка} file {файл} other {специальный файл}}';
const what =
  '{what, select, index {файл индекса} npy {файл .npy} pth {файл модели} zip {zip-файл} experiment {папка признаков или файл .npy} queries {папка запросов или файл .npy} library {папка моделей или .zip} other {файл}}';

export const engineRu: EngineCatalogue = {
  ...errorsRu,
  // ---- data
  few_distinct_rows:
    'лишь {distinct, plural, one {# различный вектор} few {# различных вектора} many {# различных векторов} other {# различного вектора}} среди {sampled, number} выбранных строк: признаки почти целиком копии друг друга (тишина, зависший экстрактор?), и никакой индекс по ним не поможет RVC',
  lists_mostly_empty:
    '{empty, number} из {nlist, number} инвертированных списков пусты: k-means нашёл меньше различных точек, чем списков; возьмите гораздо меньше списков (--n-ivf) или проверьте признаки',
  recall_trivial:
    'индекс содержит лишь {distinct, plural, one {# различный вектор} few {# различных вектора} many {# различных векторов} other {# различного вектора}} среди {sampled, number} выбранных: соседи равноудалены, поэтому любой ответ точен и полнота тривиально равна 100 % — столбцы полноты показывают лишь, какие из равноудалённых id вернулись',

  // ---- engine
  faiss_variant_unknown:
    'RVC_FAISS_VARIANT равна «{value}»: используйте generic или avx2 (или уберите её, чтобы выбор шёл по процессору)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, но {file} не собран (собраны: {built}); выполните «npm run build» на Linux x86-64 для обоих',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, но этот процессор или эта ОС не могут выполнять код AVX2 (AVX2, FMA, F16C с сохранением состояния AVX системой)',

  // ---- export, rvc
  metric_ip:
    'метрика скалярного произведения: RVC взвешивает соседей по 1/расстояние², что предполагает расстояния L2, — в RVC этот индекс будет смешивать неверно',
  rvc_metric_not_l2:
    'метрика {metric}: RVC взвешивает соседей по 1/расстояние², что предполагает L2, — в RVC этот индекс будет смешивать неверно',

  // ---- factory strings and build plans
  factory_empty: 'строка фабрики пуста',
  factory_n_unset: "для '{n}' нужно значение: задайте n_ivf",
  factory_zero: 'числа в строке фабрики должны быть не меньше 1',
  factory_empty_part: 'в строке фабрики пустая часть (две запятые подряд?)',
  factory_no_index: `в строке фабрики после преобразований нужен индекс: ${help}`,
  factory_unknown_part: `неизвестная часть ''{token}'': ${help}`,
  factory_not_built: `''{token}'' — индекс faiss, который это приложение не строит: ${help}`,
  factory_id_map:
    "''{token}'' не поддерживается: RVC нумерует векторы от 0 до N−1 и читает их обратно через reconstruct_n, чего карта id не умеет; уберите ''{token},'' (например, ''{rest}'')",
  factory_out_of_place: "''{token}'' не на своём месте: сначала преобразования, затем индекс, затем RFlat",
  factory_fastscan_bits: '{token}: коды FastScan («fs») должны быть 4-битными (PQ{m}x4fs)',
  factory_pq_bits: '{token}: число бит на код PQ должно быть от 1 до 16',
  factory_reduce_above_d: '{token}: нельзя уменьшить d = {d} до {target} измерений',
  factory_opq_divide: '{token}: {m} подвекторов OPQ должны делить размерность {d}',
  factory_ivf_no_codes: 'после {token} нужно указать, как хранятся векторы, например {token},Flat',
  factory_refine_twice: '{token}: поддерживается только один этап переранжирования',
  factory_hnsw_m: 'HNSW{m}: M должно быть от 4 до 256',
  factory_pq_divide: 'PQ{m}: m = {m} должно делить размерность векторов {d} (попробуйте {divisors})',
  factory_pq_too_few: 'PQ с {bits}-битными кодами нужно не меньше {needed} обучающих векторов; их {n}',
  factory_ivf_too_few:
    'IVF{nlist} нужно не меньше {nlist} обучающих векторов (по одному на список); их {n}. Уменьшите n_ivf максимум до {max}.',
  factory_ivf_sparse:
    'у IVF{nlist} меньше {min} обучающих векторов на список ({perList, number, ::.0}); faiss выдаст предупреждение, а списки будут шумными. n_ivf ≤ {max} этого избегает.',
  factory_pq_polysemous:
    '{token} дополнительно обучает полисемантические коды (polysemous), которые поиск RVC никогда не использует; этот шаг может занять столько же, сколько остальное обучение. {token}np строит тот же индекс без него.',
  factory_refine_k_factor_1:
    'RFlat с k_factor = 1 ничего не переранжирует: полнота остаётся как у сжатых кодов. Для экспорта в RVC берите k_factor 2–2,5 (больше безопасно только в этом приложении: faiss 1.7.3 в RVC может упасть выше 2,5).',
  plan_rvc_compress:
    'N = {n} > {threshold}: индексируются {centroids} центроидов k-means, как делает RVC (индекс ≈{indexSize} вместо ≈{rvcSize}); чтобы сохранить все кадры, укажите --keep-all-frames',
  plan_nprobe_ignored: 'nprobe {nprobe} пропущен: {factory} — не индекс IVF',
  plan_k_factor_ignored: 'k_factor {kFactor} пропущен: у {factory} нет этапа переранжирования RFlat',

  // ---- faiss files
  faiss_too_short: 'слишком короткий для индекса faiss ({bytes} байт) на байте {offset}',
  faiss_not_index: 'не файл индекса faiss (начинается с {start}) на байте {offset}',
  faiss_truncated: 'файл обрывается внутри {field} (нужно {needed} байт, осталось {left}) на байте {offset}',
  faiss_vector_too_long:
    '{field} заявляет {count} элементов по {elementBytes} байт, но осталось лишь {left} байт на байте {offset}',
  faiss_list_too_long:
    'инвертированный список {list} заявляет {size} записей по {entryBytes} байт, но осталось лишь {left} байт на байте {offset}',
  faiss_impossibly_large: '{field} невозможно велико (файл повреждён?) на байте {offset}',
  faiss_unknown_tag:
    'неизвестная метка типа {kind, select, transform {преобразования} lists {инвертированных списков} other {индекса}} {tag} (файл повреждён?) на байте {offset}',
  faiss_nesting: 'вложенность объектов глубже {max} (файл повреждён?) на байте {offset}',
  faiss_unsupported: 'неподдерживаемый {fourcc} на байте {offset}',
  faiss_too_small: '{field} = {value} меньше {min} (файл повреждён?) на байте {offset}',
  faiss_not_positive: '{field} = {value} не положительно (файл повреждён?) на байте {offset}',
  faiss_out_of_range: '{field} = {value} вне {min}…{max} (файл повреждён?) на байте {offset}',
  faiss_not_equal: '{field} = {value}, но должно равняться {rule} = {expected} (файл повреждён?) на байте {offset}',
  faiss_not_one_of: '{field} = {value} не входит в {allowed} (файл повреждён?) на байте {offset}',
  faiss_not_multiple: '{field} = {value} не кратно {divisorField} = {divisor} (файл повреждён?) на байте {offset}',
  faiss_not_finite: '{field} равно {value}, а не конечному числу (файл повреждён?) на байте {offset}',
  faiss_odd_count: '{field} содержит нечётное число ({count}) значений (файл повреждён?) на байте {offset}',
  faiss_sparse_cap:
    'nlist = {nlist}: инвертированных списков больше, чем перечисляет этот читатель (не более {max}), на байте {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} инвертированных списков, но квантователь ({fourcc} на байте {quantizerAt}) допускает не более {bound} (файл повреждён?) на байте {offset}',
  faiss_untrained_with_vectors: '{type} не обучен, но содержит {ntotal} векторов (файл повреждён?) на байте {offset}',
  faiss_id_out_of_range:
    '{field} содержит id {id}, но {user} нужны id от 0 до {max} (файл повреждён?) на байте {offset}',
  faiss_dangling_entry:
    '{field} указывает на вектор {position} инвертированного списка {list}, которого нет (nlist = {nlist}, в этом списке {size}) (файл повреждён?) на байте {offset}',
  faiss_hnsw_neighbor_level:
    'узел HNSW {node} ссылается на узел {neighbor} на уровне {level}, но у того узла лишь {levels} уровней (файл повреждён?) на байте {offset}',
  faiss_lists_not_stored:
    "инвертированные списки не сохранены в этом файле ('il00'): faiss его читает, но искать по нему не может, а RVC на нём упадёт; постройте индекс заново из признаков эксперимента на байте {offset}",
  faiss_lists_on_disk:
    "инвертированные списки лежат в отдельном файле (''{tag}'', дисковые списки faiss), который это приложение не открывает; постройте индекс заново из признаков эксперимента или загрузите его со списками в faiss для Python и запишите со списками в памяти на байте {offset}",
  faiss_engine_unsupported_type:
    '{type} ({fourcc}) нельзя использовать как {role, select, quantizer {грубый квантователь индекса IVF} storage {хранилище индекса HNSW} refine {индекс переранжирования IndexRefine} other {индекс}} в движке на байте {offset}',
  faiss_engine_cannot_search: 'по {type} на байте {offset} нельзя искать с faiss движка ({reason})',
  faiss_engine_metric:
    '{type} использует метрику {metric}: движок читает только индексы L2 и скалярного произведения на байте {offset}',
  faiss_engine_unsupported_value: '{field} = {value}: faiss движка здесь работает только с {allowed} на байте {offset}',
  faiss_engine_limit: '{field} = {value} вне того, что поддерживает движок ({min}…{max}), на байте {offset}',
  faiss_engine_untrained_part:
    '{type} на байте {offset} не обучен, хотя окружающий его индекс обучен: faiss не может по нему искать',
  faiss_engine_unreadable: 'faiss не может прочитать этот индекс ({reason})',
  faiss_engine_no_reconstruct:
    'faiss не может вернуть сохранённые векторы этого индекса: reconstruct_n аварийно завершит процесс ({type} на байте {offset}{reason, select, missing {: его id не покрывают диапазон от 0 до {max}} other {}})',
  faiss_trailing_bytes: '{count} байт после конца индекса пропущены',
  faiss_nprobe_zero:
    'сохранённый nprobe равен {nprobe}: faiss не будет просматривать ни одного инвертированного списка',
  faiss_k_factor_low: 'сохранённый k_factor равен {value}: для переранжирования нужно не меньше 1',

  // ---- files (said after the path)
  file_missing: 'нет такого файла или папки',
  file_not_regular: `— это ${kind}, а не обычный ${what}: ничего не прочитано`,
  input_not_regular: `— это ${kind}, а не ${what}: ничего не прочитано`,
  file_unreadable: 'не читается: {reason}',
  file_truncated: 'укоротился во время чтения ({actual, number} из {expected, number} байт): не прочитан',
  file_too_large:
    'занимает {size, number} байт, больше предела в {limit, number} байт, который читает это приложение: не прочитан',
  output_not_folder: `папка вывода — это ${kind}, а не папка`,
  output_not_writable: 'в папку вывода нельзя записывать',
  output_folder_unusable: 'папку вывода нельзя использовать: {reason}',
  output_not_regular: `нельзя записать: это ${kind}; выберите имя обычного файла`,
  output_exists: 'уже существует: ничего не записано (для перезаписи укажите --force)',

  // ---- library actions
  retune_no_index: 'нет индекса для перенастройки (см. выводы диагностики)',
  retune_several_indexes: 'есть {count} индекса-кандидата: оставьте рядом с моделью один и перенастройте его',
  retune_index_unusable: 'её индекс нельзя перенастроить: {reason}',
  retune_no_nprobe: 'её индекс ({type}) — не индекс IVF: у него нет n_probe для сохранения',
  retune_target_unreachable:
    'ни один n_probe не даёт оценочной полноты {target, number, percent} (поиск по всем {nlist, number} спискам даёт {best, number, percent})',
  retune_no_estimate: 'нельзя выбрать n_probe по полноте: {reason}',
  retune_same_output:
    'записала бы {file}, который записывает и другая модель этого пакета: перенастройте её с --out-dir',
  retune_output_exists: 'записала бы {file}, который уже существует: ничего не перезаписано',
  retune_unchanged: 'её индекс уже хранит n_probe {nprobe}: записывать нечего',
  share_pair_broken: 'не может войти в zip для обмена с этой моделью: {reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'pickle обрывается раньше времени на байте {offset} (файл обрезан или повреждён?)',
  pickle_unknown_opcode: 'байт {offset} содержит {byte}, а это не инструкция pickle (файл повреждён или это не pickle)',
  pickle_opcode_refused:
    'pickle запрашивает инструкцию {opcode} на байте {offset}, которая файлу модели никогда не нужна: отклонено, ничего не выполнено',
  pickle_global_refused:
    'pickle запрашивает {name} на байте {offset}, что голосовой модели никогда не нужно: отклонено, ничего не выполнено (файл модели, вызывающий код, сломан или вредоносен)',
  pickle_call_refused:
    'pickle вызывает {name} на байте {offset}, чего голосовая модель никогда не делает: отклонено, ничего не выполнено',
  pickle_bad_arguments:
    'pickle вызывает {name} на байте {offset} с аргументами, которые torch.save никогда не пишет: отклонено, ничего не выполнено',
  pickle_bad_persistent_id:
    'pickle называет хранилище тензора на байте {offset} в форме, которую torch.save никогда не пишет: отклонено',
  pickle_tensor_outside_storage:
    'тензор на байте {offset} выходит за конец своего хранилища data/{key} (файл повреждён?)',
  pickle_protocol: 'протокол pickle {protocol} не из тех, что пишет torch.save (читаются со 2 по 5)',
  pickle_malformed: 'pickle искажён на байте {offset}: {detail}',
  pickle_limit: 'pickle превышает предел {limit} {what} на байте {offset}: отклонено',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: 'не папка и не файл .zip: откройте папку моделей или один .zip',
  link_outside_root: '— ссылка на место вне выбранной папки: не отслеживается',
  link_broken: '— ссылка, ведущая в никуда: пропущена',
  folder_loop: 'ведёт обратно в уже просмотренную папку (петля ссылок): пропущено',
  folder_too_deep: 'вложено глубже {limit} папок: не просмотрено',
  scan_limit: 'в папке больше {limit, number} файлов и папок: остальное не просмотрено',
  zip_too_deep: '— zip внутри zip внутри zip: не открыт (сначала распакуйте внешний)',
  training_checkpoint_skipped:
    '— контрольная точка обучения (G_/D_): RVC и Applio не загружают её как голосовую модель, поэтому она пропущена',

  // ---- voice-model libraries: zip files
  zip_unreadable: 'не zip-файл, который может прочитать это приложение ({reason})',
  zip_too_many_entries: 'содержит {count, number} записей — больше {limit, number}, нужных zip-файлу модели: отклонено',
  zip_entry_bad_name: 'имеет пустое имя или управляющие символы в имени: zip отклонён',
  zip_entry_backslash:
    'имеет обратную косую черту в имени (путь Windows или уловка, чтобы выйти из папки при распаковке): zip отклонён',
  zip_entry_absolute: 'имеет в качестве имени абсолютный путь или букву диска: zip отклонён',
  zip_entry_traversal: 'имеет «..» в имени, что выводит из папки при распаковке: zip отклонён',
  zip_entry_duplicate: 'встречается в zip дважды: zip отклонён',
  zip_entry_not_regular: '— это {kind}, а не файл: zip отклонён',
  zip_entry_encrypted: 'зашифрован: zip отклонён (упакуйте заново без пароля)',
  zip_entries_overlap: 'перекрывает данные {other} (уловка zip-бомбы): zip отклонён',
  zip_entry_ratio:
    'распаковался бы в {ratio, number} раз больше своего сжатого размера, выше предела {limit, number} (zip-бомба?): не прочитан',
  zip_entry_method: 'использует метод сжатия {method}; читаются только записи stored и deflate',
  zip_entry_size_mismatch:
    'не содержит {size, number} байт, заявленных в заголовке (файл повреждён или zip-бомба): не прочитан',
  zip_entry_corrupt: 'не читается: {reason}',
  zip_budget: 'вывел бы этот просмотр за {limit, number} байт, прочитанных из zip: не прочитан',
  index_not_faiss: 'не индекс faiss, который может прочитать это приложение: {reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'не файл модели PyTorch: torch.save пишет zip с data.pkl (или, до torch 1.6, pickle, начинающийся с его магического числа)',
  pth_no_pickle: '— zip без data.pkl, который пишет torch.save: не файл модели PyTorch',
  pth_several_pickles: 'содержит больше одного data.pkl: не файл, записанный torch.save',
  pth_storage_missing: 'ссылается на данные тензора {record}, которых нет в файле (файл повреждён?)',
  pth_storage_short:
    'содержит {actual, number} байт в {record}, а его тензорам нужно {expected, number} (файл обрезан?)',
  pth_not_a_model:
    'не голосовая модель RVC: в ней нет словаря `weight` (модели RVC и Applio содержат weight, config, sr, f0, version)',
  pth_training_checkpoint:
    '— контрольная точка обучения (model, optimizer), а не голосовая модель: используйте маленькую модель, которую из неё извлёк RVC или Applio',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    'для этой модели не найден индекс: RVC преобразует без поиска, и коэффициент индекса ни на что не влияет. Исправление: положите added_….index модели рядом с ней (в ту же папку или с именем файла, содержащим имя модели)',
  several_indexes:
    'этой модели подходят {count} индекса ({indexes}); RVC и Applio берут тот, что первым встретится при обходе папки. Исправление: оставьте рядом только собственный индекс added_ этой модели или назовите его по модели',
  index_unreadable: '{index} нельзя использовать: {reason}. Исправление: скачайте или постройте индекс заново',
  index_partial:
    '{index} прочитан лишь частично ({reason}), поэтому часть проверок отсутствует. Исправление: не нужно, если RVC его загружает; иначе перестройте его как IVF…,Flat',
  index_empty:
    '{index} не содержит векторов (ntotal {ntotal}): индекс trained_ хранит лишь кластеризацию, поэтому RVC не находит соседей («You used a wrong .index file»). Исправление: используйте индекс added_ из той же папки обучения или перестройте индекс',
  dim_mismatch:
    'индекс хранит {indexDim}-мерные векторы, а модель принимает {modelDim}-мерные признаки: RVC останавливается на «assert d == self.d». Исправление: используйте индекс, построенный из признаков этой модели (модели v1: 256, v2: 768)',
  metric_not_l2:
    'индекс использует метрику {metric}: RVC взвешивает соседей по 1/расстояние², что предполагает расстояния L2, поэтому будет смешивать неверно. Исправление: перестройте индекс с метрикой L2',
  not_reconstructable:
    '{type} не может вернуть сохранённые векторы (reconstruct_n), которые RVC запрашивает при загрузке индекса: {crashes, select, yes {faiss аварийно завершается, и RVC падает} other {загрузка не удаётся}}. Исправление: перестройте его как IVF…,Flat (или экспортируйте заново из этого приложения)',
  fastscan_k_factor:
    'FastScan с k_factor {kFactor}: поиск RVC запрашивает {candidates} кандидатов, а faiss-cpu 1.7.3 (закреплённый в RVC) выше 20 переключается на top-k, который аварийно завершается на данных с равными расстояниями (тишина). Исправление: сохраните k_factor ≤ {safe} (set-params или перенастройка)',
  nprobe_1:
    'сохранён n_probe 1: RVC просматривает 1 из {nlist, number} списков и находит около 70 % соседей, которых нашёл бы точный поиск (top 8). Исправление: перенастройте на n_probe 8–16 (копия с новым значением; модель не затрагивается)',
  index_above_compress_threshold:
    'индекс хранит {ntotal, number} векторов ({bytes, number} байт): собственная кнопка RVC заменяет более {threshold, number} кадров на {centroids, number} центроидов k-means, поэтому этот файл больше и медленнее, чем у RVC. Исправление: не нужно, если он работает достаточно быстро; правило RVC даёт небольшой индекс центроидов',
  index_centroids:
    'индекс хранит ровно {centroids, number} векторов: признак того, что в RVC обучающих признаков было больше {threshold, number} кадров и их заменили центроидами k-means, поэтому соседи — центроиды, а не настоящие кадры. Исправление: не нужно; индекс по всем кадрам может звучать ближе к голосу',
  version_unknown:
    'модель указывает версию «{declared}», которую не знают ни RVC, ни Applio (v1 или v2): она может не загрузиться. Исправление: извлеките модель заново в RVC или Applio',
  model_dim_unknown:
    'у модели нет эмбеддинга фонем (enc_p.emb_phone.weight), поэтому размерность её признаков неизвестна и индекс нельзя с ней сверить',
  version_shape_mismatch:
    '{declared, select, yes {модель указывает {version}} other {у модели нет версии, поэтому RVC загружает её как {version}}}, что предполагает {expected}-мерные признаки, но её эмбеддинг фонем принимает {dim}: RVC и Applio строят не ту сеть и не могут её загрузить. Исправление: извлеките модель заново с правильной версией',

  // ---- recall estimate
  estimate_caveat:
    'Оценка по собственным векторам индекса ({queries} векторов, каждый исключён из своего поиска), а не измерение на отложенном аудио; для голоса другого певца соседей может найтись меньше',
  estimate_index_empty: 'индекс не содержит векторов (индекс trained_?): оценивать полноту не по чему',
  estimate_too_few_vectors:
    'индекс содержит {ntotal, plural, one {# вектор} few {# вектора} many {# векторов} other {# вектора}}: для оценки полноты top-{k} нужно не меньше {needed}',
  estimate_metric_unsupported:
    'индекс использует метрику, отличную от L2 и скалярного произведения: оценки полноты нет',
  estimate_not_reconstructable:
    'индекс не может вернуть сохранённые векторы (reconstruct_n), по которым строится оценка полноты: {reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    'используется только {file}; другие .npy-файлы в {folder} ({others}) не загружены (откройте папку, чтобы их использовать)',
  features_both_folders:
    'есть и {folder}, и {other}: используется {folder} ({version}) (откройте {otherPath} для признаков {otherVersion})',
  features_folder_empty: 'в {folder} нет файлов .npy: используется {used} ({version})',
  features_total_fea_ignored: '{file} пропущен: он повторяет кадры остальных .npy-файлов ({count})',
  features_width_mismatch: '{folder}: содержит признаки ширины {d}, но признаки {version} имеют ширину {expected}',
  feature_squeezed: '{file}: форма {shape} сжата до ({rows}, {d})',
  feature_float16: '{file}: float16 преобразован в float32',
  feature_float64: '{file}: float64 преобразован в float32 (точность сверх float32 теряется)',
  feature_empty: '{file}: нет кадров (форма {shape}); пропущен',
  feature_trailing_bytes: '{file}: {count} байт после данных пропущены',
  feature_nonfinite:
    '{file}: {dropped} из {rows} строк содержат {float64, select, yes {NaN/Inf (или значения float64 вне диапазона float32)} other {NaN/Inf}}; отброшены',
  features_grouped:
    '{kind, select, squeezed {файлов с формой (1, кадры, d): {count}; сжаты до (кадры, d)} float16 {файлов с float16: {count}; преобразованы в float32} other {файлов с float64: {count}; преобразованы в float32}}: {named} и ещё {more} (предупреждения каждого файла указаны при нём)',
  memory_over_limit:
    'признакам {where} ({n} × {d} float32){index, select, yes { вместе с индексом} other {}} нужно {neededSize} — больше {percent} % из {usableSize} памяти этого компьютера: используйте компьютер с большей памятью или меньше файлов признаков',
  memory_not_free:
    'признакам {where} ({n} × {d} float32){index, select, yes { вместе с индексом} other {}} нужно {neededSize}, а сейчас доступно лишь {freeSize} памяти: закройте другие программы, используйте компьютер с большей памятью или меньше файлов признаков',
  memory_tight:
    'признакам {where} ({n} × {d} float32){index, select, yes { вместе с индексом} other {}} нужно {neededSize}, а система сообщает о {freeSize} свободной памяти: загрузка может замедлиться, пока память освобождается',
  split_files_sampled:
    'отложенные файлы ({files}) содержат {held} кадров: в качестве запросов берётся воспроизводимая выборка из {queries}',
  split_no_file_set:
    'ни один набор целых файлов не даёт {min}+ кадров запросов, если индекс сохраняет {keep} % из {n} кадров',
  split_too_few_frames:
    '{n} кадров слишком мало для разбиения на оценку (нужно {needed}: {min} кадров запросов при 75 % в индексе); оценивайте по файлу или папке запросов (--queries)',
  split_frame_block:
    '{single, select, yes {всего один файл признаков ({file})} other {отложить целые файлы невозможно}}: запросы — кадры {first}-{last}, сплошной блок, и ещё по {guard} кадров с каждой стороны тоже исключены из индекса; полнота может выйти немного завышенной, потому что кадры одной записи похожи друг на друга',
  split_queries_sampled: 'набор запросов содержит {total} кадров: используется воспроизводимая выборка из {queries}',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'α-расширение нормирует векторы по L2: RVC будет смешивать признаки единичной длины (используйте метрику IP или уменьшите index_rate)',
  compress_skipped: 'сжатие до {centroids} центроидов пропущено: векторов всего {n}',
  eval_ip_normalised:
    'индекс скалярного произведения: запросы нормированы по L2 (косинус), как для IP-индексов, которые строит это приложение',
  eval_queries_stored:
    '{stored} из {queries} кадров запросов хранятся в {index} (экспорт содержит все кадры): полнота завышена — передайте --queries с признаками, которых индекс не видел',
  blend_without_reconstruct:
    'этот индекс не может восстановить свои векторы (RVC нужен reconstruct_n): blend_error использует исходные векторы',

  // ---- export checks
  check_metric_l2: 'L2: веса 1/расстояние² в RVC работают',
  check_ntotal: 'хранится векторов: {ntotal} (ожидалось {expected})',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) возвращает конечные векторы',
  check_reconstruct_nonfinite: 'reconstruct_n вернул неконечные значения',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) не работает: {reason} — RVC не сможет загрузить этот индекс',
  check_ids_mapped: 'индекс сопоставляет собственные id; RVC нужны id 0..ntotal-1',
  check_ids_ok: 'id — это 0..ntotal-1',
  check_fastscan_heap: 'поиск FastScan в RVC запрашивает {candidates} кандидатов: faiss использует top-k на куче',
  check_fastscan_aborts:
    'поиск FastScan в RVC запрашивает {candidates} кандидатов (k_factor {kFactor}): faiss-cpu 1.7.3, закреплённый в RVC, тогда переключается на top-k, который аварийно завершается на некоторых данных с равными расстояниями (assertion в partitioning.cpp). k_factor ≤ {max} этого избегает; поиски самого приложения это не затрагивает',
  check_nprobe_none: 'не индекс IVF: n_probe нет',
  check_nprobe_stored: 'n_probe {nprobe} сохранён в файле (RVC его никогда не меняет)',

  // ---- browser mode
  web_unreachable: 'не удаётся связаться с сервером RVC Index Studio ({reason}): `npm run web` всё ещё запущен?',
  web_no_token:
    'у этой страницы нет действующего токена доступа: откройте ровно тот URL, который вывел `npm run web` (он заканчивается на ?token=…)',
  web_forbidden:
    "сервер отклонил этот адрес: откройте его как http://127.0.0.1:'<port>'/ (URL, который вывел `npm run web`)",
  web_no_json: 'сервер ответил на {method} кодом HTTP {status} без JSON',
  web_bad_body: 'сервер ответил на {method} неожиданным содержимым',
};
