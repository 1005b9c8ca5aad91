// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsFr } from './errors/fr';

const help = "parties attendues comme IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat (séparées par des virgules)";
const kind =
  '{kind, select, folder {un dossier} fifo {une FIFO (tube nommé)} socket {un socket} device {un périphérique} link {un lien symbolique} file {un fichier} other {un fichier spécial}}';
const what =
  '{what, select, index {fichier d’index} npy {fichier .npy} pth {fichier de modèle} zip {fichier zip} experiment {dossier de caractéristiques ou fichier .npy} queries {dossier de requêtes ou fichier .npy} library {dossier de modèles ou .zip} other {fichier}}';

export const engineFr: EngineCatalogue = {
  ...errorsFr,
  // ---- data
  few_distinct_rows:
    'seulement {distinct, plural, one {# vecteur distinct} many {# vecteurs distincts} other {# vecteurs distincts}} parmi {sampled, number} lignes échantillonnées : les caractéristiques sont surtout des copies les unes des autres (silence, extracteur bloqué ?) et aucun index ne peut aider RVC',
  lists_mostly_empty:
    '{empty, number} des {nlist, number} listes inversées sont vides : k-means a trouvé moins de points distincts que de listes ; utilisez beaucoup moins de listes (--n-ivf) ou vérifiez les caractéristiques',
  recall_trivial:
    'l’index ne contient que {distinct, plural, one {# vecteur distinct} many {# vecteurs distincts} other {# vecteurs distincts}} parmi {sampled, number} échantillonnés : les voisins sont à égalité de distance, toute réponse est donc exacte et le rappel vaut trivialement 100 % — les colonnes de rappel montrent seulement lesquels des identifiants à égalité sont revenus',

  // ---- engine
  faiss_variant_unknown:
    'RVC_FAISS_VARIANT vaut « {value} » : utilisez generic ou avx2 (ou retirez-la pour choisir selon le processeur)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, mais {file} n’est pas compilé (compilés : {built}) ; lancez « npm run build » sur Linux x86-64 pour les deux',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, mais ce processeur ou ce système ne peut pas exécuter de code AVX2 (AVX2, FMA, F16C avec l’état AVX sauvegardé par le système)',

  // ---- export, rvc
  metric_ip:
    'métrique du produit scalaire : RVC pondère les voisins par 1/distance², ce qui suppose des distances L2 — cet index mélangera mal dans RVC',
  rvc_metric_not_l2:
    'métrique {metric} : RVC pondère les voisins par 1/distance², ce qui suppose L2 — cet index mélangera mal dans RVC',

  // ---- factory strings and build plans
  factory_empty: 'la chaîne de fabrique est vide',
  factory_n_unset: "'{n}' demande une valeur : réglez n_ivf",
  factory_zero: 'les nombres d’une chaîne de fabrique doivent valoir au moins 1',
  factory_empty_part: 'la chaîne de fabrique a une partie vide (deux virgules de suite ?)',
  factory_no_index: `la chaîne de fabrique demande un index après les transformations : ${help}`,
  factory_unknown_part: `partie inconnue ''{token}'' : ${help}`,
  factory_not_built: `''{token}'' est un index faiss que cette application ne construit pas : ${help}`,
  factory_id_map:
    "''{token}'' n’est pas pris en charge : RVC numérote les vecteurs de 0 à N−1 et les relit avec reconstruct_n, ce qu’une table d’identifiants ne sait pas servir ; retirez ''{token},'' (p. ex. ''{rest}'')",
  factory_out_of_place: "''{token}'' n’est pas à sa place : d’abord les transformations, puis l’index, puis RFlat",
  factory_fastscan_bits: '{token} : les codes FastScan (« fs ») doivent utiliser 4 bits (PQ{m}x4fs)',
  factory_pq_bits: '{token} : les bits par code PQ doivent être entre 1 et 16',
  factory_reduce_above_d: '{token} : impossible de réduire d = {d} à {target} dimensions',
  factory_opq_divide: '{token} : les {m} sous-vecteurs d’OPQ doivent diviser la dimension {d}',
  factory_ivf_no_codes: '{token} doit être suivi du stockage des vecteurs, p. ex. {token},Flat',
  factory_refine_twice: '{token} : une seule étape de reclassement est prise en charge',
  factory_hnsw_m: 'HNSW{m} : M doit être entre 4 et 256',
  factory_pq_divide: 'PQ{m} : m = {m} doit diviser la dimension des vecteurs {d} (essayez {divisors})',
  factory_pq_too_few:
    'PQ avec des codes de {bits} bits demande au moins {needed} vecteurs d’entraînement ; il y en a {n}',
  factory_ivf_too_few:
    'IVF{nlist} demande au moins {nlist} vecteurs d’entraînement (un par liste) ; il y en a {n}. Baissez n_ivf à {max} au plus.',
  factory_ivf_sparse:
    'IVF{nlist} a moins de {min} vecteurs d’entraînement par liste ({perList, number, ::.0}) ; faiss avertira et les listes seront bruitées. n_ivf ≤ {max} l’évite.',
  factory_pq_polysemous:
    '{token} entraîne aussi des codes polysémiques, que la recherche de RVC n’utilise jamais ; cette étape peut durer autant que le reste de l’entraînement. {token}np construit le même index sans elle.',
  factory_refine_k_factor_1:
    'RFlat avec k_factor = 1 ne reclasse rien : le rappel reste celui des codes compressés. Utilisez un k_factor de 2 à 2,5 pour un export RVC (plus n’est sûr que dans cette application : le faiss 1.7.3 de RVC peut planter au-delà de 2,5).',
  plan_rvc_compress:
    'N = {n} > {threshold} : indexation de {centroids} centroïdes k-means, comme le fait RVC (index ≈{indexSize} au lieu de ≈{rvcSize}) ; gardez toutes les trames avec --keep-all-frames',
  plan_nprobe_ignored: 'nprobe {nprobe} ignoré : {factory} n’est pas un index IVF',
  plan_k_factor_ignored: 'k_factor {kFactor} ignoré : {factory} n’a pas d’étape de reclassement RFlat',

  // ---- faiss files
  faiss_too_short: 'trop court pour un index faiss ({bytes} octets) à l’octet {offset}',
  faiss_not_index: 'pas un fichier d’index faiss (il commence par {start}) à l’octet {offset}',
  faiss_truncated: 'le fichier s’arrête dans {field} (il faut {needed} octets, il en reste {left}) à l’octet {offset}',
  faiss_vector_too_long:
    '{field} annonce {count} éléments de {elementBytes} octets mais il ne reste que {left} octets à l’octet {offset}',
  faiss_list_too_long:
    'la liste inversée {list} annonce {size} entrées de {entryBytes} octets mais il ne reste que {left} octets à l’octet {offset}',
  faiss_impossibly_large: '{field} est d’une taille impossible (fichier corrompu ?) à l’octet {offset}',
  faiss_unknown_tag:
    'étiquette de type {kind, select, transform {de transformation} lists {de listes inversées} other {d’index}} inconnue {tag} (fichier corrompu ?) à l’octet {offset}',
  faiss_nesting: 'objets imbriqués sur plus de {max} niveaux (fichier corrompu ?) à l’octet {offset}',
  faiss_unsupported: '{fourcc} non pris en charge à l’octet {offset}',
  faiss_too_small: '{field} = {value} est sous {min} (fichier corrompu ?) à l’octet {offset}',
  faiss_not_positive: '{field} = {value} n’est pas positif (fichier corrompu ?) à l’octet {offset}',
  faiss_out_of_range: '{field} = {value} est hors de {min}…{max} (fichier corrompu ?) à l’octet {offset}',
  faiss_not_equal: '{field} = {value}, mais doit valoir {rule} = {expected} (fichier corrompu ?) à l’octet {offset}',
  faiss_not_one_of: '{field} = {value} ne fait pas partie de {allowed} (fichier corrompu ?) à l’octet {offset}',
  faiss_not_multiple:
    '{field} = {value} n’est pas un multiple de {divisorField} = {divisor} (fichier corrompu ?) à l’octet {offset}',
  faiss_not_finite: '{field} vaut {value}, pas un nombre fini (fichier corrompu ?) à l’octet {offset}',
  faiss_odd_count: '{field} contient un nombre impair ({count}) de valeurs (fichier corrompu ?) à l’octet {offset}',
  faiss_sparse_cap:
    'nlist = {nlist} : plus de listes inversées que ce lecteur n’en liste (au plus {max}) à l’octet {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} listes inversées, mais le quantificateur ({fourcc} à l’octet {quantizerAt}) en prévoit au plus {bound} (fichier corrompu ?) à l’octet {offset}',
  faiss_untrained_with_vectors:
    '{type} n’est pas entraîné mais contient {ntotal} vecteurs (fichier corrompu ?) à l’octet {offset}',
  faiss_id_out_of_range:
    '{field} contient l’identifiant {id}, mais {user} demande des identifiants de 0 à {max} (fichier corrompu ?) à l’octet {offset}',
  faiss_dangling_entry:
    '{field} pointe vers le vecteur {position} de la liste inversée {list}, qui n’existe pas (nlist = {nlist}, cette liste en contient {size}) (fichier corrompu ?) à l’octet {offset}',
  faiss_hnsw_neighbor_level:
    'le nœud HNSW {node} est lié au nœud {neighbor} au niveau {level}, mais ce nœud n’a que {levels} niveaux (fichier corrompu ?) à l’octet {offset}',
  faiss_lists_not_stored:
    "les listes inversées ne sont pas stockées dans ce fichier ('il00') : faiss le lit mais ne peut pas y chercher, et RVC planterait ; reconstruisez l’index à partir des caractéristiques de l’expérience à l’octet {offset}",
  faiss_lists_on_disk:
    "les listes inversées sont dans un fichier séparé (''{tag}'', listes sur disque de faiss), que cette application n’ouvre pas ; reconstruisez l’index à partir des caractéristiques de l’expérience, ou chargez-le avec ses listes dans faiss en Python et écrivez-le avec des listes en mémoire à l’octet {offset}",
  faiss_engine_unsupported_type:
    '{type} ({fourcc}) ne peut pas servir de {role, select, quantizer {quantificateur grossier d’un index IVF} storage {stockage d’un index HNSW} refine {index de reclassement d’un IndexRefine} other {index}} au moteur à l’octet {offset}',
  faiss_engine_cannot_search: '{type} à l’octet {offset} ne peut pas être parcouru par le faiss du moteur ({reason})',
  faiss_engine_metric:
    '{type} utilise la métrique {metric} : le moteur ne lit que les index L2 et produit scalaire à l’octet {offset}',
  faiss_engine_unsupported_value:
    '{field} = {value} : le faiss du moteur ne fonctionne ici qu’avec {allowed} à l’octet {offset}',
  faiss_engine_limit: '{field} = {value} est hors de ce que le moteur gère ({min}…{max}) à l’octet {offset}',
  faiss_engine_untrained_part:
    '{type} à l’octet {offset} n’est pas entraîné alors que l’index qui l’entoure l’est : faiss ne peut pas y chercher',
  faiss_engine_unreadable: 'faiss ne peut pas lire cet index ({reason})',
  faiss_engine_no_reconstruct:
    'faiss ne peut pas rendre les vecteurs stockés de cet index : reconstruct_n arrêterait le processus ({type} à l’octet {offset}{reason, select, missing { : ses identifiants ne couvrent pas 0 à {max}} other {}})',
  faiss_trailing_bytes: '{count} octets après la fin de l’index sont ignorés',
  faiss_nprobe_zero: 'le nprobe enregistré vaut {nprobe} : faiss ne parcourra aucune liste inversée',
  faiss_k_factor_low: 'le k_factor enregistré vaut {value} : le reclassement demande au moins 1',

  // ---- files (said after the path)
  file_missing: 'fichier ou dossier introuvable',
  file_not_regular: `est ${kind}, pas un ${what} ordinaire : rien n’a été lu`,
  input_not_regular: `est ${kind}, pas un ${what} : rien n’a été lu`,
  file_unreadable: 'illisible : {reason}',
  file_truncated: 'a raccourci pendant la lecture ({actual, number} octets sur {expected, number}) : non lu',
  file_too_large:
    'fait {size, number} octets, au-delà de la limite de {limit, number} octets que lit cette application : non lu',
  output_not_folder: `le dossier de sortie est ${kind}, pas un dossier`,
  output_not_writable: 'le dossier de sortie n’est pas accessible en écriture',
  output_folder_unusable: 'le dossier de sortie est inutilisable : {reason}',
  output_not_regular: `ne peut pas être écrit : c’est ${kind} ; choisissez un nom de fichier ordinaire`,
  output_exists: 'existe déjà : rien n’a été écrit (utilisez --force pour écraser)',

  // ---- library actions
  retune_no_index: 'n’a pas d’index à réajuster (voir les constats du diagnostic)',
  retune_several_indexes: 'a {count} index candidats : gardez-en un à côté du modèle, puis réajustez-le',
  retune_index_unusable: 'son index ne peut pas être réajusté : {reason}',
  retune_no_nprobe: 'son index ({type}) n’est pas un index IVF : il n’a pas de n_probe à enregistrer',
  retune_target_unreachable:
    'aucun n_probe n’atteint un rappel estimé de {target, number, percent} (parcourir les {nlist, number} listes donne {best, number, percent})',
  retune_no_estimate: 'impossible de choisir un n_probe par le rappel : {reason}',
  retune_same_output: 'écrirait {file}, qu’un autre modèle de ce lot écrit aussi : réajustez-le avec --out-dir',
  retune_output_exists: 'écrirait {file}, qui existe déjà : rien n’a été écrasé',
  retune_unchanged: 'son index enregistre déjà n_probe {nprobe} : rien à écrire',
  share_pair_broken: 'ne peut pas aller dans un zip de partage avec ce modèle : {reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'le pickle s’arrête trop tôt à l’octet {offset} (fichier tronqué ou abîmé ?)',
  pickle_unknown_opcode:
    'l’octet {offset} contient {byte}, qui n’est pas une instruction pickle (fichier abîmé, ou pas un pickle)',
  pickle_opcode_refused:
    'le pickle demande l’instruction {opcode} à l’octet {offset}, dont un fichier de modèle n’a jamais besoin : refusé, rien n’a été exécuté',
  pickle_global_refused:
    'le pickle demande {name} à l’octet {offset}, dont un modèle de voix n’a jamais besoin : refusé, rien n’a été exécuté (un fichier de modèle qui appelle du code est cassé ou malveillant)',
  pickle_call_refused:
    'le pickle appelle {name} à l’octet {offset}, ce qu’un modèle de voix ne fait jamais : refusé, rien n’a été exécuté',
  pickle_bad_arguments:
    'le pickle appelle {name} à l’octet {offset} avec des arguments que torch.save n’écrit jamais : refusé, rien n’a été exécuté',
  pickle_bad_persistent_id:
    'le pickle nomme un stockage de tenseur à l’octet {offset} sous une forme que torch.save n’écrit jamais : refusé',
  pickle_tensor_outside_storage:
    'un tenseur à l’octet {offset} dépasse la fin de son stockage data/{key} (fichier abîmé ?)',
  pickle_protocol: 'le protocole pickle {protocol} n’est pas un de ceux qu’écrit torch.save (2 à 5 sont lus)',
  pickle_malformed: 'le pickle est mal formé à l’octet {offset} : {detail}',
  pickle_limit: 'le pickle dépasse la limite de {limit} {what} à l’octet {offset} : refusé',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: 'n’est ni un dossier ni un fichier .zip : ouvrez un dossier de modèles ou un .zip',
  link_outside_root: 'est un lien vers un endroit hors du dossier choisi : non suivi',
  link_broken: 'est un lien qui ne mène nulle part : ignoré',
  folder_loop: 'ramène dans un dossier déjà parcouru (une boucle de liens) : ignoré',
  folder_too_deep: 'est à plus de {limit} dossiers de profondeur : non parcouru',
  scan_limit: 'le dossier contient plus de {limit, number} fichiers et dossiers : le reste n’a pas été parcouru',
  zip_too_deep: 'est un zip dans un zip dans un zip : non ouvert (décompressez d’abord celui de l’extérieur)',
  training_checkpoint_skipped:
    'est un point de contrôle d’entraînement (G_/D_) : RVC et Applio ne le chargent pas comme modèle de voix, il est donc ignoré',

  // ---- voice-model libraries: zip files
  zip_unreadable: 'n’est pas un fichier zip que cette application sait lire ({reason})',
  zip_too_many_entries:
    'contient {count, number} entrées, plus que les {limit, number} dont un zip de modèle a besoin : refusé',
  zip_entry_bad_name: 'a un nom vide ou des caractères de contrôle dans son nom : le zip est refusé',
  zip_entry_backslash:
    'a une barre oblique inverse dans son nom (un chemin Windows, ou une ruse pour sortir du dossier à l’extraction) : le zip est refusé',
  zip_entry_absolute: 'a pour nom un chemin absolu ou une lettre de lecteur : le zip est refusé',
  zip_entry_traversal: 'a « .. » dans son nom, qui sort du dossier à l’extraction : le zip est refusé',
  zip_entry_duplicate: 'apparaît deux fois dans le zip : le zip est refusé',
  zip_entry_not_regular: 'est un {kind}, pas un fichier : le zip est refusé',
  zip_entry_encrypted: 'est chiffré : le zip est refusé (recompressez-le sans mot de passe)',
  zip_entries_overlap: 'chevauche les données de {other} (une ruse de bombe zip) : le zip est refusé',
  zip_entry_ratio:
    'se décompresserait à {ratio, number} fois sa taille compressée, au-delà de la limite de {limit, number} (une bombe zip ?) : non lu',
  zip_entry_method: 'utilise la méthode de compression {method} ; seules les entrées stockées et deflate sont lues',
  zip_entry_size_mismatch:
    'ne contient pas les {size, number} octets qu’annonce son en-tête (fichier abîmé ou bombe zip) : non lu',
  zip_entry_corrupt: 'illisible : {reason}',
  zip_budget: 'ferait dépasser à ce parcours {limit, number} octets lus dans des zips : non lu',
  index_not_faiss: 'n’est pas un index faiss que cette application sait lire : {reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'n’est pas un fichier de modèle PyTorch : torch.save écrit un zip contenant data.pkl (ou, avant torch 1.6, un pickle commençant par son nombre magique)',
  pth_no_pickle: 'est un zip sans le data.pkl qu’écrit torch.save : pas un fichier de modèle PyTorch',
  pth_several_pickles: 'contient plus d’un data.pkl : pas un fichier écrit par torch.save',
  pth_storage_missing: 'nomme des données de tenseur {record} que le fichier ne contient pas (fichier abîmé ?)',
  pth_storage_short:
    'contient {actual, number} octets dans {record} là où ses tenseurs en demandent {expected, number} (fichier tronqué ?)',
  pth_not_a_model:
    'n’est pas un modèle de voix RVC : il n’a pas de dictionnaire `weight` (les modèles RVC et Applio contiennent weight, config, sr, f0, version)',
  pth_training_checkpoint:
    'est un point de contrôle d’entraînement (model, optimizer), pas un modèle de voix : utilisez le petit modèle que RVC ou Applio en a extrait',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    'aucun index trouvé pour ce modèle : RVC convertit sans recherche, donc le taux d’index ne fait rien. Correction : placez l’added_….index du modèle à côté de lui (même dossier, ou un nom de fichier qui contient le nom du modèle)',
  several_indexes:
    '{count} index conviennent à ce modèle ({indexes}) ; RVC et Applio prennent le premier que leur parcours de dossier rencontre. Correction : gardez seulement l’index added_ propre à ce modèle à côté de lui, ou nommez-le d’après le modèle',
  index_unreadable: '{index} est inutilisable : {reason}. Correction : téléchargez ou reconstruisez l’index',
  index_partial:
    '{index} n’a été lu qu’en partie ({reason}), certains contrôles manquent donc. Correction : rien si RVC le charge ; sinon reconstruisez-le en IVF…,Flat',
  index_empty:
    '{index} ne contient aucun vecteur (ntotal {ntotal}) : un index trained_ ne contient que le partitionnement, RVC ne trouve donc aucun voisin (« You used a wrong .index file »). Correction : utilisez l’index added_ du même dossier d’entraînement, ou reconstruisez l’index',
  dim_mismatch:
    'l’index contient des vecteurs de dimension {indexDim} mais le modèle prend des caractéristiques de dimension {modelDim} : RVC s’arrête sur « assert d == self.d ». Correction : utilisez l’index construit à partir des caractéristiques de ce modèle (modèles v1 : 256, v2 : 768)',
  metric_not_l2:
    'l’index utilise la métrique {metric} : RVC pondère les voisins par 1/distance², ce qui suppose des distances L2, il mélangera donc mal. Correction : reconstruisez l’index avec la métrique L2',
  not_reconstructable:
    '{type} ne peut pas rendre ses vecteurs stockés (reconstruct_n), ce que RVC appelle en chargeant l’index : {crashes, select, yes {faiss s’arrête et RVC plante} other {le chargement échoue}}. Correction : reconstruisez-le en IVF…,Flat (ou réexportez-le depuis cette application)',
  fastscan_k_factor:
    'FastScan avec k_factor {kFactor} : la recherche de RVC demande {candidates} candidats, et faiss-cpu 1.7.3 (que RVC fixe) passe au-delà de 20 à un top-k qui s’arrête sur des données à distances égales (silence). Correction : enregistrez un k_factor ≤ {safe} (set-params ou réajustement)',
  nprobe_1:
    'n_probe enregistré à 1 : RVC parcourt 1 liste sur {nlist, number} et trouve environ 70 % des voisins que trouverait une recherche exacte (top 8). Correction : réajustez à n_probe 8–16 (une copie avec la nouvelle valeur ; le modèle n’est pas touché)',
  index_above_compress_threshold:
    'l’index contient {ntotal, number} vecteurs ({bytes, number} octets) : le bouton de RVC remplace plus de {threshold, number} trames par {centroids, number} centroïdes k-means, ce fichier est donc plus gros et plus lent que celui de RVC. Correction : rien s’il est assez rapide ; la règle de RVC donne un petit index de centroïdes',
  index_centroids:
    'l’index contient exactement {centroids, number} vecteurs : le signe pour RVC que les caractéristiques d’entraînement avaient plus de {threshold, number} trames et ont été remplacées par des centroïdes k-means, les voisins sont donc des centroïdes, pas de vraies trames. Correction : rien ; un index de toutes les trames peut sonner plus proche de la voix',
  version_unknown:
    'le modèle annonce la version « {declared} », que ni RVC ni Applio ne connaissent (v1 ou v2) : il risque de ne pas se charger. Correction : réextrayez le modèle avec RVC ou Applio',
  model_dim_unknown:
    'le modèle n’a pas de plongement de phonèmes (enc_p.emb_phone.weight), sa dimension de caractéristiques est donc inconnue et l’index ne peut pas être comparé',
  version_shape_mismatch:
    '{declared, select, yes {le modèle annonce {version}} other {le modèle n’a pas de version, RVC le charge donc comme {version}}}, qui prend des caractéristiques de dimension {expected}, mais son plongement de phonèmes prend {dim} : RVC et Applio construisent le mauvais réseau et ne le chargent pas. Correction : réextrayez le modèle avec la bonne version',

  // ---- recall estimate
  estimate_caveat:
    'Estimé à partir des vecteurs de l’index ({queries}, chacun exclu de sa propre recherche), pas mesuré sur de l’audio mis de côté ; la voix d’un autre chanteur peut trouver moins de voisins',
  estimate_index_empty:
    'l’index ne contient aucun vecteur (un index trained_ ?) : il n’y a rien à partir de quoi estimer le rappel',
  estimate_too_few_vectors:
    'l’index contient {ntotal, plural, one {# vecteur} many {# vecteurs} other {# vecteurs}} : estimer le rappel top-{k} en demande au moins {needed}',
  estimate_metric_unsupported:
    'l’index utilise une métrique autre que L2 ou le produit scalaire : pas d’estimation du rappel',
  estimate_not_reconstructable:
    'l’index ne peut pas rendre ses vecteurs stockés (reconstruct_n), à partir desquels le rappel est estimé : {reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    'seul {file} est utilisé ; {others} autres fichiers .npy de {folder} ne sont pas chargés (ouvrez le dossier pour les utiliser)',
  features_both_folders:
    '{folder} et {other} existent tous deux : {folder} ({version}) est utilisé (ouvrez {otherPath} pour les caractéristiques {otherVersion})',
  features_folder_empty: '{folder} ne contient aucun fichier .npy : {used} ({version}) est utilisé',
  features_total_fea_ignored: '{file} ignoré : il répète les trames des {count} autres fichiers .npy',
  features_width_mismatch:
    '{folder} : contient des caractéristiques de largeur {d}, mais celles de {version} sont de largeur {expected}',
  feature_squeezed: '{file} : forme {shape} ramenée à ({rows}, {d})',
  feature_float16: '{file} : float16 converti en float32',
  feature_float64: '{file} : float64 converti en float32 (la précision au-delà de float32 est perdue)',
  feature_empty: '{file} : aucune trame (forme {shape}) ; ignoré',
  feature_trailing_bytes: '{file} : {count} octets après les données ignorés',
  feature_nonfinite:
    '{file} : {dropped} lignes sur {rows} contiennent {float64, select, yes {des NaN/Inf (ou des valeurs float64 hors de la plage de float32)} other {des NaN/Inf}} ; supprimées',
  features_grouped:
    '{kind, select, squeezed {{count} fichiers ont la forme (1, trames, d) ; ramenés à (trames, d)} float16 {{count} fichiers contiennent du float16 ; converti en float32} other {{count} fichiers contiennent du float64 ; converti en float32}} : {named} et {more} de plus (les avertissements de chaque fichier sont listés avec lui)',
  memory_over_limit:
    'les caractéristiques de {where} ({n} × {d} float32){index, select, yes { et l’index} other {}} demandent {neededSize}, plus de {percent} % des {usableSize} de mémoire de cet ordinateur : utilisez un ordinateur avec plus de mémoire, ou moins de fichiers de caractéristiques',
  memory_not_free:
    'les caractéristiques de {where} ({n} × {d} float32){index, select, yes { et l’index} other {}} demandent {neededSize} mais seuls {freeSize} de mémoire sont disponibles maintenant : fermez d’autres programmes, ou utilisez un ordinateur avec plus de mémoire, ou moins de fichiers de caractéristiques',
  memory_tight:
    'les caractéristiques de {where} ({n} × {d} float32){index, select, yes { et l’index} other {}} demandent {neededSize} mais le système indique {freeSize} de libre : le chargement peut être lent le temps qu’il libère de la mémoire',
  split_files_sampled:
    'les {files} fichiers mis de côté contiennent {held} trames : un échantillon reproductible de {queries} d’entre elles sert de requêtes',
  split_no_file_set:
    'aucun ensemble de fichiers entiers ne donne {min}+ trames de requête tant que l’index garde {keep} % des {n} trames',
  split_too_few_frames:
    '{n} trames sont trop peu pour une séparation d’évaluation ({needed} nécessaires : {min} trames de requête tant que l’index en garde 75 %) ; évaluez plutôt avec un fichier ou dossier de requêtes (--queries)',
  split_frame_block:
    '{single, select, yes {un seul fichier de caractéristiques ({file})} other {mise de côté de fichiers entiers impossible}} : les requêtes sont les trames {first}-{last}, un bloc contigu, avec {guard} trames de chaque côté également tenues hors de l’index ; le rappel peut paraître un peu élevé car les trames d’un même enregistrement se ressemblent',
  split_queries_sampled:
    'l’ensemble de requêtes contient {total} trames : un échantillon reproductible de {queries} d’entre elles est utilisé',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'l’α-expansion normalise les vecteurs en L2 : RVC mélangera des caractéristiques de longueur unité (utilisez la métrique IP, ou baissez index_rate)',
  compress_skipped: 'compression à {centroids} centroïdes ignorée : il n’y a que {n} vecteurs',
  eval_ip_normalised:
    'index à produit scalaire : les requêtes sont normalisées en L2 (cosinus), comme pour les index IP que construit cette application',
  eval_queries_stored:
    '{stored} des {queries} trames de requête sont stockées dans {index} (un export contient toutes les trames) : le rappel est gonflé — passez --queries avec des caractéristiques que l’index n’a pas vues',
  blend_without_reconstruct:
    'cet index ne peut pas reconstruire ses vecteurs (RVC a besoin de reconstruct_n) : blend_error utilise les vecteurs d’origine',

  // ---- export checks
  check_metric_l2: 'L2 : les poids 1/distance² de RVC s’appliquent',
  check_ntotal: '{ntotal} vecteurs stockés ({expected} attendus)',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) renvoie des vecteurs finis',
  check_reconstruct_nonfinite: 'reconstruct_n a renvoyé des valeurs non finies',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) échoue : {reason} — RVC ne peut pas charger cet index',
  check_ids_mapped: 'l’index associe des identifiants personnalisés ; RVC a besoin des identifiants 0..ntotal-1',
  check_ids_ok: 'les identifiants sont 0..ntotal-1',
  check_fastscan_heap: 'la recherche FastScan de RVC demande {candidates} candidats : faiss utilise son top-k par tas',
  check_fastscan_aborts:
    'la recherche FastScan de RVC demande {candidates} candidats (k_factor {kFactor}) : faiss-cpu 1.7.3, que RVC fixe, passe alors à un top-k qui s’arrête sur certaines données à distances égales (assertion de partitioning.cpp). Un k_factor ≤ {max} l’évite ; les recherches de cette application ne sont pas concernées',
  check_nprobe_none: 'pas un index IVF : pas de n_probe',
  check_nprobe_stored: 'n_probe {nprobe} enregistré dans le fichier (RVC ne le change jamais)',

  // ---- browser mode
  web_unreachable: 'impossible de joindre le serveur RVC Index Studio ({reason}) : `npm run web` tourne-t-il encore ?',
  web_no_token:
    'cette page n’a pas de jeton d’accès valide : ouvrez l’URL exacte qu’a affichée `npm run web` (elle se termine par ?token=…)',
  web_forbidden:
    "le serveur a refusé cette adresse : ouvrez-la sous la forme http://127.0.0.1:'<port>'/ (l’URL qu’a affichée `npm run web`)",
  web_no_json: 'le serveur a répondu à {method} par HTTP {status} sans JSON',
  web_bad_body: 'le serveur a répondu à {method} par un contenu inattendu',
};
