// Engine and Backend messages in this language, by code (app/messages); codes missing here
// show their English text.
import type { EngineCatalogue } from '..';

export const engineFr: EngineCatalogue = {
  metric_ip:
    'métrique du produit scalaire : RVC pondère les voisins par 1/distance², ce qui suppose des distances L2 — cet index mélangera mal dans RVC',
  estimate_caveat:
    'Estimé à partir des vecteurs de l’index ({queries}, chacun exclu de sa propre recherche), pas mesuré sur de l’audio mis de côté ; la voix d’un autre chanteur peut trouver moins de voisins',
  faiss_too_short: 'trop court pour un index faiss ({bytes} octets) à l’octet {offset}',
  faiss_not_index: 'pas un fichier d’index faiss (il commence par {start}) à l’octet {offset}',
  faiss_truncated: 'le fichier s’arrête dans {field} (il faut {needed} octets, il en reste {left}) à l’octet {offset}',
  faiss_unsupported: '{fourcc} non pris en charge à l’octet {offset}',
  faiss_lists_not_stored:
    "les listes inversées ne sont pas stockées dans ce fichier ('il00') : faiss le lit mais ne peut pas y chercher, et RVC planterait ; reconstruisez l’index à partir des caractéristiques de l’expérience à l’octet {offset}",
  faiss_trailing_bytes: '{count} octets après la fin de l’index sont ignorés',
  faiss_nprobe_zero: 'le nprobe enregistré vaut {nprobe} : faiss ne parcourra aucune liste inversée',
  faiss_k_factor_low: 'le k_factor enregistré vaut {value} : le reclassement demande au moins 1',
};
