// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsTr } from './errors/tr';

const help = "beklenen parçalar: IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat gibi (virgülle ayrılmış)";
const kind =
  '{kind, select, folder {bir klasör} fifo {bir FIFO (adlandırılmış kanal)} socket {bir soket} device {bir aygıt} link {bir sembolik bağlantı} file {bir dosya} other {özel bir dosya}}';
const what =
  '{what, select, index {indeks dosyası} npy {.npy dosyası} pth {model dosyası} zip {zip dosyası} experiment {öznitelik klasörü ya da .npy dosyası} queries {sorgu klasörü ya da .npy dosyası} library {model klasörü ya da .zip} other {dosya}}';

export const engineTr: EngineCatalogue = {
  ...errorsTr,
  // ---- data
  few_distinct_rows:
    'örneklenen {sampled, number} satır arasında yalnızca {distinct, plural, one {# farklı vektör} other {# farklı vektör}} var: öznitelikler büyük ölçüde birbirinin kopyası (sessizlik, takılmış bir çıkarıcı?) ve bunlar üzerine hiçbir indeks RVC’ye yardım etmez',
  lists_mostly_empty:
    '{nlist, number} ters listenin {empty, number} tanesi boş: k-means listeden daha az farklı nokta buldu; çok daha az liste kullanın (--n-ivf) ya da öznitelikleri denetleyin',
  recall_trivial:
    'indeks, örneklenen {sampled, number} vektör arasında yalnızca {distinct, plural, one {# farklı vektör} other {# farklı vektör}} tutuyor: komşular aynı uzaklıkta berabere, bu yüzden her yanıt tamdır ve duyarlılık kendiliğinden %100’dür — duyarlılık sütunları yalnızca berabere kalan id’lerden hangilerinin döndüğünü gösterir',

  // ---- engine
  faiss_variant_unknown:
    'RVC_FAISS_VARIANT "{value}": generic ya da avx2 kullanın (ya da CPU’ya göre seçilmesi için kaldırın)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, ama {file} derlenmemiş (derlenenler: {built}); ikisi için Linux x86-64 üzerinde "npm run build" çalıştırın',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, ama bu CPU ya da işletim sistemi AVX2 kodu çalıştıramıyor (AVX2, FMA, F16C ve işletim sisteminin sakladığı AVX durumu)',

  // ---- export, rvc
  metric_ip:
    'iç çarpım metriği: RVC komşuları 1/uzaklık² ile ağırlıklandırır, bu L2 uzaklıkları varsayar — bu indeks RVC’de yanlış karıştırır',
  rvc_metric_not_l2:
    '{metric} metriği: RVC komşuları 1/uzaklık² ile ağırlıklandırır, bu L2 varsayar — bu indeks RVC’de yanlış karıştırır',

  // ---- factory strings and build plans
  factory_empty: 'fabrika dizesi boş',
  factory_n_unset: "'{n}' bir değer istiyor: n_ivf ayarlayın",
  factory_zero: 'bir fabrika dizesindeki sayılar en az 1 olmalı',
  factory_empty_part: 'fabrika dizesinde boş bir parça var (art arda iki virgül?)',
  factory_no_index: `fabrika dizesi dönüşümlerden sonra bir indeks istiyor: ${help}`,
  factory_unknown_part: `bilinmeyen parça ''{token}'': ${help}`,
  factory_not_built: `''{token}'' bu uygulamanın oluşturmadığı bir faiss indeksi: ${help}`,
  factory_id_map:
    "''{token}'' desteklenmiyor: RVC vektörleri 0..N−1 diye numaralar ve reconstruct_n ile geri okur, bir ID haritası bunu karşılayamaz; ''{token},'' kısmını çıkarın (ör. ''{rest}'')",
  factory_out_of_place: "''{token}'' yanlış yerde: önce dönüşümler, sonra indeks, sonra RFlat gelir",
  factory_fastscan_bits: '{token}: FastScan ("fs") kodları 4 bit kullanmalı (PQ{m}x4fs)',
  factory_pq_bits: '{token}: kod başına PQ bitleri 1 ile 16 arasında olmalı',
  factory_reduce_above_d: '{token}: d = {d}, {target} boyuta indirilemez',
  factory_opq_divide: '{token}: OPQ’nun {m} alt vektörü {d} boyutunu bölmeli',
  factory_ivf_no_codes: '{token} ardından vektörlerin nasıl saklanacağı gelmeli, ör. {token},Flat',
  factory_refine_twice: '{token}: yalnızca bir yeniden sıralama aşaması desteklenir',
  factory_hnsw_m: 'HNSW{m}: M 4 ile 256 arasında olmalı',
  factory_pq_divide: 'PQ{m}: m = {m}, vektör boyutu {d} değerini bölmeli (deneyin: {divisors})',
  factory_pq_too_few: '{bits} bitlik kodlu PQ en az {needed} eğitim vektörü ister; {n} tane var',
  factory_ivf_too_few:
    'IVF{nlist} en az {nlist} eğitim vektörü ister (liste başına bir); {n} tane var. n_ivf değerini en çok {max} yapın.',
  factory_ivf_sparse:
    'IVF{nlist} liste başına {min} eğitim vektöründen az içeriyor ({perList, number, ::.0}); faiss uyarır ve listeler gürültülü olur. n_ivf ≤ {max} bunu önler.',
  factory_pq_polysemous:
    '{token} ayrıca RVC’nin aramasının hiç kullanmadığı polisemik kodları da eğitir; bu adım eğitimin geri kalanı kadar sürebilir. {token}np aynı indeksi bu adım olmadan oluşturur.',
  factory_refine_k_factor_1:
    'k_factor = 1 ile RFlat hiçbir şeyi yeniden sıralamaz: duyarlılık sıkıştırılmış kodlarınki kalır. RVC dışa aktarımı için k_factor 2–2,5 kullanın (daha fazlası yalnızca bu uygulamada güvenli: RVC’nin faiss 1.7.3’ü 2,5’in üstünde çökebilir).',
  plan_rvc_compress:
    'N = {n} > {threshold}: RVC’nin yaptığı gibi {centroids} k-means merkezi indeksleniyor (indeks ≈{indexSize}, ≈{rvcSize} yerine); her kareyi --keep-all-frames ile koruyun',
  plan_nprobe_ignored: 'nprobe {nprobe} yok sayıldı: {factory} bir IVF indeksi değil',
  plan_k_factor_ignored: 'k_factor {kFactor} yok sayıldı: {factory} içinde RFlat yeniden sıralama aşaması yok',

  // ---- faiss files
  faiss_too_short: 'bir faiss indeksi için çok kısa ({bytes} bayt), bayt {offset}',
  faiss_not_index: 'faiss indeks dosyası değil ({start} ile başlıyor), bayt {offset}',
  faiss_truncated: 'dosya {field} içinde bitiyor ({needed} bayt gerekli, {left} kaldı), bayt {offset}',
  faiss_vector_too_long:
    '{field}, {elementBytes} baytlık {count} öğe bildiriyor ama yalnızca {left} bayt kaldı, bayt {offset}',
  faiss_list_too_long:
    '{list} ters listesi {entryBytes} baytlık {size} kayıt bildiriyor ama yalnızca {left} bayt kaldı, bayt {offset}',
  faiss_impossibly_large: '{field} olanaksız derecede büyük (bozuk dosya?), bayt {offset}',
  faiss_unknown_tag:
    'bilinmeyen {kind, select, transform {vektör dönüşümü} lists {ters liste} other {indeks}} tür etiketi {tag} (bozuk dosya?), bayt {offset}',
  faiss_nesting: 'nesneler {max} düzeyden derin iç içe (bozuk dosya?), bayt {offset}',
  faiss_unsupported: 'desteklenmeyen {fourcc}, bayt {offset}',
  faiss_too_small: '{field} = {value}, {min} altında (bozuk dosya?), bayt {offset}',
  faiss_not_positive: '{field} = {value} pozitif değil (bozuk dosya?), bayt {offset}',
  faiss_out_of_range: '{field} = {value}, {min}…{max} dışında (bozuk dosya?), bayt {offset}',
  faiss_not_equal: '{field} = {value}, ama {rule} = {expected} olmalı (bozuk dosya?), bayt {offset}',
  faiss_not_one_of: '{field} = {value}, {allowed} değerlerinden biri değil (bozuk dosya?), bayt {offset}',
  faiss_not_multiple: '{field} = {value}, {divisorField} = {divisor} katı değil (bozuk dosya?), bayt {offset}',
  faiss_not_finite: '{field} {value}, sonlu bir sayı değil (bozuk dosya?), bayt {offset}',
  faiss_odd_count: '{field} tek sayıda ({count}) değer tutuyor (bozuk dosya?), bayt {offset}',
  faiss_sparse_cap: 'nlist = {nlist}: bu okuyucunun listelediğinden fazla ters liste (en çok {max}), bayt {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} ters liste, ama niceleyici ({fourcc}, bayt {quantizerAt}) en çok {bound} tanesini karşılıyor (bozuk dosya?), bayt {offset}',
  faiss_untrained_with_vectors: '{type} eğitilmemiş ama {ntotal} vektör tutuyor (bozuk dosya?), bayt {offset}',
  faiss_id_out_of_range:
    '{field} {id} id’sini tutuyor, ama {user} 0 ile {max} arası id’ler istiyor (bozuk dosya?), bayt {offset}',
  faiss_dangling_entry:
    '{field}, {list} ters listesinin {position}. vektörünü gösteriyor, ama o yok (nlist = {nlist}, o liste {size} tutuyor) (bozuk dosya?), bayt {offset}',
  faiss_hnsw_neighbor_level:
    'HNSW düğümü {node}, {level}. düzeyde {neighbor} düğümüne bağlanıyor, ama o düğümün yalnızca {levels} düzeyi var (bozuk dosya?), bayt {offset}',
  faiss_lists_not_stored:
    "ters listeler bu dosyada saklanmıyor ('il00'): faiss okur ama içinde arama yapamaz, RVC ise çöker; indeksi deneyin özniteliklerinden yeniden oluşturun, bayt {offset}",
  faiss_lists_on_disk:
    "ters listeler ayrı bir dosyada duruyor (''{tag}'', faiss’in diskteki listeleri), bu uygulama onu açmaz; indeksi deneyin özniteliklerinden yeniden oluşturun ya da Python faiss ile listeleriyle yükleyip bellekteki listelerle yazın, bayt {offset}",
  faiss_engine_unsupported_type:
    '{type} ({fourcc}) motor tarafından {role, select, quantizer {bir IVF indeksinin kaba niceleyicisi} storage {bir HNSW indeksinin deposu} refine {bir IndexRefine’in yeniden sıralama indeksi} other {bir indeks}} olarak kullanılamaz, bayt {offset}',
  faiss_engine_cannot_search: 'bayt {offset} konumundaki {type}, motorun faiss’iyle aranamaz ({reason})',
  faiss_engine_metric:
    '{type} {metric} metriğini kullanıyor: motor yalnızca L2 ve iç çarpım indekslerini okur, bayt {offset}',
  faiss_engine_unsupported_value:
    '{field} = {value}: motorun faiss’i burada yalnızca {allowed} ile çalışır, bayt {offset}',
  faiss_engine_limit: '{field} = {value}, motorun işleyebildiği aralığın ({min}…{max}) dışında, bayt {offset}',
  faiss_engine_untrained_part:
    'bayt {offset} konumundaki {type}, çevresindeki indeks eğitilmiş olduğu hâlde eğitilmemiş: faiss içinde arama yapamaz',
  faiss_engine_unreadable: 'faiss bu indeksi okuyamıyor ({reason})',
  faiss_engine_no_reconstruct:
    'faiss bu indeksin saklı vektörlerini döndüremiyor: reconstruct_n süreci sonlandırır ({type}, bayt {offset}{reason, select, missing {: id’leri 0 ile {max} arasını kapsamıyor} other {}})',
  faiss_trailing_bytes: 'indeksin bitişinden sonraki {count} bayt yok sayıldı',
  faiss_nprobe_zero: 'saklı nprobe {nprobe}: faiss hiçbir ters listeyi aramayacak',
  faiss_k_factor_low: 'saklı k_factor {value}: yeniden sıralama en az 1 gerektirir',

  // ---- files (said after the path)
  file_missing: 'böyle bir dosya ya da klasör yok',
  file_not_regular: `${kind}, normal bir ${what} değil: hiçbir şey okunmadı`,
  input_not_regular: `${kind}, bir ${what} değil: hiçbir şey okunmadı`,
  file_unreadable: 'okunamıyor: {reason}',
  file_truncated: 'okunurken kısaldı ({expected, number} baytın {actual, number} baytı): okunmadı',
  file_too_large: '{size, number} bayt, bu uygulamanın okuduğu {limit, number} baytlık sınırın üstünde: okunmadı',
  output_not_folder: `çıktı klasörü ${kind}, bir klasör değil`,
  output_not_writable: 'çıktı klasörüne yazılamıyor',
  output_folder_unusable: 'çıktı klasörü kullanılamıyor: {reason}',
  output_not_regular: `yazılamıyor: ${kind}; normal bir dosya adı seçin`,
  output_exists: 'zaten var: hiçbir şey yazılmadı (üzerine yazmak için --force kullanın)',

  // ---- library actions
  retune_no_index: 'yeniden ayarlanacak indeksi yok (doktorun bulgularına bakın)',
  retune_several_indexes: '{count} aday indeksi var: modelin yanında birini bırakın, sonra onu yeniden ayarlayın',
  retune_index_unusable: 'indeksi yeniden ayarlanamıyor: {reason}',
  retune_no_nprobe: 'indeksi ({type}) bir IVF indeksi değil: saklanacak n_probe’u yok',
  retune_target_unreachable:
    'hiçbir n_probe {target, number, percent} tahmini duyarlılığa ulaşmıyor (tüm {nlist, number} listeyi aramak {best, number, percent} veriyor)',
  retune_no_estimate: 'duyarlılığa göre n_probe seçilemiyor: {reason}',
  retune_same_output:
    '{file} dosyasını yazacaktı, bu partideki başka bir model de onu yazıyor: --out-dir ile yeniden ayarlayın',
  retune_output_exists: '{file} dosyasını yazacaktı, o zaten var: hiçbir şeyin üzerine yazılmadı',
  retune_unchanged: 'indeksi zaten n_probe {nprobe} saklıyor: yazılacak bir şey yok',
  share_pair_broken: 'bu modelle bir paylaşım zip’ine giremez: {reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'pickle bayt {offset} konumunda erken bitiyor (kesik ya da hasarlı dosya?)',
  pickle_unknown_opcode: 'bayt {offset}, {byte} tutuyor; bu bir pickle komutu değil (hasarlı dosya ya da pickle değil)',
  pickle_opcode_refused:
    'pickle bayt {offset} konumunda {opcode} komutunu istiyor; bir model dosyasının buna hiç ihtiyacı olmaz: reddedildi, hiçbir şey çalıştırılmadı',
  pickle_global_refused:
    'pickle bayt {offset} konumunda {name} istiyor; bir ses modelinin buna hiç ihtiyacı olmaz: reddedildi, hiçbir şey çalıştırılmadı (kod çağıran bir model dosyası bozuk ya da kötü amaçlıdır)',
  pickle_call_refused:
    'pickle bayt {offset} konumunda {name} çağırıyor; bir ses modeli bunu hiç yapmaz: reddedildi, hiçbir şey çalıştırılmadı',
  pickle_bad_arguments:
    'pickle bayt {offset} konumunda {name} çağrısını torch.save’in hiç yazmadığı argümanlarla yapıyor: reddedildi, hiçbir şey çalıştırılmadı',
  pickle_bad_persistent_id:
    'pickle bayt {offset} konumunda bir tensör deposunu torch.save’in hiç yazmadığı bir biçimde adlandırıyor: reddedildi',
  pickle_tensor_outside_storage:
    'bayt {offset} konumundaki bir tensör data/{key} deposunun sonunu aşıyor (hasarlı dosya?)',
  pickle_protocol: 'pickle protokolü {protocol}, torch.save’in yazdıklarından değil (2 ile 5 arası okunur)',
  pickle_malformed: 'pickle bayt {offset} konumunda bozuk: {detail}',
  pickle_limit: 'pickle bayt {offset} konumunda {limit} {what} sınırını aşıyor: reddedildi',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: 'ne bir klasör ne de bir .zip dosyası: bir model klasörü ya da bir .zip açın',
  link_outside_root: 'seçilen klasörün dışındaki bir yere bağlantı: izlenmedi',
  link_broken: 'hiçbir yere gitmeyen bir bağlantı: atlandı',
  folder_loop: 'zaten taranmış bir klasöre geri götürüyor (bağlantı döngüsü): atlandı',
  folder_too_deep: '{limit} klasörden daha derinde: taranmadı',
  scan_limit: 'klasörde {limit, number} taneden fazla dosya ve klasör var: gerisi taranmadı',
  zip_too_deep: 'zip içinde zip içinde bir zip: açılmadı (önce dıştakini açın)',
  training_checkpoint_skipped:
    'bir eğitim denetim noktası (G_/D_): RVC ve Applio onu ses modeli olarak yüklemez, bu yüzden atlandı',

  // ---- voice-model libraries: zip files
  zip_unreadable: 'bu uygulamanın okuyabildiği bir zip dosyası değil ({reason})',
  zip_too_many_entries:
    '{count, number} kayıt tutuyor, bir model zip’inin gerektirdiği {limit, number} sınırından fazla: reddedildi',
  zip_entry_bad_name: 'adı boş ya da adında denetim karakterleri var: zip reddedildi',
  zip_entry_backslash:
    'adında ters eğik çizgi var (bir Windows yolu ya da açarken klasörden çıkma hilesi): zip reddedildi',
  zip_entry_absolute: 'adı mutlak bir yol ya da sürücü harfi: zip reddedildi',
  zip_entry_traversal: 'adında açarken klasörden çıkan ".." var: zip reddedildi',
  zip_entry_duplicate: 'zip içinde iki kez geçiyor: zip reddedildi',
  zip_entry_not_regular: 'bir {kind}, dosya değil: zip reddedildi',
  zip_entry_encrypted: 'şifreli: zip reddedildi (parolasız yeniden sıkıştırın)',
  zip_entries_overlap: '{other} verisiyle çakışıyor (bir zip bombası hilesi): zip reddedildi',
  zip_entry_ratio:
    'sıkıştırılmış boyutunun {ratio, number} katına açılırdı, {limit, number} sınırının üstünde (zip bombası?): okunmadı',
  zip_entry_method: '{method} sıkıştırma yöntemini kullanıyor; yalnızca saklanan ve deflate kayıtlar okunur',
  zip_entry_size_mismatch:
    'başlığının bildirdiği {size, number} baytı tutmuyor (hasarlı dosya ya da zip bombası): okunmadı',
  zip_entry_corrupt: 'okunamıyor: {reason}',
  zip_budget: 'bu taramayı zip’lerden okunan {limit, number} baytın ötesine taşırdı: okunmadı',
  index_not_faiss: 'bu uygulamanın okuyabildiği bir faiss indeksi değil: {reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'bir PyTorch model dosyası değil: torch.save data.pkl içeren bir zip yazar (ya da torch 1.6’dan önce sihirli sayısıyla başlayan bir pickle)',
  pth_no_pickle: 'torch.save’in yazdığı data.pkl olmayan bir zip: PyTorch model dosyası değil',
  pth_several_pickles: 'birden fazla data.pkl tutuyor: torch.save’in yazdığı bir dosya değil',
  pth_storage_missing: 'dosyada olmayan {record} tensör verisini adlandırıyor (hasarlı dosya?)',
  pth_storage_short:
    '{record} içinde {actual, number} bayt tutuyor, tensörleri ise {expected, number} bayt istiyor (kesik dosya?)',
  pth_not_a_model:
    'bir RVC ses modeli değil: `weight` sözlüğü yok (RVC ve Applio modelleri weight, config, sr, f0, version tutar)',
  pth_training_checkpoint:
    'bir eğitim denetim noktası (model, optimizer), ses modeli değil: RVC’nin ya da Applio’nun ondan çıkardığı küçük modeli kullanın',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    'bu model için indeks bulunamadı: RVC erişim olmadan dönüştürür, bu yüzden indeks oranı hiçbir şey yapmaz. Düzeltme: modelin added_….index dosyasını yanına koyun (aynı klasör ya da modelin adını içeren bir dosya adı)',
  several_indexes:
    'bu modele {count} indeks uyuyor ({indexes}); RVC ve Applio klasör taramasının ilk bulduğunu alır. Düzeltme: yanında yalnızca bu modelin kendi added_ indeksini bırakın ya da onu modelin adıyla adlandırın',
  index_unreadable: '{index} kullanılamıyor: {reason}. Düzeltme: indeksi yeniden indirin ya da oluşturun',
  index_partial:
    '{index} yalnızca kısmen okundu ({reason}), bu yüzden bazı denetimler eksik. Düzeltme: RVC yüklüyorsa gerekmez; yoksa IVF…,Flat olarak yeniden oluşturun',
  index_empty:
    '{index} hiç vektör tutmuyor (ntotal {ntotal}): bir trained_ indeksi yalnızca kümelemeyi tutar, bu yüzden RVC komşu bulamaz ("You used a wrong .index file"). Düzeltme: aynı eğitim klasöründeki added_ indeksini kullanın ya da indeksi yeniden oluşturun',
  dim_mismatch:
    'indeks {indexDim} boyutlu vektörler tutuyor ama model {modelDim} boyutlu öznitelik alıyor: RVC "assert d == self.d" ile durur. Düzeltme: bu modelin kendi özniteliklerinden oluşturulan indeksi kullanın (v1 modeller: 256, v2: 768)',
  metric_not_l2:
    'indeks {metric} metriğini kullanıyor: RVC komşuları 1/uzaklık² ile ağırlıklandırır, bu L2 uzaklıkları varsayar, bu yüzden yanlış karıştırır. Düzeltme: indeksi L2 metriğiyle yeniden oluşturun',
  not_reconstructable:
    '{type} saklı vektörlerini döndüremiyor (reconstruct_n), RVC indeksi yüklerken bunu çağırır: {crashes, select, yes {faiss sonlanır ve RVC çöker} other {yükleme başarısız olur}}. Düzeltme: IVF…,Flat olarak yeniden oluşturun (ya da bu uygulamadan yeniden dışa aktarın)',
  fastscan_k_factor:
    'k_factor {kFactor} ile FastScan: RVC’nin araması {candidates} aday ister ve faiss-cpu 1.7.3 (RVC’nin sabitlediği) 20’nin üstünde, berabere uzaklıklı verilerde (sessizlik) sonlanan bir top-k’ya geçer. Düzeltme: k_factor ≤ {safe} saklayın (set-params ya da yeniden ayarlama)',
  nprobe_1:
    'saklı n_probe 1: RVC {nlist, number} listeden 1’ini arar ve tam aramanın bulacağı komşuların yaklaşık %70’ini bulur (top 8). Düzeltme: n_probe 8–16’ya yeniden ayarlayın (yeni değerle bir kopya; modele dokunulmaz)',
  index_above_compress_threshold:
    'indeks {ntotal, number} vektör tutuyor ({bytes, number} bayt): RVC’nin kendi düğmesi {threshold, number} kareden fazlasını {centroids, number} k-means merkeziyle değiştirir, bu yüzden bu dosya RVC’ninkinden büyük ve yavaş. Düzeltme: yeterince hızlı çalışıyorsa gerekmez; RVC’nin kuralı küçük bir merkez indeksi verir',
  index_centroids:
    'indeks tam olarak {centroids, number} vektör tutuyor: RVC’de eğitim özniteliklerinin {threshold, number} kareden fazla olduğunun ve k-means merkezleriyle değiştirildiğinin işareti, yani komşular gerçek kareler değil merkezlerdir. Düzeltme: gerekmez; her kareden bir indeks sese daha yakın gelebilir',
  version_unknown:
    'model "{declared}" sürümünü bildiriyor, bunu ne RVC ne Applio biliyor (v1 ya da v2): yüklenmeyebilir. Düzeltme: modeli RVC ya da Applio ile yeniden çıkarın',
  model_dim_unknown:
    'modelin fonem gömmesi (enc_p.emb_phone.weight) yok, bu yüzden öznitelik boyutu bilinmiyor ve indeks onunla karşılaştırılamıyor',
  version_shape_mismatch:
    '{declared, select, yes {model {version} bildiriyor} other {modelin sürümü yok, bu yüzden RVC onu {version} olarak yükler}}, bu {expected} boyutlu öznitelik alır, ama fonem gömmesi {dim} alıyor: RVC ve Applio yanlış ağı kurar ve yükleyemez. Düzeltme: modeli doğru sürümle yeniden çıkarın',

  // ---- recall estimate
  estimate_caveat:
    'İndeksin kendi vektörlerinden tahmin edildi ({queries} vektör, her biri kendi aramasının dışında tutuldu), ayrılmış seste ölçülmedi; başka bir şarkıcının sesi daha az komşu bulabilir',
  estimate_index_empty: 'indeks hiç vektör tutmuyor (bir trained_ indeksi?): duyarlılığı tahmin edecek bir şey yok',
  estimate_too_few_vectors:
    'indeks {ntotal, plural, one {# vektör} other {# vektör}} tutuyor: top-{k} duyarlılığını tahmin etmek en az {needed} ister',
  estimate_metric_unsupported: 'indeks L2 ya da iç çarpım dışında bir metrik kullanıyor: duyarlılık tahmini yok',
  estimate_not_reconstructable:
    'indeks saklı vektörlerini döndüremiyor (reconstruct_n), duyarlılık tahmini bunlardan yapılır: {reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    'yalnızca {file} kullanılıyor; {folder} içindeki diğer {others} .npy dosyası yüklenmedi (kullanmak için klasörü açın)',
  features_both_folders:
    'hem {folder} hem {other} var: {folder} ({version}) kullanılıyor ({otherVersion} öznitelikleri için {otherPath} klasörünü açın)',
  features_folder_empty: '{folder} içinde .npy dosyası yok: {used} ({version}) kullanılıyor',
  features_total_fea_ignored: '{file} yok sayıldı: diğer {count} .npy dosyasının karelerini yineliyor',
  features_width_mismatch:
    '{folder}: {d} genişlikte öznitelik tutuyor, ama {version} öznitelikleri {expected} genişliktedir',
  feature_squeezed: '{file}: {shape} biçimi ({rows}, {d}) biçimine indirildi',
  feature_float16: '{file}: float16, float32’ye dönüştürüldü',
  feature_float64: '{file}: float64, float32’ye dönüştürüldü (float32’nin ötesindeki kesinlik atılır)',
  feature_empty: '{file}: hiç karesi yok (biçim {shape}); atlandı',
  feature_trailing_bytes: '{file}: verinin ardından gelen {count} bayt yok sayıldı',
  feature_nonfinite:
    '{file}: {rows} satırın {dropped} tanesi {float64, select, yes {NaN/Inf (ya da float32 aralığının dışında float64 değerleri)} other {NaN/Inf}} içeriyor; atıldı',
  features_grouped:
    '{kind, select, squeezed {{count} dosya (1, kare, d) biçiminde; (kare, d) biçimine indirildi} float16 {{count} dosya float16 tutuyor; float32’ye dönüştürüldü} other {{count} dosya float64 tutuyor; float32’ye dönüştürüldü}}: {named} ve {more} tane daha (her dosyanın uyarıları kendi satırında listelenir)',
  memory_over_limit:
    '{where} öznitelikleri ({n} × {d} float32){index, select, yes { ve indeks} other {}} {neededSize} istiyor, bu bilgisayarın {usableSize} belleğinin %{percent} kadarından fazla: daha çok belleği olan bir bilgisayar ya da daha az öznitelik dosyası kullanın',
  memory_not_free:
    '{where} öznitelikleri ({n} × {d} float32){index, select, yes { ve indeks} other {}} {neededSize} istiyor ama şu anda yalnızca {freeSize} bellek kullanılabilir: başka programları kapatın ya da daha çok belleği olan bir bilgisayar veya daha az öznitelik dosyası kullanın',
  memory_tight:
    '{where} öznitelikleri ({n} × {d} float32){index, select, yes { ve indeks} other {}} {neededSize} istiyor ama sistem {freeSize} boş bildiriyor: bellek boşaltılırken yükleme yavaş olabilir',
  split_files_sampled:
    'ayrılan {files} dosya {held} kare tutuyor: bunlardan tohumlu {queries} karelik bir örnek sorgu olarak kullanılıyor',
  split_no_file_set:
    'indeks {n} karenin %{keep} kadarını tutarken hiçbir bütün dosya kümesi {min}+ sorgu karesi vermiyor',
  split_too_few_frames:
    '{n} kare, değerlendirme ayrımı için çok az ({needed} gerekli: indeks %75’ini tutarken {min} sorgu karesi); bunun yerine bir sorgu dosyası ya da klasörüyle değerlendirin (--queries)',
  split_frame_block:
    '{single, select, yes {yalnızca bir öznitelik dosyası ({file})} other {bütün dosya ayırmak olanaksız}}: sorgular {first}-{last} kareleri, bitişik bir blok; her iki yanındaki {guard} kare de indeksin dışında tutuldu; bir kaydın kareleri birbirine benzediği için duyarlılık biraz yüksek çıkabilir',
  split_queries_sampled:
    'sorgu kümesi {total} kare tutuyor: bunlardan tohumlu {queries} karelik bir örnek kullanılıyor',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'α-genişletme vektörleri L2 ile normalleştirir: RVC birim uzunlukta öznitelikleri karıştırır (IP metriğini kullanın ya da index_rate değerini düşürün)',
  compress_skipped: '{centroids} merkeze sıkıştırma atlandı: yalnızca {n} vektör var',
  eval_ip_normalised:
    'iç çarpım indeksi: sorgular, bu uygulamanın oluşturduğu IP indekslerindeki gibi L2 ile normalleştirildi (kosinüs)',
  eval_queries_stored:
    '{queries} sorgu karesinin {stored} tanesi {index} içinde saklı (bir dışa aktarım her kareyi tutar): duyarlılık şişkin — indeksin görmediği özniteliklerle --queries verin',
  blend_without_reconstruct:
    'bu indeks vektörlerini yeniden kuramıyor (RVC reconstruct_n ister): blend_error özgün vektörleri kullanıyor',

  // ---- export checks
  check_metric_l2: 'L2: RVC’nin 1/uzaklık² ağırlıkları geçerli',
  check_ntotal: '{ntotal} vektör saklı ({expected} bekleniyordu)',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) sonlu vektörler döndürüyor',
  check_reconstruct_nonfinite: 'reconstruct_n sonlu olmayan değerler döndürdü',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) başarısız: {reason} — RVC bu indeksi yükleyemez',
  check_ids_mapped: 'indeks özel id’ler eşliyor; RVC 0..ntotal-1 id’lerini ister',
  check_ids_ok: 'id’ler 0..ntotal-1',
  check_fastscan_heap: 'RVC’nin FastScan araması {candidates} aday istiyor: faiss yığın tabanlı top-k kullanır',
  check_fastscan_aborts:
    'RVC’nin FastScan araması {candidates} aday istiyor (k_factor {kFactor}): RVC’nin sabitlediği faiss-cpu 1.7.3 bu durumda berabere uzaklıklı bazı verilerde sonlanan bir top-k’ya geçer (partitioning.cpp assertion). k_factor ≤ {max} bunu önler; bu uygulamanın kendi aramaları etkilenmez',
  check_nprobe_none: 'bir IVF indeksi değil: n_probe yok',
  check_nprobe_stored: 'dosyada n_probe {nprobe} saklı (RVC onu hiç değiştirmez)',

  // ---- browser mode
  web_unreachable: 'RVC Index Studio sunucusuna ulaşılamıyor ({reason}): `npm run web` hâlâ çalışıyor mu?',
  web_no_token:
    'bu sayfanın geçerli bir erişim belirteci yok: `npm run web` komutunun yazdırdığı URL’yi aynen açın (?token=… ile biter)',
  web_forbidden:
    "sunucu bu adresi reddetti: http://127.0.0.1:'<port>'/ olarak açın (`npm run web` komutunun yazdırdığı URL)",
  web_no_json: 'sunucu {method} isteğine HTTP {status} ile ve JSON olmadan yanıt verdi',
  web_bad_body: 'sunucu {method} isteğine beklenmeyen bir içerikle yanıt verdi',
};
