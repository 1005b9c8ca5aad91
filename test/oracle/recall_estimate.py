"""Independent Python-faiss prototype of the recall estimate without features (app/recallEstimate.ts,
main/engine/recallEstimate.ts): leave-one-out over the index's own stored vectors.

Usage: python3 recall_estimate.py INDEX NPROBES QUERIES SEED HOLE [K_FACTOR|-]
Prints one JSON line: {ids, method, points: [{nprobe, recall, recall_hole, blend, blend_hole,
recall_sd, recall_hole_sd, blend_sd, blend_hole_sd}]} with NPROBES "1,2,4" ("-" for an index
without n_probe).

Pseudo-queries are stored vectors (the first QUERIES of a splitmix32 Fisher-Yates permutation of
the ids, as app/random.ts seededPermutation). Each one is searched with k + 1 + HOLE neighbours;
its own id is dropped from both the exact and the index's answer (leave-one-out), and for the
"hole" variant so are its HOLE nearest exact neighbours. A plain IVF index with the L2 metric also
takes the query out of its own list's centroid: that centroid is the mean of the list (k-means),
so without the query its distance grows to (n/(n-1))^2 times the coarse distance; the probe order
is re-sorted (stably) and the lists scanned with search_preassigned. Other indexes (and inner
product, whose IVF trains spherical k-means) are searched with faiss's search.
"""
import json
import sys

import faiss
import numpy as np

faiss.omp_set_num_threads(1)
K = 8
MIN_BLEND_DISTANCE = 1e-12


def splitmix32_stream(seed):
    state = seed & 0xFFFFFFFF
    while True:
        state = (state + 0x9E3779B9) & 0xFFFFFFFF
        z = state
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & 0xFFFFFFFF
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & 0xFFFFFFFF
        yield (z ^ (z >> 16)) / 4294967296


def pseudo_queries(n, count, seed):
    """The first `count` of seededPermutation(n, seed), ascending."""
    random = splitmix32_stream(seed)
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = int(next(random) * (i + 1))
        order[i], order[j] = order[j], order[i]
    return np.array(sorted(order[:count]), dtype=np.int64)


def drop(labels, distances, excluded):
    """The first K of a result row without the excluded ids (the query itself, the hole)."""
    keep = [j for j in range(len(labels)) if int(labels[j]) not in excluded][:K]
    return labels[keep], distances[keep]


def blend(vectors, distances, labels):
    out = np.zeros(vectors.shape[1])
    total = 0.0
    for dist, label in zip(distances, labels):
        if label < 0:
            continue
        score = max(abs(float(dist)), MIN_BLEND_DISTANCE)
        weight = 1.0 / (score * score)
        total += weight
        out += weight * vectors[label].astype(np.float64)
    return out / total if total > 0 else out


def own_list_probe_order(ivf, queries, width):
    """Each query's first `width` lists after taking the query out of its own (nearest) list."""
    coarse_d, coarse_i = ivf.quantizer.search(queries, min(ivf.nlist, width + 1))
    sizes = np.array([ivf.invlists.list_size(int(l)) for l in range(ivf.nlist)], dtype=np.float64)
    fixed = coarse_d.astype(np.float64).copy()
    n = sizes[coarse_i[:, 0]]
    fixed[:, 0] *= np.where(n > 1, (n / np.maximum(n - 1, 1)) ** 2, 1.0)
    order = np.argsort(fixed, axis=1, kind="stable")[:, :width]
    return np.take_along_axis(coarse_i, order, 1), np.take_along_axis(coarse_d, order, 1)


def main():
    path, nprobes, count, seed, hole = sys.argv[1:6]
    k_factor = sys.argv[6] if len(sys.argv) > 6 else "-"
    hole = int(hole)
    index = faiss.read_index(path)
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None and "FastScan" in type(ivf).__name__:
        ivf.implem = 12 if ivf.bbs == 32 else 10  # the heap top-k the engine selects (no abort on ties)
    vectors = index.reconstruct_n(0, index.ntotal)
    ids = pseudo_queries(index.ntotal, min(int(count), index.ntotal), int(seed))
    queries = vectors[ids]
    metric_l2 = index.metric_type == faiss.METRIC_L2
    wide = K + 1 + hole
    flat = faiss.IndexFlatL2(index.d) if metric_l2 else faiss.IndexFlatIP(index.d)
    flat.add(vectors)
    exact_d, exact_i = flat.search(queries, wide)

    base = faiss.downcast_index(index)
    own_list = metric_l2 and isinstance(base, faiss.IndexIVF) and "FastScan" not in type(base).__name__
    points = []
    for nprobe in [None] if nprobes == "-" else [int(p) for p in nprobes.split(",")]:
        if own_list:
            lists, list_d = own_list_probe_order(base, queries, nprobe)
            approx_d = np.empty((len(ids), wide), dtype=np.float32)
            approx_i = np.empty((len(ids), wide), dtype=np.int64)
            base.nprobe = nprobe
            base.search_preassigned(len(ids), faiss.swig_ptr(queries), wide, faiss.swig_ptr(lists),
                                    faiss.swig_ptr(list_d), faiss.swig_ptr(approx_d), faiss.swig_ptr(approx_i), False)
            answers = [(approx_d, approx_i)]
        else:
            answers = []
            # a re-ranking index re-ranks as many candidates besides the left-out ones as RVC's search
            for left_out in (1, 1 + hole) if k_factor != "-" else (1,):
                if nprobe is not None:
                    faiss.ParameterSpace().set_index_parameter(index, "nprobe", nprobe)
                if k_factor != "-":
                    faiss.downcast_index(index).k_factor = (K * float(k_factor) + left_out) / wide
                answers.append(index.search(queries, wide))
        stats = {"recall": [], "recall_hole": [], "blend": [], "blend_hole": []}
        for q, self_id in enumerate(ids):
            row_i, row_d = exact_i[q], exact_d[q]
            others = [int(label) for label in row_i if label != self_id and label >= 0]
            for suffix, excluded, (approx_d, approx_i) in (
                ("", {int(self_id)}, answers[0]),
                ("_hole", {int(self_id), *others[:hole]}, answers[-1]),
            ):
                truth_i, truth_d = drop(row_i, row_d, excluded)
                got_i, got_d = drop(approx_i[q], approx_d[q], excluded)
                hits = len(set(got_i[got_i >= 0].tolist()) & set(truth_i.tolist()))
                stats["recall" + suffix].append(hits / K)
                want = blend(vectors, truth_d, truth_i)
                got = blend(vectors, got_d, got_i)
                stats["blend" + suffix].append(np.linalg.norm(got - want) / max(np.linalg.norm(want), MIN_BLEND_DISTANCE))
        point = {"nprobe": nprobe}
        for key, values in stats.items():
            point[key] = float(np.mean(values))
            point[key + "_sd"] = float(np.std(values, ddof=1)) if len(values) > 1 else 0.0
        points.append(point)
    print(json.dumps({"ids": ids[:20].tolist(), "method": "loo_own_list" if own_list else "loo", "points": points}))


if __name__ == "__main__":
    main()
