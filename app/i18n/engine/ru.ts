// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineRu: EngineCatalogue = {
  metric_ip:
    'метрика скалярного произведения: RVC взвешивает соседей по 1/расстояние², что предполагает расстояния L2, — в RVC этот индекс будет смешивать неверно',
  estimate_caveat:
    'Оценка по собственным векторам индекса ({queries} векторов, каждый исключён из своего поиска), а не измерение на отложенном аудио; для голоса другого певца соседей может найтись меньше',
  faiss_too_short: 'слишком короткий для индекса faiss ({bytes} байт) на байте {offset}',
  faiss_not_index: 'не файл индекса faiss (начинается с {start}) на байте {offset}',
  faiss_truncated: 'файл обрывается внутри {field} (нужно {needed} байт, осталось {left}) на байте {offset}',
  faiss_unsupported: 'неподдерживаемый {fourcc} на байте {offset}',
  faiss_lists_not_stored:
    "инвертированные списки не сохранены в этом файле ('il00'): faiss его читает, но искать по нему не может, а RVC на нём упадёт; постройте индекс заново из признаков эксперимента на байте {offset}",
  faiss_trailing_bytes: '{count} байт после конца индекса пропущены',
  faiss_nprobe_zero:
    'сохранённый nprobe равен {nprobe}: faiss не будет просматривать ни одного инвертированного списка',
  faiss_k_factor_low: 'сохранённый k_factor равен {value}: для переранжирования нужно не меньше 1',
};
