// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineTr: EngineCatalogue = {
  metric_ip:
    'iç çarpım metriği: RVC komşuları 1/uzaklık² ile ağırlıklandırır, bu L2 uzaklıkları varsayar — bu indeks RVC’de yanlış karıştırır',
  estimate_caveat:
    'İndeksin kendi vektörlerinden tahmin edildi ({queries} vektör, her biri kendi aramasının dışında tutuldu), ayrılmış seste ölçülmedi; başka bir şarkıcının sesi daha az komşu bulabilir',
  faiss_too_short: 'bir faiss indeksi için çok kısa ({bytes} bayt), bayt {offset}',
  faiss_not_index: 'faiss indeks dosyası değil ({start} ile başlıyor), bayt {offset}',
  faiss_truncated: 'dosya {field} içinde bitiyor ({needed} bayt gerekli, {left} kaldı), bayt {offset}',
  faiss_unsupported: 'desteklenmeyen {fourcc}, bayt {offset}',
  faiss_lists_not_stored:
    "ters listeler bu dosyada saklanmıyor ('il00'): faiss okur ama içinde arama yapamaz, RVC ise çöker; indeksi deneyin özniteliklerinden yeniden oluşturun, bayt {offset}",
  faiss_trailing_bytes: 'indeksin bitişinden sonraki {count} bayt yok sayıldı',
  faiss_nprobe_zero: 'saklı nprobe {nprobe}: faiss hiçbir ters listeyi aramayacak',
  faiss_k_factor_low: 'saklı k_factor {value}: yeniden sıralama en az 1 gerektirir',
};
