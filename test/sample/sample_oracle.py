# The sample experiment measured with the definitions applied to real features, with Debian's faiss.
# argv: <feature folder> <split seed> [window]. Prints one JSON object.
#
# Statistics (the same definitions were applied to the real HuBERT v1 file, 675 frames):
#   norm_mean / norm_std    L2 norms of all frames (real: 9.19 / 0.34)
#   adjacent_cosine         mean cosine of consecutive frames within a file (real: 0.577)
#   centred_cosine[lag]     the same after subtracting the dataset mean (real: 0.142, 0.100, 0.036,
#                           0.009 at lags 1, 2, 5, 10)
#   window_pcs              PCA of the first `window` (675) frames in file order, mean-centred:
#                           components for 50/75/90/99% of the variance (real: 37/82/137/224 of 256)
#   all_pc90                components for 90% of the variance over all frames
# Recall (RVC preset): held-out whole files (~5% of the files, at least 256 frames, seeded), at
# most 2000 of their frames as queries; IVF{n},Flat (L2), n = max(1, min(int(16*sqrt(N)), N // 39)),
# trained on and holding every other frame; ground truth IndexFlatL2 over the same frames;
# top-8 recall = mean |approx top-8 ∩ exact top-8| / 8 at nprobe 1, 2, 4, 8, 16.
import json, os, sys, time
import numpy as np
import faiss

folder, seed = sys.argv[1], int(sys.argv[2])
window = int(sys.argv[3]) if len(sys.argv) > 3 else 675
names = sorted(f for f in os.listdir(folder) if f.endswith('.npy'))
files = [np.load(os.path.join(folder, f)) for f in names]
x = np.concatenate(files).astype(np.float64)
n, d = x.shape


def cosines(a, b):
    return (a * b).sum(1) / np.maximum(np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-12)


def components(rows, fractions):
    rc = rows - rows.mean(0)
    ev = np.linalg.eigvalsh(rc.T @ rc)[::-1]
    share = np.cumsum(ev) / ev.sum()
    return [int(np.searchsorted(share, q) + 1) for q in fractions]


mean = x.mean(0)
adjacent, centred = [], {1: [], 2: [], 5: [], 10: []}
for f in files:
    f = f.astype(np.float64)
    adjacent.append(cosines(f[:-1], f[1:]))
    fc = f - mean
    for lag in centred:
        if len(f) > lag:
            centred[lag].append(cosines(fc[:-lag], fc[lag:]))

norms = np.linalg.norm(x, axis=1)
stats = {
    'n': n, 'd': d, 'files': len(files),
    'norm_mean': float(norms.mean()), 'norm_std': float(norms.std()),
    'adjacent_cosine': float(np.concatenate(adjacent).mean()),
    'centred_cosine': {str(lag): float(np.concatenate(v).mean()) for lag, v in centred.items()},
    'window_pcs': components(x[:window], [0.5, 0.75, 0.9, 0.99]),
    'all_pc90': components(x, [0.9])[0],
}

rng = np.random.default_rng(seed)
target_files = max(1, round(0.05 * len(files)))
held, held_frames = [], 0
for i in rng.permutation(len(files)):
    if len(held) >= target_files and held_frames >= 256:
        break
    held.append(int(i))
    held_frames += len(files[i])
held_set = set(held)
queries = np.concatenate([files[i] for i in sorted(held)]).astype(np.float32)
if len(queries) > 2000:
    queries = queries[np.sort(rng.choice(len(queries), 2000, replace=False))]
base = np.ascontiguousarray(np.concatenate([f for i, f in enumerate(files) if i not in held_set]).astype(np.float32))
N = len(base)
nlist = max(1, min(int(16 * np.sqrt(N)), N // 39))
start = time.time()
index = faiss.index_factory(d, f'IVF{nlist},Flat', faiss.METRIC_L2)
index.train(base)
index.add(base)
build_s = time.time() - start
exact = faiss.IndexFlatL2(d)
exact.add(base)
_, truth = exact.search(queries, 8)
recall = {}
for nprobe in (1, 2, 4, 8, 16):
    index.nprobe = nprobe
    _, found = index.search(queries, 8)
    recall[str(nprobe)] = float(np.mean([len(set(found[q]) & set(truth[q])) / 8 for q in range(len(queries))]))
stats.update({'nlist': nlist, 'queries': len(queries), 'held_out_files': len(held), 'build_s': build_s, 'recall': recall})
print(json.dumps(stats))
