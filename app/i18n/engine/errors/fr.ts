// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {fichier ou dossier introuvable} denied {permission refusée} folder {c’est un dossier} notdir {une partie du chemin n’est pas un dossier} loop {trop de liens symboliques} io {erreur d’entrée/sortie (disque défectueux ou lecteur déconnecté ?)} other {{reason}}}';

export const errorsFr = {
  // ---- arguments
  arg_at_most: "{field} doit valoir au plus {max} (reçu ''{raw}'')",
  arg_one_of: "{field} doit être l’un de {choices} (reçu ''{raw}'')",
  arg_positive_integer: "{field} doit être un entier positif (reçu ''{raw}'')",
  arg_non_negative_integer: "{field} doit être un entier positif ou nul (reçu ''{raw}'')",
  arg_number: "{field} doit être un nombre (reçu ''{raw}'')",
  arg_int_list: "{field} doit être une liste d’entiers positifs séparés par des virgules (reçu ''{raw}'')",
  arg_unknown_option: "option {option} inconnue pour ''{command}'' (voir --help)",
  arg_takes_no_value: '{option} ne prend pas de valeur',
  arg_needs_value: '{option} demande une valeur',
  arg_positional:
    "''{command}'' demande {needs} (reçu {count, plural, one {# argument} many {# arguments} other {# arguments}}) ; usage : rvc-index {usage}",
  arg_needs: '{what} demande {other}',
  arg_contradict: '{option} et {other} se contredisent',
  arg_exactly_one: '{command} demande exactement un de {first} et {second}',
  arg_above_zero: '{option} doit être supérieur à 0 (reçu {value})',
  request_unknown_method: "méthode ''{method}'' inconnue",
  request_below_min:
    '{field} doit être {inclusive, select, yes {supérieur ou égal à} other {supérieur à}} {min} (requête {method})',
  request_above_max:
    '{field} doit être {inclusive, select, yes {inférieur ou égal à} other {inférieur à}} {max} (requête {method})',
  request_invalid: '{field} n’est pas valide : {detail} (requête {method})',
  value_positive_integer: '{field} doit être un entier positif (reçu {value})',
  value_non_negative_integer: '{field} doit être un entier positif ou nul (reçu {value})',
  sample_d_range: 'd doit être un entier entre {min} et {max} (768 pour RVC v2, 256 pour v1 ; reçu {value})',
  set_params_nothing: 'indiquez --nprobe et/ou --k-factor',
  set_params_no_ivf:
    '{name} n’a pas d’index IVF, il n’y a donc pas de nprobe à régler{stopped, select, yes { (lecture arrêtée plus tôt : {detail})} other {}}',
  set_params_nprobe_range: 'nprobe doit être un entier de 1 à nlist = {nlist} pour {name}, reçu {nprobe}',
  set_params_no_refine:
    '{name} n’a pas d’IndexRefine (RFlat), il n’y a donc pas de k_factor à régler{stopped, select, yes { (lecture arrêtée plus tôt : {detail})} other {}}',
  set_params_k_factor_min: 'k_factor doit être un nombre ≥ 1 pour {name}, reçu {kFactor}',
  compress_too_many: 'impossible de compresser {n} trames en {centroids} centroïdes (au plus {n})',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} n’a aucun effet : la chaîne de fabrique ''{factory}'' n’a pas d’emplacement '{n}' (écrivez par exemple {example})",
  nprobe_above_nlist: 'nprobe {nprobe} dépasse le nombre de listes ({nlist})',
  k_factor_fastscan_aborts:
    'k_factor {kFactor} : la recherche de RVC demanderait {candidates} candidats à FastScan, et le faiss 1.7.3 livré avec RVC peut planter dans ce cas (distances à égalité dans le silence) ; utilisez un k_factor d’au plus {max}',
  k_factor_no_rflat: '{type} n’a pas d’étape de reclassement RFlat',
  ef_search_not_hnsw: '{type} n’est pas un index HNSW',
  k_above_ntotal: 'k = {k} dépasse les {ntotal} vecteurs de l’index',

  // ---- engine
  index_not_loaded: 'l’index {id} n’est pas chargé : construisez-le à nouveau',
  index_lost:
    'l’index {id} n’est pas chargé (il a été libéré, ou {where, select, worker {son processus de travail du moteur} other {le moteur}} a redémarré) : construisez-le à nouveau',
  job_already_running: 'la tâche {id} est déjà en cours',
  cancelled: 'annulé',
  cancelled_before_start: 'annulé avant de commencer',
  engine_shutting_down: 'le moteur s’arrête',
  engine_stopped_after: '{why, select, cancel {annulé} other {arrêt}} : le moteur a été arrêté',
  engine_worker_stopped:
    'le processus de travail du moteur s’est arrêté de façon inattendue ({reason}){lost, select, none {} other { ; index perdus : {lost} (construisez-les à nouveau)}}',
  engine_worker_failed: 'le processus de travail du moteur n’a pas pu démarrer ({reason})',
  engine_not_ready: 'le processus du moteur s’est terminé avant d’être prêt ({how})',
  engine_process_stopped:
    'le moteur s’est arrêté ({how}) ; il redémarre à la prochaine requête{lost, select, none {} other { ; index construits perdus : {lost} (construisez-les à nouveau)}}',
  engine_not_loadable:
    'impossible de charger le moteur faiss natif ({file}) : {reason}. Lancez d’abord « npm run build ».',
  engine_out_of_memory: 'mémoire insuffisante',
  engine_refused: 'le moteur a refusé la requête : {detail}',
  faiss_failed: 'échec de faiss : {detail}',

  // ---- features
  npy_bad_header: 'l’en-tête .npy n’est pas un dictionnaire d’en-tête NumPy valide',
  npy_bad_shape: "la forme .npy contient ''{part}''",
  npy_no_magic: 'pas un fichier .npy (il manque le nombre magique \\x93NUMPY)',
  npy_version: 'version .npy {major}.{minor} non prise en charge',
  npy_header_truncated: 'en-tête .npy tronqué',
  npy_header_short: 'en-tête .npy tronqué (il faut {needed} octets)',
  npy_empty_file:
    'est vide (0 octet) : l’extraction des caractéristiques a sans doute été interrompue ; relancez-la ou supprimez le fichier',
  npy_header_corrupt: 'en-tête .npy corrompu (annonce {bytes} octets)',
  npy_header_cut: 'tronqué : le fichier s’arrête dans son en-tête .npy ({size} octets sur {needed})',
  feature_not_float:
    'contient des valeurs {type}, pas des caractéristiques flottantes : RVC écrit des caractéristiques float32 [trames, d]{integer, select, yes { (les tableaux d’entiers d’une expérience RVC sont les fichiers de hauteur de 2a_f0, pas des caractéristiques)} other {}}',
  feature_scalar: 'contient un seul nombre, pas une matrice de caractéristiques [trames, d]',
  feature_1d:
    'est à une dimension {shape} ; un fichier de caractéristiques a deux dimensions [trames, d] (les tableaux à une dimension d’une expérience RVC sont les fichiers de hauteur de 2b-f0nsf, pas des caractéristiques)',
  feature_bad_shape: 'a la forme {shape} ; attendu [trames, d] ou [1, trames, d]',
  feature_zero_width: 'a la forme {shape} : lignes de largeur 0',
  feature_data_truncated:
    'tronqué : son en-tête promet {shape} {dtype} = {bytes} octets de données mais seuls {available} suivent ; relancez l’extraction des caractéristiques pour ce fichier ou supprimez-le',
  feature_width_differs:
    'a d = {d} mais {first} a d = {firstD} : la largeur des caractéristiques diffère entre fichiers ; tous les fichiers d’une expérience doivent venir du même extracteur (v1 = 256, v2 = 768)',
  feature_changed: 'a changé pendant le chargement ; réessayez',
  features_none: 'aucun fichier de caractéristiques .npy à charger',
  features_all_empty:
    'tous les fichiers de caractéristiques sont vides (0 trame) ; relancez l’extraction des caractéristiques',
  features_all_nonfinite:
    'chaque ligne de chaque fichier de caractéristiques contient NaN/Inf ; relancez l’extraction des caractéristiques',
  features_not_found:
    '{what, select, empty {est vide} no_npy {ne contient aucun fichier .npy} other {ne contient ni dossier de caractéristiques (3_feature768, 3_feature256 ou extracted) ni fichier .npy}} : lancez d’abord l’extraction des caractéristiques (RVC WebUI : onglet Train, étape 2b « Feature extraction » ; Applio : onglet Train, « Extract »), ou choisissez un dossier de fichiers de caractéristiques .npy',
  features_not_npy:
    "n’est ni un fichier .npy ni un dossier : ouvrez un dossier d’expérience RVC (logs/'<name>'), son dossier 3_feature768 / 3_feature256, ou des caractéristiques .npy",
  queries_width_mismatch:
    'les caractéristiques des requêtes ont d = {queryD} mais celles de l’expérience ont d = {d} ; extrayez les requêtes avec la même version de modèle (v1 = 256, v2 = 768)',
  features_no_memory: 'impossible d’allouer {neededSize} pour les caractéristiques de {where}',
  features_load_cancelled: 'le chargement des caractéristiques a été annulé',
  split_impossible:
    'trop peu de trames pour mettre de côté des requêtes d’évaluation — choisissez un fichier ou dossier de requêtes',

  // ---- files
  folder_unlistable: `impossible de lister le dossier : ${fsWhy}`,
  path_unopenable: `impossible d’ouvrir : ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    'impossible d’écrire {file} : {why, select, full {le disque est plein} too_large {le fichier dépasse ce que permet ce disque ou ce compte} not_writable {le dossier n’est pas accessible en écriture} no_folder {le dossier n’existe pas} folder_in_way {un dossier de ce nom gêne} other {{reason}}}',
  cancelled_nothing_written: 'annulé : rien n’a été écrit',
  outputs_exist:
    '{files} : {count, plural, one {existe déjà} many {existent déjà} other {existent déjà}} : rien n’a été écrit (utilisez --force pour écraser)',
  folder_not_creatable: 'impossible de créer {folder} : {why, select, full {le disque est plein} other {{reason}}}',
  sample_folder_not_empty: 'contient déjà des fichiers .npy : choisissez un dossier vide pour l’expérience d’exemple',
  sample_not_written: 'impossible d’écrire l’exemple dans {folder} : {reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist} demande au moins {nlist} vecteurs d’entraînement ; cette construction s’entraîne sur {rows} (le reste est mis de côté pour l’évaluation)',
  eval_metric_unsupported: 'seuls les index L2 et produit scalaire peuvent être évalués',
  eval_dim_mismatch: 'contient des vecteurs de dimension {indexD} mais {root} a d = {d}',
  eval_no_held_out: '{root} n’a aucun fichier mis de côté pour les requêtes : passez --queries',
  eval_not_reconstructable: 'cet index ne peut pas rendre ses vecteurs stockés (reconstruct_n), dont RVC a besoin',
  tuning_no_queries:
    'cette construction n’a pas de requêtes d’évaluation (construisez avec mise de côté, ou choisissez un dossier de requêtes)',
  export_not_stored: 'l’index enregistre nprobe {nprobe}, k_factor {kFactor} ; attendu {wantNprobe}, {wantKFactor}',
  library_scan_cancelled: 'l’ouverture de la bibliothèque de modèles a été annulée',
  estimate_vectors_mismatch: 'les vecteurs stockés contiennent {values} valeurs, pas {ntotal} × {d}',

  // ---- transports
  request_job_running: "{method} : job_id ''{id}'' est déjà en cours",
  request_refused:
    '{why, select, host {hôte interdit} method {méthode non autorisée} token {jeton absent ou erroné} post {utilisez POST} session {en-tête {header} mal formé} too_large {corps de requête trop gros : la limite est de {limit} octets} body {corps de requête invalide : {detail}} sender {refusé : le message ne vient pas de la fenêtre du studio} method_type {la méthode doit être une chaîne} other {refusé}}',
  web_internal: 'erreur interne du serveur (les détails sont dans le journal du serveur)',
  owner_gone: 'la fenêtre ou l’onglet qui a demandé cette construction a disparu : son index a été libéré',
  main_no_answer: 'aucune réponse du processus principal',
};
