// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {böyle bir dosya ya da klasör yok} denied {izin reddedildi} folder {bir klasör} notdir {yolun bir parçası klasör değil} loop {çok fazla sembolik bağlantı} io {giriş/çıkış hatası (bozuk disk ya da çıkarılmış sürücü?)} other {{reason}}}';

export const errorsTr = {
  // ---- arguments
  arg_at_most: "{field} en çok {max} olmalı (verilen ''{raw}'')",
  arg_one_of: "{field} şunlardan biri olmalı: {choices} (verilen ''{raw}'')",
  arg_positive_integer: "{field} pozitif bir tam sayı olmalı (verilen ''{raw}'')",
  arg_non_negative_integer: "{field} negatif olmayan bir tam sayı olmalı (verilen ''{raw}'')",
  arg_number: "{field} bir sayı olmalı (verilen ''{raw}'')",
  arg_int_list: "{field} virgülle ayrılmış pozitif tam sayılar listesi olmalı (verilen ''{raw}'')",
  arg_unknown_option: "''{command}'' için bilinmeyen seçenek {option} (bkz. --help)",
  arg_takes_no_value: '{option} değer almaz',
  arg_needs_value: '{option} bir değer ister',
  arg_positional:
    "''{command}'' şunu ister: {needs} ({count, plural, one {# argüman} other {# argüman}} verildi); kullanım: rvc-index {usage}",
  arg_needs: '{what} şunu ister: {other}',
  arg_contradict: '{option} ile {other} birbiriyle çelişiyor',
  arg_exactly_one: '{command}, {first} ve {second} seçeneklerinden tam olarak birini ister',
  arg_above_zero: '{option} 0’dan büyük olmalı (verilen {value})',
  request_unknown_method: "bilinmeyen yöntem ''{method}''",
  request_below_min: '{field} {inclusive, select, yes {en az} other {şundan büyük:}} {min} olmalı (istek {method})',
  request_above_max: '{field} {inclusive, select, yes {en çok} other {şundan küçük:}} {max} olmalı (istek {method})',
  request_invalid: '{field} geçersiz: {detail} (istek {method})',
  value_positive_integer: '{field} pozitif bir tam sayı olmalı (verilen {value})',
  value_non_negative_integer: '{field} negatif olmayan bir tam sayı olmalı (verilen {value})',
  sample_d_range: 'd, {min}..{max} arasında bir tam sayı olmalı (RVC v2 için 768, v1 için 256; verilen {value})',
  set_params_nothing: '--nprobe ve/veya --k-factor verin',
  set_params_no_ivf:
    '{name} bir IVF indeksi içermiyor, bu yüzden ayarlanacak nprobe yok{stopped, select, yes { (okuma erken durdu: {detail})} other {}}',
  set_params_nprobe_range: '{name} için nprobe 1 ile nlist = {nlist} arasında bir tam sayı olmalı, verilen {nprobe}',
  set_params_no_refine:
    '{name} bir IndexRefine (RFlat) içermiyor, bu yüzden ayarlanacak k_factor yok{stopped, select, yes { (okuma erken durdu: {detail})} other {}}',
  set_params_k_factor_min: '{name} için k_factor ≥ 1 bir sayı olmalı, verilen {kFactor}',
  compress_too_many: '{n} kare {centroids} merkeze sıkıştırılamaz (en çok {n})',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} hiçbir etki yapmaz: ''{factory}'' fabrika dizesinde '{n}' yer tutucusu yok (örneğin {example} yazın)",
  nprobe_above_nlist: 'nprobe {nprobe}, liste sayısından ({nlist}) büyük',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}: RVC’nin araması FastScan’den {candidates} aday ister ve RVC ile gelen faiss 1.7.3 bu durumda çökebilir (sessizlikte eşit uzaklıklar); en çok {max} olan bir k_factor kullanın',
  k_factor_no_rflat: '{type} bir RFlat yeniden sıralama aşaması içermiyor',
  ef_search_not_hnsw: '{type} bir HNSW indeksi değil',
  k_above_ntotal: 'k = {k}, indeksteki {ntotal} vektörden büyük',

  // ---- engine
  index_not_loaded: '{id} indeksi yüklü değil: yeniden oluşturun',
  index_lost:
    '{id} indeksi yüklü değil (serbest bırakıldı ya da {where, select, worker {motor çalışanı} other {motor}} yeniden başladı): yeniden oluşturun',
  job_already_running: '{id} işi zaten çalışıyor',
  cancelled: 'iptal edildi',
  cancelled_before_start: 'başlamadan iptal edildi',
  engine_shutting_down: 'motor kapanıyor',
  engine_stopped_after: '{why, select, cancel {iptal edildi} other {kapatıldı}}: motor durduruldu',
  engine_worker_stopped:
    'motor çalışanı beklenmedik biçimde durdu ({reason}){lost, select, none {} other {; kaybolan indeksler: {lost} (yeniden oluşturun)}}',
  engine_worker_failed: 'motor çalışanı başlatılamadı ({reason})',
  engine_not_ready: 'motor süreci hazır olmadan sona erdi ({how})',
  engine_process_stopped:
    'motor durdu ({how}); bir sonraki istekte yeniden başlar{lost, select, none {} other {; kaybolan oluşturulmuş indeksler: {lost} (yeniden oluşturun)}}',
  engine_not_loadable: 'yerel faiss motoru yüklenemiyor ({file}): {reason}. Önce "npm run build" çalıştırın.',
  engine_out_of_memory: 'bellek yetersiz',
  engine_refused: 'motor isteği reddetti: {detail}',
  faiss_failed: 'faiss başarısız oldu: {detail}',

  // ---- features
  npy_bad_header: '.npy başlığı geçerli bir NumPy başlık sözlüğü değil',
  npy_bad_shape: ".npy biçimi ''{part}'' içeriyor",
  npy_no_magic: '.npy dosyası değil (\\x93NUMPY imzası yok)',
  npy_version: 'desteklenmeyen .npy sürümü {major}.{minor}',
  npy_header_truncated: '.npy başlığı kesik',
  npy_header_short: '.npy başlığı kesik ({needed} bayt gerekli)',
  npy_empty_file:
    'boş (0 bayt): öznitelik çıkarma büyük olasılıkla yarıda kaldı; yeniden çalıştırın ya da dosyayı silin',
  npy_header_corrupt: '.npy başlığı bozuk ({bytes} bayt olduğunu söylüyor)',
  npy_header_cut: 'kesik: dosya .npy başlığının içinde bitiyor ({needed} baytın {size} baytı)',
  feature_not_float:
    '{type} değerleri tutuyor, kayan noktalı öznitelik değil: RVC float32 [kareler, d] öznitelikleri yazar{integer, select, yes { (bir RVC deneyindeki tam sayı dizileri 2a_f0’ın perde dosyalarıdır, öznitelik değil)} other {}}',
  feature_scalar: 'tek bir sayı tutuyor, [kareler, d] öznitelik matrisi değil',
  feature_1d:
    'tek boyutlu {shape}; öznitelik dosyası iki boyutludur [kareler, d] (bir RVC deneyindeki tek boyutlu diziler 2b-f0nsf’nin perde dosyalarıdır, öznitelik değil)',
  feature_bad_shape: 'biçimi {shape}; [kareler, d] ya da [1, kareler, d] bekleniyordu',
  feature_zero_width: 'biçimi {shape}: satırların genişliği 0',
  feature_data_truncated:
    'kesik: başlığı {shape} {dtype} = {bytes} bayt veri vaat ediyor ama ardından yalnızca {available} geliyor; bu dosya için öznitelikleri yeniden çıkarın ya da dosyayı silin',
  feature_width_differs:
    'd = {d} ama {first} dosyasında d = {firstD}: öznitelik genişliği dosyalar arasında farklı; bir deneyin tüm dosyaları aynı öznitelik çıkarıcıdan gelmeli (v1 = 256, v2 = 768)',
  feature_changed: 'yüklenirken değişti; yeniden deneyin',
  features_none: 'yüklenecek .npy öznitelik dosyası yok',
  features_all_empty: 'tüm öznitelik dosyaları boş (0 kare); öznitelikleri yeniden çıkarın',
  features_all_nonfinite: 'tüm öznitelik dosyalarının her satırında NaN/Inf var; öznitelikleri yeniden çıkarın',
  features_not_found:
    '{what, select, empty {boş} no_npy {hiç .npy dosyası içermiyor} other {ne öznitelik klasörü (3_feature768, 3_feature256 ya da extracted) ne de .npy dosyası içeriyor}}: önce öznitelik çıkarmayı çalıştırın (RVC WebUI: Train sekmesi, 2b adımı “Feature extraction”; Applio: Train sekmesi, “Extract”) ya da .npy öznitelik dosyalarından oluşan bir klasör seçin',
  features_not_npy:
    ".npy dosyası da klasör de değil: bir RVC deney klasörü (logs/'<name>'), onun 3_feature768 / 3_feature256 klasörünü ya da .npy öznitelikleri açın",
  queries_width_mismatch:
    'sorgu özniteliklerinde d = {queryD} ama deneyinkilerde d = {d}; sorguları aynı model sürümüyle çıkarın (v1 = 256, v2 = 768)',
  features_no_memory: '{where} öznitelikleri için {neededSize} ayrılamıyor',
  features_load_cancelled: 'özniteliklerin yüklenmesi iptal edildi',
  split_impossible: 'değerlendirme sorgularını ayırmak için kare sayısı çok az — bir sorgu dosyası ya da klasörü seçin',

  // ---- files
  folder_unlistable: `klasörün içeriği listelenemiyor: ${fsWhy}`,
  path_unopenable: `açılamıyor: ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    '{file} yazılamıyor: {why, select, full {disk dolu} too_large {dosya bu diskin ya da hesabın izin verdiğinden büyük} not_writable {klasör yazılabilir değil} no_folder {klasör yok} folder_in_way {aynı adda bir klasör engel oluyor} other {{reason}}}',
  cancelled_nothing_written: 'iptal edildi: hiçbir şey yazılmadı',
  outputs_exist:
    '{files}: {count, plural, one {zaten var} other {zaten var}}: hiçbir şey yazılmadı (üzerine yazmak için --force kullanın)',
  folder_not_creatable: '{folder} oluşturulamıyor: {why, select, full {disk dolu} other {{reason}}}',
  sample_folder_not_empty: 'zaten .npy dosyaları içeriyor: örnek deney için boş bir klasör seçin',
  sample_not_written: 'örnek {folder} içine yazılamıyor: {reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist} en az {nlist} eğitim vektörü ister; bu oluşturma {rows} vektörle eğitiliyor (geri kalanı değerlendirme için ayrıldı)',
  eval_metric_unsupported: 'yalnızca L2 ve iç çarpım indeksleri değerlendirilebilir',
  eval_dim_mismatch: '{indexD} boyutlu vektörler tutuyor ama {root} için d = {d}',
  eval_no_held_out: '{root} içinde sorgu için ayrılmış dosya yok: --queries verin',
  eval_not_reconstructable: 'bu indeks sakladığı vektörleri döndüremiyor (reconstruct_n), RVC’nin buna ihtiyacı var',
  tuning_no_queries: 'bu oluşturmanın değerlendirme sorgusu yok (ayırma ile oluşturun ya da bir sorgu klasörü seçin)',
  export_not_stored: 'indeks nprobe {nprobe}, k_factor {kFactor} saklıyor; beklenen {wantNprobe}, {wantKFactor}',
  library_scan_cancelled: 'model kitaplığının açılması iptal edildi',
  estimate_vectors_mismatch: 'saklanan vektörler {values} değer tutuyor, {ntotal} × {d} değil',

  // ---- transports
  request_job_running: "{method}: job_id ''{id}'' zaten çalışıyor",
  request_refused:
    '{why, select, host {izin verilmeyen ana makine} method {izin verilmeyen yöntem} token {belirteç eksik ya da yanlış} post {POST kullanın} session {{header} başlığı hatalı} too_large {istek gövdesi çok büyük: sınır {limit} bayt} body {geçersiz istek gövdesi: {detail}} sender {reddedildi: ileti stüdyo penceresinden gelmedi} method_type {yöntem bir dize olmalı} other {reddedildi}}',
  web_internal: 'sunucu iç hatası (ayrıntılar sunucu günlüğünde)',
  owner_gone: 'bu oluşturmayı isteyen pencere ya da sekme kapandı: indeksi serbest bırakıldı',
  main_no_answer: 'ana süreçten yanıt yok',
};
