// Engine and Backend messages in this language, by code, with the parameters of app/messages/en/
// (a test checks every code is here with the same placeholders).
import type { EngineCatalogue } from '..';
import { errorsPtBR } from './errors/pt-BR';

const help = "partes esperadas como IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat (separadas por vírgulas)";
const kind =
  '{kind, select, folder {uma pasta} fifo {uma FIFO (pipe nomeado)} socket {um socket} device {um dispositivo} link {um link simbólico} file {um arquivo} other {um arquivo especial}}';
const what =
  '{what, select, index {arquivo de índice} npy {arquivo .npy} pth {arquivo de modelo} zip {arquivo zip} experiment {pasta de características ou arquivo .npy} queries {pasta de consultas ou arquivo .npy} library {pasta de modelos ou .zip} other {arquivo}}';

export const enginePtBR: EngineCatalogue = {
  ...errorsPtBR,
  // ---- data
  few_distinct_rows:
    'só {distinct, plural, one {# vetor distinto} many {# vetores distintos} other {# vetores distintos}} entre {sampled, number} linhas amostradas: as características são quase todas cópias umas das outras (silêncio, um extrator travado?) e nenhum índice sobre elas ajuda o RVC',
  lists_mostly_empty:
    '{empty, number} de {nlist, number} listas invertidas estão vazias: o k-means encontrou menos pontos distintos que listas; use bem menos listas (--n-ivf) ou confira as características',
  recall_trivial:
    'o índice só contém {distinct, plural, one {# vetor distinto} many {# vetores distintos} other {# vetores distintos}} entre {sampled, number} amostrados: os vizinhos empatam numa distância, então qualquer resposta é exata e o recall é trivialmente 100% — as colunas de recall só mostram quais dos ids empatados voltaram',

  // ---- engine
  faiss_variant_unknown: 'RVC_FAISS_VARIANT é "{value}": use generic ou avx2 (ou remova-a para escolher pela CPU)',
  faiss_variant_not_built:
    'RVC_FAISS_VARIANT={variant}, mas {file} não foi compilado (compilados: {built}); rode "npm run build" no Linux x86-64 para os dois',
  faiss_variant_cpu_unsupported:
    'RVC_FAISS_VARIANT=avx2, mas esta CPU ou este sistema operacional não consegue rodar código AVX2 (AVX2, FMA, F16C com o estado AVX salvo pelo sistema)',

  // ---- export, rvc
  metric_ip:
    'métrica de produto interno: o RVC pondera os vizinhos por 1/distância², o que pressupõe distâncias L2 — este índice vai misturar errado no RVC',
  rvc_metric_not_l2:
    'métrica {metric}: o RVC pondera os vizinhos por 1/distância², o que pressupõe L2 — este índice vai misturar errado no RVC',

  // ---- factory strings and build plans
  factory_empty: 'a string de fábrica está vazia',
  factory_n_unset: "'{n}' precisa de um valor: defina n_ivf",
  factory_zero: 'os números de uma string de fábrica devem ser pelo menos 1',
  factory_empty_part: 'a string de fábrica tem uma parte vazia (duas vírgulas seguidas?)',
  factory_no_index: `a string de fábrica precisa de um índice depois das transformações: ${help}`,
  factory_unknown_part: `parte desconhecida ''{token}'': ${help}`,
  factory_not_built: `''{token}'' é um índice faiss que este app não constrói: ${help}`,
  factory_id_map:
    "''{token}'' não é suportado: o RVC numera os vetores de 0 a N−1 e os lê de volta com reconstruct_n, o que um mapa de ids não atende; tire ''{token},'' (p. ex. ''{rest}'')",
  factory_out_of_place: "''{token}'' está fora do lugar: primeiro as transformações, depois o índice, depois RFlat",
  factory_fastscan_bits: '{token}: códigos FastScan ("fs") devem usar 4 bits (PQ{m}x4fs)',
  factory_pq_bits: '{token}: os bits por código PQ devem ficar entre 1 e 16',
  factory_reduce_above_d: '{token}: não é possível reduzir d = {d} para {target} dimensões',
  factory_opq_divide: '{token}: os {m} subvetores do OPQ devem dividir a dimensão {d}',
  factory_ivf_no_codes: '{token} deve ser seguido de como os vetores são guardados, p. ex. {token},Flat',
  factory_refine_twice: '{token}: só uma etapa de reordenação é suportada',
  factory_hnsw_m: 'HNSW{m}: M deve ficar entre 4 e 256',
  factory_pq_divide: 'PQ{m}: m = {m} deve dividir a dimensão dos vetores {d} (tente {divisors})',
  factory_pq_too_few: 'PQ com códigos de {bits} bits precisa de pelo menos {needed} vetores de treino; há {n}',
  factory_ivf_too_few:
    'IVF{nlist} precisa de pelo menos {nlist} vetores de treino (um por lista); há {n}. Baixe n_ivf para no máximo {max}.',
  factory_ivf_sparse:
    'IVF{nlist} tem menos de {min} vetores de treino por lista ({perList, number, ::.0}); o faiss vai avisar e as listas ficarão ruidosas. n_ivf ≤ {max} evita isso.',
  factory_pq_polysemous:
    '{token} também treina códigos polissêmicos, que a busca do RVC nunca usa; essa etapa pode levar tanto quanto o resto do treino. {token}np constrói o mesmo índice sem ela.',
  factory_refine_k_factor_1:
    'RFlat com k_factor = 1 não reordena nada: o recall fica o dos códigos comprimidos. Use k_factor de 2 a 2,5 para uma exportação para o RVC (mais só é seguro neste app: o faiss 1.7.3 do RVC pode travar acima de 2,5).',
  plan_rvc_compress:
    'N = {n} > {threshold}: indexando {centroids} centroides de k-means, como o RVC faz (índice ≈{indexSize} em vez de ≈{rvcSize}); mantenha todos os quadros com --keep-all-frames',
  plan_nprobe_ignored: 'nprobe {nprobe} ignorado: {factory} não é um índice IVF',
  plan_k_factor_ignored: 'k_factor {kFactor} ignorado: {factory} não tem etapa de reordenação RFlat',

  // ---- faiss files
  faiss_too_short: 'curto demais para um índice faiss ({bytes} bytes) no byte {offset}',
  faiss_not_index: 'não é um arquivo de índice faiss (começa com {start}) no byte {offset}',
  faiss_truncated: 'o arquivo termina dentro de {field} (precisa de {needed} bytes, restam {left}) no byte {offset}',
  faiss_vector_too_long:
    '{field} declara {count} elementos de {elementBytes} bytes, mas só restam {left} bytes no byte {offset}',
  faiss_list_too_long:
    'a lista invertida {list} declara {size} entradas de {entryBytes} bytes, mas só restam {left} bytes no byte {offset}',
  faiss_impossibly_large: '{field} é impossivelmente grande (arquivo corrompido?) no byte {offset}',
  faiss_unknown_tag:
    'tag de tipo de {kind, select, transform {transformação} lists {listas invertidas} other {índice}} desconhecida {tag} (arquivo corrompido?) no byte {offset}',
  faiss_nesting: 'objetos aninhados em mais de {max} níveis (arquivo corrompido?) no byte {offset}',
  faiss_unsupported: '{fourcc} não suportado no byte {offset}',
  faiss_too_small: '{field} = {value} está abaixo de {min} (arquivo corrompido?) no byte {offset}',
  faiss_not_positive: '{field} = {value} não é positivo (arquivo corrompido?) no byte {offset}',
  faiss_out_of_range: '{field} = {value} está fora de {min}…{max} (arquivo corrompido?) no byte {offset}',
  faiss_not_equal: '{field} = {value}, mas deve ser igual a {rule} = {expected} (arquivo corrompido?) no byte {offset}',
  faiss_not_one_of: '{field} = {value} não é um de {allowed} (arquivo corrompido?) no byte {offset}',
  faiss_not_multiple:
    '{field} = {value} não é múltiplo de {divisorField} = {divisor} (arquivo corrompido?) no byte {offset}',
  faiss_not_finite: '{field} é {value}, não um número finito (arquivo corrompido?) no byte {offset}',
  faiss_odd_count: '{field} contém um número ímpar ({count}) de valores (arquivo corrompido?) no byte {offset}',
  faiss_sparse_cap:
    'nlist = {nlist}: mais listas invertidas do que este leitor enumera (no máximo {max}) no byte {offset}',
  faiss_sparse_unaccounted:
    'nlist = {nlist} listas invertidas, mas o quantizador ({fourcc} no byte {quantizerAt}) dá conta de no máximo {bound} (arquivo corrompido?) no byte {offset}',
  faiss_untrained_with_vectors:
    '{type} não está treinado, mas contém {ntotal} vetores (arquivo corrompido?) no byte {offset}',
  faiss_id_out_of_range:
    '{field} contém o id {id}, mas {user} precisa de ids de 0 a {max} (arquivo corrompido?) no byte {offset}',
  faiss_dangling_entry:
    '{field} aponta para o vetor {position} da lista invertida {list}, que não existe (nlist = {nlist}, essa lista contém {size}) (arquivo corrompido?) no byte {offset}',
  faiss_hnsw_neighbor_level:
    'o nó HNSW {node} liga ao nó {neighbor} no nível {level}, mas esse nó só tem {levels} níveis (arquivo corrompido?) no byte {offset}',
  faiss_lists_not_stored:
    "as listas invertidas não estão gravadas neste arquivo ('il00'): o faiss o lê, mas não consegue buscar nele, e o RVC travaria; construa o índice de novo a partir das características do experimento no byte {offset}",
  faiss_lists_on_disk:
    "as listas invertidas ficam num arquivo separado (''{tag}'', listas em disco do faiss), que este app não abre; construa o índice de novo a partir das características do experimento, ou carregue-o com as listas no faiss do Python e grave-o com listas em memória no byte {offset}",
  faiss_engine_unsupported_type:
    '{type} ({fourcc}) não pode ser usado como {role, select, quantizer {quantizador grosso de um índice IVF} storage {armazenamento de um índice HNSW} refine {índice de reordenação de um IndexRefine} other {índice}} pelo motor no byte {offset}',
  faiss_engine_cannot_search: '{type} no byte {offset} não pode ser consultado com o faiss do motor ({reason})',
  faiss_engine_metric: '{type} usa a métrica {metric}: o motor só lê índices L2 e de produto interno no byte {offset}',
  faiss_engine_unsupported_value: '{field} = {value}: o faiss do motor aqui só funciona com {allowed} no byte {offset}',
  faiss_engine_limit: '{field} = {value} está fora do que o motor aceita ({min}…{max}) no byte {offset}',
  faiss_engine_untrained_part:
    '{type} no byte {offset} não está treinado, embora o índice em volta esteja: o faiss não consegue buscar nele',
  faiss_engine_unreadable: 'o faiss não consegue ler este índice ({reason})',
  faiss_engine_no_reconstruct:
    'o faiss não consegue devolver os vetores guardados deste índice: reconstruct_n abortaria o processo ({type} no byte {offset}{reason, select, missing {: seus ids não cobrem de 0 a {max}} other {}})',
  faiss_trailing_bytes: '{count} bytes após o fim do índice são ignorados',
  faiss_nprobe_zero: 'o nprobe gravado é {nprobe}: o faiss não consultará nenhuma lista invertida',
  faiss_k_factor_low: 'o k_factor gravado é {value}: a reordenação precisa de pelo menos 1',

  // ---- files (said after the path)
  file_missing: 'arquivo ou pasta inexistente',
  file_not_regular: `é ${kind}, não um ${what} comum: nada foi lido`,
  input_not_regular: `é ${kind}, não um ${what}: nada foi lido`,
  file_unreadable: 'não pode ser lido: {reason}',
  file_truncated: 'encolheu durante a leitura ({actual, number} de {expected, number} bytes): não lido',
  file_too_large: 'tem {size, number} bytes, acima do limite de {limit, number} bytes que este app lê: não lido',
  output_not_folder: `a pasta de saída é ${kind}, não uma pasta`,
  output_not_writable: 'a pasta de saída não permite escrita',
  output_folder_unusable: 'a pasta de saída não pode ser usada: {reason}',
  output_not_regular: `não pode ser gravado: é ${kind}; escolha um nome de arquivo comum`,
  output_exists: 'já existe: nada foi gravado (use --force para sobrescrever)',

  // ---- library actions
  retune_no_index: 'não tem índice para reajustar (veja os achados do diagnóstico)',
  retune_several_indexes: 'tem {count} índices candidatos: deixe um ao lado do modelo e depois reajuste-o',
  retune_index_unusable: 'o índice dele não pode ser reajustado: {reason}',
  retune_no_nprobe: 'o índice dele ({type}) não é um índice IVF: não tem n_probe para gravar',
  retune_target_unreachable:
    'nenhum n_probe chega a um recall estimado de {target, number, percent} (buscar em todas as {nlist, number} listas dá {best, number, percent})',
  retune_no_estimate: 'não é possível escolher um n_probe pelo recall: {reason}',
  retune_same_output: 'gravaria {file}, que outro modelo deste lote também grava: reajuste-o com --out-dir',
  retune_output_exists: 'gravaria {file}, que já existe: nada foi sobrescrito',
  retune_unchanged: 'o índice dele já guarda n_probe {nprobe}: nada a gravar',
  share_pair_broken: 'não pode entrar num zip de compartilhamento com este modelo: {reason}',

  // ---- voice-model libraries: pickles
  pickle_truncated: 'o pickle termina cedo no byte {offset} (arquivo truncado ou danificado?)',
  pickle_unknown_opcode:
    'o byte {offset} contém {byte}, que não é uma instrução de pickle (arquivo danificado, ou não é um pickle)',
  pickle_opcode_refused:
    'o pickle pede a instrução {opcode} no byte {offset}, de que um arquivo de modelo nunca precisa: recusado, nada foi executado',
  pickle_global_refused:
    'o pickle pede {name} no byte {offset}, de que um modelo de voz nunca precisa: recusado, nada foi executado (um arquivo de modelo que chama código está quebrado ou é malicioso)',
  pickle_call_refused:
    'o pickle chama {name} no byte {offset}, o que um modelo de voz nunca faz: recusado, nada foi executado',
  pickle_bad_arguments:
    'o pickle chama {name} no byte {offset} com argumentos que o torch.save nunca grava: recusado, nada foi executado',
  pickle_bad_persistent_id:
    'o pickle nomeia um armazenamento de tensor no byte {offset} numa forma que o torch.save nunca grava: recusado',
  pickle_tensor_outside_storage:
    'um tensor no byte {offset} passa do fim do seu armazenamento data/{key} (arquivo danificado?)',
  pickle_protocol: 'o protocolo de pickle {protocol} não é um dos que o torch.save grava (são lidos do 2 ao 5)',
  pickle_malformed: 'o pickle está malformado no byte {offset}: {detail}',
  pickle_limit: 'o pickle passa do limite de {limit} {what} no byte {offset}: recusado',

  // ---- voice-model libraries: files and folders
  library_not_folder_or_zip: 'não é nem uma pasta nem um arquivo .zip: abra uma pasta de modelos ou um .zip',
  link_outside_root: 'é um link para um lugar fora da pasta escolhida: não seguido',
  link_broken: 'é um link que não leva a lugar nenhum: ignorado',
  folder_loop: 'leva de volta a uma pasta já examinada (um laço de links): ignorado',
  folder_too_deep: 'está a mais de {limit} pastas de profundidade: não examinado',
  scan_limit: 'a pasta contém mais de {limit, number} arquivos e pastas: o resto não foi examinado',
  zip_too_deep: 'é um zip dentro de um zip dentro de um zip: não aberto (descompacte o de fora primeiro)',
  training_checkpoint_skipped:
    'é um checkpoint de treino (G_/D_): o RVC e o Applio não o carregam como modelo de voz, então ele é ignorado',

  // ---- voice-model libraries: zip files
  zip_unreadable: 'não é um arquivo zip que este app consiga ler ({reason})',
  zip_too_many_entries:
    'contém {count, number} entradas, mais que as {limit, number} de que um zip de modelo precisa: recusado',
  zip_entry_bad_name: 'tem nome vazio ou caracteres de controle no nome: o zip é recusado',
  zip_entry_backslash:
    'tem uma barra invertida no nome (um caminho do Windows, ou um truque para sair da pasta na extração): o zip é recusado',
  zip_entry_absolute: 'tem como nome um caminho absoluto ou uma letra de unidade: o zip é recusado',
  zip_entry_traversal: 'tem ".." no nome, o que sai da pasta na extração: o zip é recusado',
  zip_entry_duplicate: 'aparece duas vezes no zip: o zip é recusado',
  zip_entry_not_regular: 'é um {kind}, não um arquivo: o zip é recusado',
  zip_entry_encrypted: 'está criptografado: o zip é recusado (compacte de novo sem senha)',
  zip_entries_overlap: 'sobrepõe os dados de {other} (um truque de bomba zip): o zip é recusado',
  zip_entry_ratio:
    'se expandiria {ratio, number} vezes o tamanho compactado, acima do limite de {limit, number} (uma bomba zip?): não lido',
  zip_entry_method: 'usa o método de compressão {method}; só entradas armazenadas e deflate são lidas',
  zip_entry_size_mismatch:
    'não contém os {size, number} bytes que o cabeçalho declara (arquivo danificado ou bomba zip): não lido',
  zip_entry_corrupt: 'não pode ser lido: {reason}',
  zip_budget: 'levaria esta varredura além de {limit, number} bytes lidos de zips: não lido',
  index_not_faiss: 'não é um índice faiss que este app consiga ler: {reason}',

  // ---- voice-model libraries: .pth model files
  pth_unknown_format:
    'não é um arquivo de modelo PyTorch: o torch.save grava um zip com data.pkl (ou, antes do torch 1.6, um pickle que começa com seu número mágico)',
  pth_no_pickle: 'é um zip sem o data.pkl que o torch.save grava: não é um arquivo de modelo PyTorch',
  pth_several_pickles: 'contém mais de um data.pkl: não é um arquivo gravado pelo torch.save',
  pth_storage_missing: 'nomeia dados de tensor {record} que o arquivo não contém (arquivo danificado?)',
  pth_storage_short:
    'contém {actual, number} bytes em {record} onde seus tensores precisam de {expected, number} (arquivo truncado?)',
  pth_not_a_model:
    'não é um modelo de voz do RVC: não tem dicionário `weight` (modelos do RVC e do Applio contêm weight, config, sr, f0, version)',
  pth_training_checkpoint:
    'é um checkpoint de treino (model, optimizer), não um modelo de voz: use o modelo pequeno que o RVC ou o Applio extraiu dele',

  // ---- voice-model libraries: the doctor's findings
  index_missing:
    'nenhum índice encontrado para este modelo: o RVC converte sem recuperação, então a taxa do índice não faz nada. Correção: coloque o added_….index do modelo ao lado dele (mesma pasta, ou um nome de arquivo que contenha o nome do modelo)',
  several_indexes:
    '{count} índices servem para este modelo ({indexes}); o RVC e o Applio pegam o primeiro que a varredura de pastas encontra. Correção: deixe ao lado dele só o índice added_ do próprio modelo, ou dê a ele o nome do modelo',
  index_unreadable: '{index} não pode ser usado: {reason}. Correção: baixe ou construa o índice de novo',
  index_partial:
    '{index} foi lido só em parte ({reason}), então faltam algumas verificações. Correção: nenhuma se o RVC o carrega; senão, reconstrua-o como IVF…,Flat',
  index_empty:
    '{index} não contém vetores (ntotal {ntotal}): um índice trained_ só contém o agrupamento, então o RVC não encontra vizinhos ("You used a wrong .index file"). Correção: use o índice added_ da mesma pasta de treino, ou reconstrua o índice',
  dim_mismatch:
    'o índice contém vetores de {indexDim} dimensões, mas o modelo usa características de {modelDim} dimensões: o RVC para com "assert d == self.d". Correção: use o índice construído com as características do próprio modelo (modelos v1: 256, v2: 768)',
  metric_not_l2:
    'o índice usa a métrica {metric}: o RVC pondera os vizinhos por 1/distância², o que pressupõe distâncias L2, então vai misturar errado. Correção: reconstrua o índice com a métrica L2',
  not_reconstructable:
    '{type} não consegue devolver seus vetores guardados (reconstruct_n), que o RVC chama ao carregar o índice: {crashes, select, yes {o faiss aborta e o RVC trava} other {o carregamento falha}}. Correção: reconstrua-o como IVF…,Flat (ou exporte-o de novo por este app)',
  fastscan_k_factor:
    'FastScan com k_factor {kFactor}: a busca do RVC pede {candidates} candidatos, e o faiss-cpu 1.7.3 (que o RVC fixa) muda acima de 20 para um top-k que aborta com dados de distâncias empatadas (silêncio). Correção: grave k_factor ≤ {safe} (set-params ou reajuste)',
  nprobe_1:
    'n_probe gravado 1: o RVC busca em 1 de {nlist, number} listas e encontra cerca de 70% dos vizinhos que a busca exata encontraria (top 8). Correção: reajuste para n_probe 8–16 (uma cópia com o novo valor; o modelo fica intacto)',
  index_above_compress_threshold:
    'o índice contém {ntotal, number} vetores ({bytes, number} bytes): o botão do próprio RVC troca mais de {threshold, number} quadros por {centroids, number} centroides de k-means, então este arquivo é maior e mais lento que o do RVC. Correção: nenhuma se ele roda rápido o bastante; a regra do RVC dá um índice pequeno de centroides',
  index_centroids:
    'o índice contém exatamente {centroids, number} vetores: o sinal do RVC de que as características de treino tinham mais de {threshold, number} quadros e foram trocadas por centroides de k-means, então os vizinhos são centroides, não quadros reais. Correção: nenhuma; um índice de todos os quadros pode soar mais próximo da voz',
  version_unknown:
    'o modelo diz versão "{declared}", que nem o RVC nem o Applio conhecem (v1 ou v2): pode não carregar. Correção: extraia o modelo de novo com o RVC ou o Applio',
  model_dim_unknown:
    'o modelo não tem embedding de fonemas (enc_p.emb_phone.weight), então sua dimensão de características é desconhecida e o índice não pode ser conferido com ele',
  version_shape_mismatch:
    '{declared, select, yes {o modelo diz {version}} other {o modelo não tem versão, então o RVC o carrega como {version}}}, que usa características de {expected} dimensões, mas seu embedding de fonemas usa {dim}: o RVC e o Applio montam a rede errada e não o carregam. Correção: extraia o modelo de novo com a versão certa',

  // ---- recall estimate
  estimate_caveat:
    'Estimado a partir dos próprios vetores do índice ({queries}, cada um excluído da própria busca), não medido em áudio reservado; a voz de outro cantor pode encontrar menos vizinhos',
  estimate_index_empty: 'o índice não contém vetores (um índice trained_?): não há de onde estimar o recall',
  estimate_too_few_vectors:
    'o índice contém {ntotal, plural, one {# vetor} many {# vetores} other {# vetores}}: estimar o recall top-{k} precisa de pelo menos {needed}',
  estimate_metric_unsupported: 'o índice usa uma métrica diferente de L2 ou produto interno: sem estimativa de recall',
  estimate_not_reconstructable:
    'o índice não consegue devolver seus vetores guardados (reconstruct_n), dos quais a estimativa de recall é feita: {reason}',

  // ---- experiment features (file names are parameters)
  features_only_file:
    'usando só {file}; outros {others} arquivos .npy em {folder} não são carregados (abra a pasta para usá-los)',
  features_both_folders:
    '{folder} e {other} existem: usando {folder} ({version}) (abra {otherPath} para as características {otherVersion})',
  features_folder_empty: '{folder} não tem arquivos .npy: usando {used} ({version})',
  features_total_fea_ignored: '{file} ignorado: ele repete os quadros dos outros {count} arquivos .npy',
  features_width_mismatch:
    '{folder}: contém características de largura {d}, mas as de {version} têm largura {expected}',
  feature_squeezed: '{file}: forma {shape} reduzida para ({rows}, {d})',
  feature_float16: '{file}: float16 convertido para float32',
  feature_float64: '{file}: float64 convertido para float32 (a precisão além de float32 é perdida)',
  feature_empty: '{file}: não tem quadros (forma {shape}); ignorado',
  feature_trailing_bytes: '{file}: {count} bytes após os dados ignorados',
  feature_nonfinite:
    '{file}: {dropped} de {rows} linhas contêm {float64, select, yes {NaN/Inf (ou valores float64 fora do alcance de float32)} other {NaN/Inf}}; descartadas',
  features_grouped:
    '{kind, select, squeezed {{count} arquivos têm forma (1, quadros, d); reduzidos para (quadros, d)} float16 {{count} arquivos contêm float16; convertido para float32} other {{count} arquivos contêm float64; convertido para float32}}: {named} e mais {more} (os avisos de cada arquivo aparecem com ele)',
  memory_over_limit:
    'as características de {where} ({n} × {d} float32){index, select, yes { e o índice} other {}} precisam de {neededSize}, mais de {percent}% dos {usableSize} de memória deste computador: use um computador com mais memória, ou menos arquivos de características',
  memory_not_free:
    'as características de {where} ({n} × {d} float32){index, select, yes { e o índice} other {}} precisam de {neededSize}, mas só há {freeSize} de memória disponível agora: feche outros programas, ou use um computador com mais memória, ou menos arquivos de características',
  memory_tight:
    'as características de {where} ({n} × {d} float32){index, select, yes { e o índice} other {}} precisam de {neededSize}, mas o sistema informa {freeSize} livres: o carregamento pode ficar lento enquanto ele libera memória',
  split_files_sampled:
    'os {files} arquivos reservados contêm {held} quadros: usando uma amostra com semente de {queries} deles como consultas',
  split_no_file_set:
    'nenhum conjunto de arquivos inteiros dá {min}+ quadros de consulta enquanto o índice mantém {keep}% dos {n} quadros',
  split_too_few_frames:
    '{n} quadros são poucos demais para uma divisão de avaliação ({needed} necessários: {min} quadros de consulta enquanto o índice mantém 75%); avalie com um arquivo ou pasta de consultas (--queries)',
  split_frame_block:
    '{single, select, yes {só um arquivo de características ({file})} other {reservar arquivos inteiros é impossível}}: as consultas são os quadros {first}-{last}, um bloco contíguo, com {guard} quadros de cada lado também fora do índice; o recall pode sair um pouco alto porque os quadros de uma mesma gravação se parecem',
  split_queries_sampled:
    'o conjunto de consultas contém {total} quadros: usando uma amostra com semente de {queries} deles',

  // ---- build and evaluation jobs
  expand_l2_normalises:
    'a α-expansão normaliza os vetores em L2: o RVC vai misturar características de comprimento unitário (use a métrica IP, ou diminua o index_rate)',
  compress_skipped: 'compressão para {centroids} centroides ignorada: há só {n} vetores',
  eval_ip_normalised:
    'índice de produto interno: as consultas são normalizadas em L2 (cosseno), como nos índices IP que este app constrói',
  eval_queries_stored:
    '{stored} de {queries} quadros de consulta estão guardados em {index} (uma exportação contém todos os quadros): o recall está inflado — passe --queries com características que o índice não viu',
  blend_without_reconstruct:
    'este índice não consegue reconstruir seus vetores (o RVC precisa de reconstruct_n): blend_error usa os vetores originais',

  // ---- export checks
  check_metric_l2: 'L2: os pesos 1/distância² do RVC se aplicam',
  check_ntotal: '{ntotal} vetores guardados ({expected} esperados)',
  check_reconstruct_ok: 'reconstruct_n(0, {ntotal}) devolve vetores finitos',
  check_reconstruct_nonfinite: 'reconstruct_n devolveu valores não finitos',
  check_reconstruct_fails: 'reconstruct_n(0, ntotal) falha: {reason} — o RVC não consegue carregar este índice',
  check_ids_mapped: 'o índice mapeia ids próprios; o RVC precisa dos ids 0..ntotal-1',
  check_ids_ok: 'os ids são 0..ntotal-1',
  check_fastscan_heap: 'a busca FastScan do RVC pede {candidates} candidatos: o faiss usa seu top-k por heap',
  check_fastscan_aborts:
    'a busca FastScan do RVC pede {candidates} candidatos (k_factor {kFactor}): o faiss-cpu 1.7.3, que o RVC fixa, muda então para um top-k que aborta com alguns dados de distâncias empatadas (asserção de partitioning.cpp). k_factor ≤ {max} evita isso; as buscas deste app não são afetadas',
  check_nprobe_none: 'não é um índice IVF: sem n_probe',
  check_nprobe_stored: 'n_probe {nprobe} gravado no arquivo (o RVC nunca o muda)',

  // ---- browser mode
  web_unreachable:
    'não foi possível alcançar o servidor do RVC Index Studio ({reason}): o `npm run web` ainda está rodando?',
  web_no_token:
    'esta página não tem um token de acesso válido: abra a URL exata que o `npm run web` mostrou (ela termina em ?token=…)',
  web_forbidden:
    "o servidor recusou este endereço: abra-o como http://127.0.0.1:'<port>'/ (a URL que o `npm run web` mostrou)",
  web_no_json: 'o servidor respondeu a {method} com HTTP {status} e sem JSON',
  web_bad_body: 'o servidor respondeu a {method} com um conteúdo inesperado',
};
