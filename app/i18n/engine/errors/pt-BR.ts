// Refused options, requests and inputs, and the engine's failures, in this language (the error
// reasons of app/messages/en/arguments.ts and the refusals of the other areas).
const fsWhy =
  '{why, select, missing {arquivo ou pasta inexistente} denied {permissão negada} folder {é uma pasta} notdir {uma parte do caminho não é uma pasta} loop {links simbólicos demais} io {erro de entrada/saída (disco com defeito ou unidade desconectada?)} other {{reason}}}';

export const errorsPtBR = {
  // ---- arguments
  arg_at_most: "{field} deve ser no máximo {max} (recebido ''{raw}'')",
  arg_one_of: "{field} deve ser um de {choices} (recebido ''{raw}'')",
  arg_positive_integer: "{field} deve ser um inteiro positivo (recebido ''{raw}'')",
  arg_non_negative_integer: "{field} deve ser um inteiro não negativo (recebido ''{raw}'')",
  arg_number: "{field} deve ser um número (recebido ''{raw}'')",
  arg_int_list: "{field} deve ser uma lista de inteiros positivos separados por vírgula (recebido ''{raw}'')",
  arg_unknown_option: "opção {option} desconhecida para ''{command}'' (veja --help)",
  arg_takes_no_value: '{option} não aceita valor',
  arg_needs_value: '{option} precisa de um valor',
  arg_positional:
    "''{command}'' precisa de {needs} (recebeu {count, plural, one {# argumento} many {# argumentos} other {# argumentos}}); uso: rvc-index {usage}",
  arg_needs: '{what} precisa de {other}',
  arg_contradict: '{option} e {other} se contradizem',
  arg_exactly_one: '{command} precisa de exatamente um entre {first} e {second}',
  arg_above_zero: '{option} deve ser maior que 0 (recebido {value})',
  request_unknown_method: "método ''{method}'' desconhecido",
  request_below_min:
    '{field} deve ser {inclusive, select, yes {no mínimo} other {maior que}} {min} (requisição {method})',
  request_above_max:
    '{field} deve ser {inclusive, select, yes {no máximo} other {menor que}} {max} (requisição {method})',
  request_invalid: '{field} não é válido: {detail} (requisição {method})',
  value_positive_integer: '{field} deve ser um inteiro positivo (recebido {value})',
  value_non_negative_integer: '{field} deve ser um inteiro não negativo (recebido {value})',
  sample_d_range: 'd deve ser um inteiro entre {min} e {max} (768 para RVC v2, 256 para v1; recebido {value})',
  set_params_nothing: 'informe --nprobe e/ou --k-factor',
  set_params_no_ivf:
    '{name} não tem índice IVF, então não há nprobe para ajustar{stopped, select, yes { (a leitura parou antes: {detail})} other {}}',
  set_params_nprobe_range: 'nprobe deve ser um inteiro de 1 a nlist = {nlist} para {name}; recebido {nprobe}',
  set_params_no_refine:
    '{name} não tem IndexRefine (RFlat), então não há k_factor para ajustar{stopped, select, yes { (a leitura parou antes: {detail})} other {}}',
  set_params_k_factor_min: 'k_factor deve ser um número ≥ 1 para {name}; recebido {kFactor}',
  compress_too_many: 'não é possível comprimir {n} quadros em {centroids} centroides (no máximo {n})',
  n_ivf_no_placeholder:
    "--n-ivf {nIvf} não tem efeito: a string de fábrica ''{factory}'' não tem o marcador '{n}' (escreva, por exemplo, {example})",
  nprobe_above_nlist: 'nprobe {nprobe} é maior que o número de listas ({nlist})',
  k_factor_fastscan_aborts:
    'k_factor {kFactor}: a busca do RVC pediria {candidates} candidatos ao FastScan, e o faiss 1.7.3 que acompanha o RVC pode abortar nisso (distâncias empatadas no silêncio); use um k_factor de no máximo {max}',
  k_factor_no_rflat: '{type} não tem etapa de reordenação RFlat',
  ef_search_not_hnsw: '{type} não é um índice HNSW',
  k_above_ntotal: 'k = {k} é maior que os {ntotal} vetores do índice',

  // ---- engine
  index_not_loaded: 'o índice {id} não está carregado: construa-o de novo',
  index_lost:
    'o índice {id} não está carregado (foi liberado, ou {where, select, worker {o processo de trabalho do motor dele} other {o motor}} reiniciou): construa-o de novo',
  job_already_running: 'a tarefa {id} já está em execução',
  cancelled: 'cancelado',
  cancelled_before_start: 'cancelado antes de começar',
  engine_shutting_down: 'o motor está sendo encerrado',
  engine_stopped_after: '{why, select, cancel {cancelado} other {encerramento}}: o motor foi parado',
  engine_worker_stopped:
    'o processo de trabalho do motor parou inesperadamente ({reason}){lost, select, none {} other {; índices perdidos: {lost} (construa-os de novo)}}',
  engine_worker_failed: 'o processo de trabalho do motor não conseguiu iniciar ({reason})',
  engine_not_ready: 'o processo do motor terminou antes de ficar pronto ({how})',
  engine_process_stopped:
    'o motor parou ({how}); ele reinicia na próxima requisição{lost, select, none {} other {; índices construídos perdidos: {lost} (construa-os de novo)}}',
  engine_not_loadable:
    'não é possível carregar o motor nativo do faiss ({file}): {reason}. Execute "npm run build" primeiro.',
  engine_out_of_memory: 'memória insuficiente',
  engine_refused: 'o motor recusou a requisição: {detail}',
  faiss_failed: 'o faiss falhou: {detail}',

  // ---- features
  npy_bad_header: 'o cabeçalho .npy não é um dicionário de cabeçalho NumPy válido',
  npy_bad_shape: "a forma .npy contém ''{part}''",
  npy_no_magic: 'não é um arquivo .npy (falta o número mágico \\x93NUMPY)',
  npy_version: 'versão .npy {major}.{minor} não suportada',
  npy_header_truncated: 'cabeçalho .npy truncado',
  npy_header_short: 'cabeçalho .npy truncado (precisa de {needed} bytes)',
  npy_empty_file:
    'está vazio (0 bytes): a extração de características provavelmente foi interrompida; execute-a de novo ou apague o arquivo',
  npy_header_corrupt: 'cabeçalho .npy corrompido (declara {bytes} bytes)',
  npy_header_cut: 'truncado: o arquivo termina dentro do cabeçalho .npy ({size} de {needed} bytes)',
  feature_not_float:
    'contém valores {type}, não características de ponto flutuante: o RVC grava características float32 [quadros, d]{integer, select, yes { (matrizes de inteiros em um experimento do RVC são arquivos de tom do 2a_f0, não características)} other {}}',
  feature_scalar: 'contém um único número, não uma matriz de características [quadros, d]',
  feature_1d:
    'é unidimensional {shape}; um arquivo de características é bidimensional [quadros, d] (matrizes unidimensionais em um experimento do RVC são arquivos de tom do 2b-f0nsf, não características)',
  feature_bad_shape: 'tem forma {shape}; esperado [quadros, d] ou [1, quadros, d]',
  feature_zero_width: 'tem forma {shape}: linhas de largura 0',
  feature_data_truncated:
    'truncado: o cabeçalho promete {shape} {dtype} = {bytes} bytes de dados, mas só seguem {available}; extraia as características deste arquivo de novo ou apague-o',
  feature_width_differs:
    'tem d = {d}, mas {first} tem d = {firstD}: a largura das características difere entre arquivos; todos os arquivos de um experimento devem vir do mesmo extrator (v1 = 256, v2 = 768)',
  feature_changed: 'mudou durante o carregamento; tente de novo',
  features_none: 'não há arquivos de características .npy para carregar',
  features_all_empty:
    'todos os arquivos de características estão vazios (0 quadros); extraia as características de novo',
  features_all_nonfinite:
    'cada linha de cada arquivo de características contém NaN/Inf; extraia as características de novo',
  features_not_found:
    '{what, select, empty {está vazia} no_npy {não tem arquivos .npy} other {não tem pasta de características (3_feature768, 3_feature256 ou extracted) nem arquivos .npy}}: primeiro extraia as características (RVC WebUI: aba Train, etapa 2b "Feature extraction"; Applio: aba Train, "Extract") ou escolha uma pasta de arquivos de características .npy',
  features_not_npy:
    "não é um arquivo .npy nem uma pasta: abra uma pasta de experimento do RVC (logs/'<name>'), a pasta 3_feature768 / 3_feature256 dela, ou características .npy",
  queries_width_mismatch:
    'as características das consultas têm d = {queryD}, mas as do experimento têm d = {d}; extraia as consultas com a mesma versão de modelo (v1 = 256, v2 = 768)',
  features_no_memory: 'não é possível alocar {neededSize} para as características de {where}',
  features_load_cancelled: 'o carregamento das características foi cancelado',
  split_impossible: 'quadros de menos para reservar consultas de avaliação — escolha um arquivo ou pasta de consultas',

  // ---- files
  folder_unlistable: `não é possível listar a pasta: ${fsWhy}`,
  path_unopenable: `não é possível abrir: ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    'não é possível gravar {file}: {why, select, full {o disco está cheio} too_large {o arquivo é maior do que este disco ou conta permite} not_writable {a pasta não permite gravação} no_folder {a pasta não existe} folder_in_way {há uma pasta com esse nome no caminho} other {{reason}}}',
  cancelled_nothing_written: 'cancelado: nada foi gravado',
  outputs_exist:
    '{files}: {count, plural, one {já existe} many {já existem} other {já existem}}: nada foi gravado (use --force para sobrescrever)',
  folder_not_creatable: 'não é possível criar {folder}: {why, select, full {o disco está cheio} other {{reason}}}',
  sample_folder_not_empty: 'já contém arquivos .npy: escolha uma pasta vazia para o experimento de exemplo',
  sample_not_written: 'não é possível gravar o exemplo em {folder}: {reason}',

  // ---- jobs, library, recall estimate
  build_ivf_too_few:
    'IVF{nlist} precisa de pelo menos {nlist} vetores de treino; esta construção treina com {rows} (o restante fica reservado para a avaliação)',
  eval_metric_unsupported: 'só índices L2 e de produto interno podem ser avaliados',
  eval_dim_mismatch: 'contém vetores de {indexD} dimensões, mas {root} tem d = {d}',
  eval_no_held_out: '{root} não tem arquivos reservados para consultar: passe --queries',
  eval_not_reconstructable:
    'este índice não consegue devolver os vetores armazenados (reconstruct_n), de que o RVC precisa',
  tuning_no_queries:
    'esta construção não tem consultas de avaliação (construa reservando dados ou escolha uma pasta de consultas)',
  export_not_stored: 'o índice guarda nprobe {nprobe}, k_factor {kFactor}; esperado {wantNprobe}, {wantKFactor}',
  library_scan_cancelled: 'a abertura da biblioteca de modelos foi cancelada',
  estimate_vectors_mismatch: 'os vetores armazenados contêm {values} valores, não {ntotal} × {d}',

  // ---- transports
  request_job_running: "{method}: job_id ''{id}'' já está em execução",
  request_refused:
    '{why, select, host {host não permitido} method {método não permitido} token {token ausente ou incorreto} post {use POST} session {cabeçalho {header} malformado} too_large {corpo da requisição grande demais: o limite é {limit} bytes} body {corpo da requisição inválido: {detail}} sender {recusado: a mensagem não veio da janela do estúdio} method_type {o método deve ser uma string} other {recusado}}',
  web_internal: 'erro interno do servidor (os detalhes estão no log do servidor)',
  owner_gone: 'a janela ou aba que pediu esta construção foi fechada: o índice dela foi liberado',
  main_no_answer: 'sem resposta do processo principal',
};
