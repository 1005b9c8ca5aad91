"""Cross-check corpus for the pure-TypeScript faiss file reader (app/faissFile).

Usage: python3 faiss_corpus.py OUTDIR [CASE ...]
       python3 faiss_corpus.py check-params ORIGINAL PATCHED NPROBE|- K_FACTOR|-
       python3 faiss_corpus.py search QUERIES.npy K ROWS FILE[:reconstruct] ...

Builds small, seeded indexes of every type the reader supports with the installed faiss (Debian's
python3-faiss 1.7.3 here), stores search parameters (nprobe, k_factor, efSearch) before writing,
then reads every file back with faiss.read_index and prints, as one JSON line, what faiss itself
reports from the file: d, ntotal, metric, nlist, nprobe, k_factor, every inverted-list size,
the imbalance factor, and a tree of the nested indexes and transforms with their parameters.
Reporting from the re-read file (not from the in-memory index) makes faiss the oracle of the
on-disk format, e.g. an IndexRefine whose refine index is flat comes back as IndexRefineFlat.
"""
import json
import math
import os
import sys

import faiss
import numpy as np

# One thread: on 2 shared cores OpenMP's spinning workers made OPQ training swing from 0.2 s to
# 11 s; single-threaded, the whole corpus takes ~1.5 s and searches are reproducible.
faiss.omp_set_num_threads(1)

D = 32
N = 2000
# nlist is 37 in most cases: odd on purpose, nothing may assume a power of two

rs = np.random.RandomState(1234)


def clustered(n, d, centers=24):
    """Gaussian blobs of different sizes: inverted lists of uneven length, like real features."""
    c = rs.normal(0, 4, (centers, d))
    weights = rs.dirichlet(np.ones(centers) * 0.7)
    labels = rs.choice(centers, n, p=weights)
    return (c[labels] + rs.normal(0, 1, (n, d))).astype('float32')


X = clustered(N, D)
X_SMALL = X[:20].copy()


def metric_of(name):
    return faiss.METRIC_INNER_PRODUCT if name == 'ip' else faiss.METRIC_L2


def quick_training(index):
    """Polysemous PQ training and full OPQ iterations take minutes on 2 shared cores; the reader
    does not care how good the codebooks are."""
    index = faiss.downcast_index(index)
    if isinstance(index, (faiss.IndexPQ, faiss.IndexIVFPQ)):
        index.do_polysemous_training = False
        index.pq.cp.niter = 6
    if isinstance(index, faiss.IndexPreTransform):
        for i in range(index.chain.size()):
            vt = faiss.downcast_VectorTransform(index.chain.at(i))
            if isinstance(vt, faiss.OPQMatrix):
                vt.niter = 3
                vt.niter_pq = 3
                vt.niter_pq_0 = 3
        quick_training(index.index)
    elif isinstance(index, faiss.IndexRefine):
        quick_training(index.base_index)
    elif isinstance(index, faiss.IndexHNSW):
        quick_training(index.storage)


def build(factory, metric='l2', d=D, x=None, add=None, ids=None):
    x = X[:, :d] if x is None else x
    index = faiss.index_factory(d, factory, metric_of(metric))
    quick_training(index)
    index.train(x)
    data = x if add is None else add
    if ids is not None:
        index.add_with_ids(data, ids)
    else:
        index.add(data)
    return index


def find_refine(index):
    """The first IndexRefine along the wrapper chain (IxPT / IDMap / IxRF)."""
    index = faiss.downcast_index(index)
    while True:
        if isinstance(index, faiss.IndexRefine):
            return index
        if isinstance(index, (faiss.IndexPreTransform, faiss.IndexIDMap)):
            index = faiss.downcast_index(index.index)
        else:
            return None


def main_ivf(index):
    """The IVF inside the wrappers (IxPT / IxRF base / IDMap), as the reader defines it."""
    index = faiss.downcast_index(index)
    while True:
        if isinstance(index, faiss.IndexIVF):
            return index
        if isinstance(index, (faiss.IndexPreTransform, faiss.IndexIDMap)):
            index = faiss.downcast_index(index.index)
        elif isinstance(index, faiss.IndexRefine):
            index = faiss.downcast_index(index.base_index)
        else:
            return None


def with_params(index, nprobe=None, k_factor=None, ef_search=None):
    if nprobe is not None:
        main_ivf(index).nprobe = nprobe
    if k_factor is not None:
        find_refine(index).k_factor = k_factor
    if ef_search is not None:
        faiss.downcast_index(index).hnsw.efSearch = ef_search
    return index


def ivf_flat_without_lists():
    index = build('IVF37,Flat', add=X[:0])
    index.replace_invlists(None, False)  # written as 'il00' (lists not stored)
    return index


# Note: downcast_index / extract_index_ivf return non-owning views; return the owning object.
def ivf_with_hashtable_direct_map():
    index = build('IVF37,Flat', add=X[:0])
    faiss.extract_index_ivf(index).set_direct_map_type(faiss.DirectMap.Hashtable)
    index.add_with_ids(X, np.arange(N, dtype='int64') * 7 + 3)
    return index


def ivf_with_array_direct_map():
    index = build('IVF37,Flat')
    faiss.extract_index_ivf(index).make_direct_map()
    return index


def centering_flat():
    index = faiss.IndexPreTransform(faiss.CenteringTransform(D), faiss.IndexFlatL2(D))
    index.train(X)
    index.add(X)
    return index


def minmax_sq():
    # 1.7.3 cannot add to an IndexRowwiseMinMax; a trained, empty one still exercises the format
    index = faiss.IndexRowwiseMinMax(faiss.IndexScalarQuantizer(D, faiss.ScalarQuantizer.QT_8bit))
    index.train(X)
    return index


def untrained_ivfpqr():
    # faiss writes IVFPQR's refine PQ, codes and k_factor even untrained, but reads them back
    # only when trained: the 6 stored here is in the file, not in what faiss reports
    index = faiss.index_factory(D, 'IVF16,PQ8+8')
    faiss.downcast_index(index).k_factor = 6
    return index


def lattice():
    index = faiss.IndexLattice(D, 4, 4, 8)
    index.train(X)  # 1.7.3 cannot add to an IndexLattice
    return index


def idmap(factory, metric='l2'):
    ids = np.arange(N, dtype='int64') * 3 + 11
    return build(factory, metric, ids=ids)


# name -> builder; every IVF gets a non-default nprobe, every refine a non-default k_factor
CASES = {
    'flat_l2': lambda: build('Flat', 'l2'),
    'flat_ip': lambda: build('Flat', 'ip'),
    'ivfflat_l2': lambda: with_params(build('IVF37,Flat', 'l2'), nprobe=5),
    'ivfflat_ip': lambda: with_params(build('IVF37,Flat', 'ip'), nprobe=3),
    # 20 vectors in 64 lists: at most half the lists are non-empty, so the sizes are 'sprs'
    'ivfflat_sparse_l2': lambda: with_params(build('IVF64,Flat', 'l2', add=X_SMALL), nprobe=9),
    'ivfflat_empty_l2': lambda: with_params(build('IVF37,Flat', 'l2', add=X[:0]), nprobe=2),
    'ivfflat_nolists_l2': lambda: with_params(ivf_flat_without_lists(), nprobe=4),
    'ivfflat_dmarray_l2': lambda: with_params(ivf_with_array_direct_map(), nprobe=6),
    'ivfflat_dmhash_l2': lambda: with_params(ivf_with_hashtable_direct_map(), nprobe=7),
    'ivfflatdedup_l2': lambda: with_params(build('IVF37,FlatDedup', 'l2', add=np.vstack([X, X[:50]])), nprobe=3),
    'ivfpq_l2': lambda: with_params(build('IVF37,PQ8', 'l2'), nprobe=7),
    'ivfpq_ip': lambda: with_params(build('IVF37,PQ8x6', 'ip'), nprobe=2),
    'ivfpqr_l2': lambda: with_params(build('IVF37,PQ8+8', 'l2'), nprobe=3),
    'ivfpqr_untrained_l2': lambda: with_params(untrained_ivfpqr(), nprobe=3),
    'ivfpqfs_l2': lambda: with_params(build('IVF37,PQ16x4fs', 'l2'), nprobe=4),
    'ivfpqfs_ip': lambda: with_params(build('IVF37,PQ16x4fs', 'ip'), nprobe=8),
    'ivfpqfs_rflat_l2': lambda: with_params(build('IVF37,PQ16x4fs,RFlat', 'l2'), nprobe=6, k_factor=4),
    'ivfpqfs_rflat_ip': lambda: with_params(build('IVF37,PQ16x4fs,RFlat', 'ip'), nprobe=3, k_factor=2.5),
    'ivfsq8_l2': lambda: with_params(build('IVF37,SQ8', 'l2'), nprobe=3),
    'ivfsqfp16_ip': lambda: with_params(build('IVF37,SQfp16', 'ip'), nprobe=5),
    'ivfsq4_l2': lambda: with_params(build('IVF37,SQ4', 'l2'), nprobe=2),
    'ivfflat_refine_sq8_l2': lambda: with_params(build('IVF37,Flat,Refine(SQ8)', 'l2'), nprobe=4, k_factor=3),
    'pca_ivfflat_l2': lambda: with_params(build('PCA16,IVF37,Flat', 'l2'), nprobe=2),
    'pcawr_flat_l2': lambda: build('PCAWR16,Flat', 'l2'),
    'opq_ivfpq_l2': lambda: with_params(build('OPQ8,IVF37,PQ8', 'l2'), nprobe=4),
    'opq_ivfpqfs_rflat_l2': lambda: with_params(build('OPQ8,IVF37,PQ8x4fs,RFlat', 'l2'), nprobe=5, k_factor=8),
    'l2norm_ivfflat_ip': lambda: with_params(build('L2norm,IVF37,Flat', 'ip'), nprobe=3),
    'rr_flat_l2': lambda: build('RR32,Flat', 'l2'),
    'pad_flat_l2': lambda: build('Pad40,Flat', 'l2'),
    'center_flat_l2': centering_flat,
    'itq_lsh_l2': lambda: build('ITQ,LSH', 'l2'),
    'lsh_l2': lambda: build('LSHrt', 'l2'),
    'hnsw_flat_l2': lambda: with_params(build('HNSW16', 'l2'), ef_search=24),
    'hnsw_flat_ip': lambda: with_params(build('HNSW12', 'ip'), ef_search=40),
    'hnsw_pq_l2': lambda: with_params(build('HNSW16,PQ8', 'l2'), ef_search=32),
    'hnsw_sq_l2': lambda: with_params(build('HNSW8,SQ8', 'l2'), ef_search=20),
    'ivf_hnswquant_l2': lambda: with_params(build('IVF37_HNSW8,Flat', 'l2'), nprobe=5),
    'imi_ivfflat_l2': lambda: with_params(build('IMI2x3,Flat', 'l2'), nprobe=10),
    # 2^20 lists in a ~430 KB file, 'sprs' sizes: far more lists than bytes is legitimate here
    'imi2x10_ivfflat_l2': lambda: with_params(build('IMI2x10,Flat', 'l2'), nprobe=64),
    'pq_l2': lambda: build('PQ8', 'l2'),
    'pq_ip': lambda: build('PQ8x6', 'ip'),
    'pqfs_l2': lambda: build('PQ16x4fs', 'l2'),
    'sq4_l2': lambda: build('SQ4', 'l2'),
    'sq8_ip': lambda: build('SQ8', 'ip'),
    'minmax_sq8_l2': minmax_sq,
    'idmap_flat_l2': lambda: idmap('IDMap,Flat'),
    'idmap2_flat_ip': lambda: idmap('IDMap2,Flat', 'ip'),
    'idmap_ivfflat_l2': lambda: with_params(idmap('IDMap,IVF37,Flat'), nprobe=6),
    # types the reader does not parse: partial tree + "unsupported <fourcc> at byte N"
    'unsupported_pca_ivfrq_l2': lambda: with_params(build('PCA16,IVF37,RQ2x4', 'l2'), nprobe=3),
    'unsupported_lattice_l2': lattice,  # a real faiss type right at byte 0
}

METRIC_NAMES = {faiss.METRIC_L2: 'l2', faiss.METRIC_INNER_PRODUCT: 'ip'}
SQ_TYPE_NAMES = {getattr(faiss.ScalarQuantizer, n): n for n in dir(faiss.ScalarQuantizer) if n.startswith('QT_')}


def finite_or_none(value):
    return None if value is None or math.isnan(value) or math.isinf(value) else float(value)


def describe_transform(vt):
    vt = faiss.downcast_VectorTransform(vt)
    params = {'d_in': vt.d_in, 'd_out': vt.d_out}
    if isinstance(vt, faiss.PCAMatrix):
        params['eigen_power'] = float(vt.eigen_power)
        params['random_rotation'] = bool(vt.random_rotation)
    if isinstance(vt, faiss.NormalizationTransform):
        params['norm'] = float(vt.norm)
    children = []
    if isinstance(vt, faiss.ITQTransform):
        children = [describe_transform(vt.itq), describe_transform(vt.pca_then_itq)]
    return {'class': type(vt).__name__, 'params': params, 'children': children}


def describe_index(index):
    """faiss's own view of one (sub-)index, recursively; inverted lists are not nodes here."""
    if index is None:
        return None
    index = faiss.downcast_index(index)
    node = {
        'class': type(index).__name__,
        'd': index.d,
        'ntotal': index.ntotal,
        'metric': METRIC_NAMES.get(index.metric_type, index.metric_type),
        'params': {},
        'children': [],
    }
    params, children = node['params'], node['children']
    if isinstance(index, faiss.IndexPreTransform):
        children += [describe_transform(index.chain.at(i)) for i in range(index.chain.size())]
        children.append(describe_index(index.index))
    elif isinstance(index, faiss.IndexIVF):
        params['nlist'] = index.nlist
        params['nprobe'] = index.nprobe
        if index.invlists is not None:
            sizes = list_sizes(index.invlists)
            params['vectors_in_lists'] = sum(sizes)
            params['empty_lists'] = sizes.count(0)
        children.append(describe_index(index.quantizer))
        if isinstance(index, (faiss.IndexIVFPQ, faiss.IndexIVFPQFastScan)):
            params['pq_m'] = index.pq.M
            params['pq_nbits'] = index.pq.nbits
        if isinstance(index, faiss.IndexIVFPQR) and index.is_trained:
            params['k_factor'] = float(index.k_factor)  # untrained: faiss's default, not read
        if isinstance(index, faiss.IndexIVFScalarQuantizer):
            params['sq_type'] = SQ_TYPE_NAMES[index.sq.qtype]
    elif isinstance(index, faiss.IndexRefine):
        params['k_factor'] = float(index.k_factor)
        children += [describe_index(index.base_index), describe_index(index.refine_index)]
    elif isinstance(index, (faiss.IndexIDMap, faiss.IndexRowwiseMinMaxBase)):
        children.append(describe_index(index.index))
    elif isinstance(index, faiss.IndexHNSW):
        params['M'] = index.hnsw.nb_neighbors(1)
        params['efSearch'] = index.hnsw.efSearch
        params['efConstruction'] = index.hnsw.efConstruction
        params['max_level'] = index.hnsw.max_level
        children.append(describe_index(index.storage))
    elif isinstance(index, (faiss.IndexPQ, faiss.IndexPQFastScan, faiss.MultiIndexQuantizer)):
        params['pq_m'] = index.pq.M
        params['pq_nbits'] = index.pq.nbits
    elif isinstance(index, faiss.IndexScalarQuantizer):
        params['sq_type'] = SQ_TYPE_NAMES[index.sq.qtype]
    elif isinstance(index, faiss.IndexLSH):
        params['nbits'] = index.nbits
        children.append(describe_transform(index.rrot))
    return node


def list_sizes(lists):
    return [int(lists.list_size(i)) for i in range(lists.nlist)]


def report(path):
    index = faiss.read_index(path)
    top = faiss.downcast_index(index)
    ivf = main_ivf(index)
    refine = find_refine(index)
    lists = ivf.invlists if ivf is not None else None
    sizes = list_sizes(lists) if lists is not None else []
    return {
        'file': path,
        'file_bytes': os.path.getsize(path),
        'type': type(top).__name__,
        'd': top.d,
        'ntotal': top.ntotal,
        'metric': METRIC_NAMES.get(top.metric_type, top.metric_type),
        'nlist': ivf.nlist if ivf is not None else None,
        'nprobe': ivf.nprobe if ivf is not None else None,
        'k_factor': float(refine.k_factor) if refine is not None else None,
        'list_sizes': sizes,
        'imbalance': finite_or_none(lists.imbalance_factor()) if lists is not None else None,
        'tree': describe_index(index),
    }


def write_corpus(out_dir, only):
    results = {}
    for name, make in CASES.items():
        if only and name not in only:
            continue
        path = os.path.join(out_dir, name + '.index')
        faiss.write_index(make(), path)
        results[name] = report(path)
    print(json.dumps({'faiss_version': faiss.__version__, 'cases': results}))


def search(index, k=8):
    queries = np.random.RandomState(99).normal(0, 4, (300, index.d)).astype('float32')
    return index.search(queries, k)


def check_params(original, patched, nprobe, k_factor):
    """set-params round trip: the patched file must carry the new values and search exactly like
    the original file with the same values set by hand."""
    by_hand = faiss.read_index(original)
    untouched = search(by_hand)
    with_params(by_hand, nprobe=nprobe, k_factor=k_factor)
    expected_d, expected_i = search(by_hand)
    index = faiss.read_index(patched)
    ivf, refine = main_ivf(index), find_refine(index)
    got_d, got_i = search(index)
    print(json.dumps({
        'stored_nprobe': ivf.nprobe if ivf is not None else None,
        'stored_k_factor': float(refine.k_factor) if refine is not None else None,
        'same_labels': bool(np.array_equal(expected_i, got_i)),
        'same_distances': bool(np.array_equal(expected_d, got_d)),
        # the new values must matter, or the comparison proves nothing
        'differs_from_original': bool(not (np.array_equal(untouched[0], got_d) and np.array_equal(untouched[1], got_i))),
    }))


def prefer_heap_top_k(index):
    """The FastScan top-k the engine selects (main/native/src/index_walk.cc): a heap, where
    faiss's default switches to a reservoir above 20 candidates and breaks ties differently."""
    ivf = main_ivf(index)
    if isinstance(ivf, faiss.IndexIVFFastScan) and ivf.implem == 0:
        ivf.implem = 12 if ivf.bbs == 32 else 10
    top = faiss.downcast_index(index)
    if isinstance(top, faiss.IndexFastScan) and top.implem == 0:
        top.implem = 12


def search_files(queries_path, k, rows, specs):
    """What faiss itself answers for each file, with the parameters stored in it: the top-k of the
    queries, and (for FILE:reconstruct) the first ROWS stored vectors (reconstruct_n)."""
    queries = np.load(queries_path)
    results = {}
    for spec in specs:
        reconstruct = spec.endswith(':reconstruct')
        path = spec[:-len(':reconstruct')] if reconstruct else spec
        index = faiss.read_index(path)
        prefer_heap_top_k(index)
        distances, labels = index.search(queries, k)
        results[path] = {
            'labels': labels.tolist(),
            'distances': distances.tolist(),
            'vectors': index.reconstruct_n(0, min(rows, index.ntotal)).tolist() if reconstruct else None,
        }
    print(json.dumps(results))


def main():
    if sys.argv[1] == 'search':
        search_files(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:])
    elif sys.argv[1] == 'check-params':
        number = lambda text, kind: None if text == '-' else kind(text)
        check_params(sys.argv[2], sys.argv[3], number(sys.argv[4], int), number(sys.argv[5], float))
    else:
        write_corpus(sys.argv[1], set(sys.argv[2:]))


if __name__ == '__main__':
    main()
