# Writes the test library's files with the real tools: torch.save for model checkpoints (the dicts
# RVC's and Applio's extract code save, with small hidden sizes but the real phone-embedding
# widths), Python faiss for indexes, zipfile (plus byte patches) for hostile zips, and pickles that
# would run a command if anything unpickled them. Usage: python3 - '<json list of jobs>'; prints
# a JSON summary.
import io, json, os, struct, sys, zipfile
from collections import OrderedDict

CONFIGS = {  # RVC's extract_small_model configs (the list ends with the sample rate)
    "40k": [1025, 32, 192, 192, 768, 2, 6, 3, 0, "1", [3, 7, 11], [[1, 3, 5]] * 3, [10, 10, 2, 2], 512, [16, 16, 4, 4], 109, 256, 40000],
    "48k": [1025, 32, 192, 192, 768, 2, 6, 3, 0, "1", [3, 7, 11], [[1, 3, 5]] * 3, [12, 10, 2, 2], 512, [24, 20, 4, 4], 109, 256, 48000],
    "32k": [513, 32, 192, 192, 768, 2, 6, 3, 0, "1", [3, 7, 11], [[1, 3, 5]] * 3, [10, 8, 2, 2], 512, [20, 16, 4, 4], 109, 256, 32000],
}


def weights(dim, hidden=8):
    import torch
    g = torch.Generator().manual_seed(dim)
    w = OrderedDict()
    w["enc_p.emb_phone.weight"] = torch.randn(hidden, dim, generator=g).half()
    w["enc_p.emb_phone.bias"] = torch.randn(hidden, generator=g).half()
    w["enc_p.emb_pitch.weight"] = torch.randn(256, hidden, generator=g).half()
    w["dec.conv_pre.weight"] = torch.randn(16, hidden, 7, generator=g).half()
    w["flow.flows.0.pre.weight"] = torch.randn(hidden, 4, 1, generator=g).half()[:, :2]  # a view
    w["emb_g.weight"] = torch.randn(1, 16, generator=g).half()
    return w


def save(obj, path, legacy=False, protocol=2):
    import torch
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    torch.save(obj, path, _use_new_zipfile_serialization=not legacy, pickle_protocol=protocol)


def rvc(job):
    """RVC's extract_small_model / savee dict."""
    dim = job.get("dim", 256 if job["version"] == "v1" else 768)
    opt = OrderedDict()
    opt["weight"] = weights(dim)
    sr = job.get("sr", "40k")
    opt["config"] = CONFIGS[sr]
    opt["info"] = job.get("info", "200epoch")
    opt["name"] = job.get("name", "model")
    opt["timestamp"] = 1700000000
    opt["sr"] = sr
    opt["f0"] = job.get("f0", 1)
    if not job.get("omit_version"):
        opt["version"] = job["version"]
    save(opt, job["path"], job.get("legacy", False), job.get("protocol", 2))


def applio(job):
    """Applio's extract_model dict."""
    opt = OrderedDict(weight=weights(768))
    opt["config"] = CONFIGS["40k"]
    opt["epoch"] = job.get("epoch", 300)
    opt["step"] = job.get("step", 6000)
    opt["sr"] = 40000
    opt["f0"] = True
    opt["version"] = "v2"
    opt["creation_date"] = "2024-05-01T10:20:30.123456"
    opt["model_hash"] = "ab" * 32
    opt["overtrain_info"] = "Smoothed loss_g 25.000 and loss_d 3.000"
    opt["dataset_length"] = 1234.5
    opt["model_name"] = job.get("model_name", "voice")
    opt["author"] = job.get("author", "someone")
    opt["embedder_model"] = "contentvec"
    opt["speakers_id"] = 1
    opt["vocoder"] = "HiFi-GAN"
    save(opt, job["path"])


def training(job):
    """A G_*.pth training checkpoint: model, iteration, optimizer, learning_rate."""
    save({"model": weights(768), "iteration": 10, "optimizer": {"state": {}}, "learning_rate": 1e-4}, job["path"])


def index(job):
    import faiss, numpy as np
    d, n = job["d"], job.get("n", 2000)
    rng = np.random.default_rng(job.get("seed", 0))
    x = rng.standard_normal((n, d)).astype("float32")
    metric = faiss.METRIC_INNER_PRODUCT if job.get("metric") == "ip" else faiss.METRIC_L2
    idx = faiss.index_factory(d, job.get("factory", "IVF16,Flat"), metric)
    idx.train(x)
    if not job.get("trained_only"):
        if job.get("factory", "").startswith("IDMap"):
            idx.add_with_ids(x, np.arange(n).astype("int64"))
        else:
            idx.add(x)
    if "nprobe" in job:
        inner = faiss.downcast_index(idx)
        if isinstance(inner, faiss.IndexRefine):  # extract_index_ivf of faiss 1.7.3 stops at IndexRefine
            inner = inner.base_index
        faiss.extract_index_ivf(inner).nprobe = job["nprobe"]
    if "k_factor" in job:
        faiss.downcast_index(idx).k_factor = job["k_factor"]
    os.makedirs(os.path.dirname(job["path"]) or ".", exist_ok=True)
    faiss.write_index(idx, job["path"])


class Payload:
    """Unpickling this runs `touch <marker>` (os.system pickles as posix.system)."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, ("touch " + self.marker,))


def evil_pth(job):
    import torch
    opt = OrderedDict(weight=weights(768))
    opt["info"] = Payload(job["marker"])
    save(opt, job["path"])


def evil_pickle(job):
    import pickle
    with open(job["path"], "wb") as f:
        f.write(pickle.dumps({"weight": Payload(job["marker"])}, protocol=2))


def zip_files(job):
    """A zip of [name, source file or {"text": ...}] pairs; hostile options patch it afterwards."""
    method = zipfile.ZIP_DEFLATED if job.get("deflate", True) else zipfile.ZIP_STORED
    os.makedirs(os.path.dirname(job["path"]) or ".", exist_ok=True)
    with zipfile.ZipFile(job["path"], "w", method) as z:
        for name, source in job["entries"]:
            info = zipfile.ZipInfo(name)
            info.compress_type = method
            if isinstance(source, dict) and "symlink" in source:
                info.create_system = 3
                info.external_attr = (0o120777 << 16)
                z.writestr(info, source["symlink"])
            elif isinstance(source, dict) and "zeros" in source:
                z.writestr(info, bytes(source["zeros"]))
            elif isinstance(source, dict):
                z.writestr(info, source["text"])
            else:
                with open(source, "rb") as f:
                    z.writestr(info, f.read())
    patch = job.get("patch")
    if patch:
        patch_zip(job["path"], patch)


def patch_zip(path, patch):
    """Rewrites central-directory fields: flag bits, declared size, local header offset."""
    data = bytearray(open(path, "rb").read())
    end = data.rindex(b"PK\x05\x06")
    count, size, offset = struct.unpack_from("<HII", data, end + 10)
    pos, headers = offset, []
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        headers.append(pos)
        pos += 46 + name_len + extra_len + comment_len
    target = headers[patch.get("entry", 0)]
    if "or_flags" in patch:
        flags = struct.unpack_from("<H", data, target + 8)[0] | patch["or_flags"]
        struct.pack_into("<H", data, target + 8, flags)
        local = struct.unpack_from("<I", data, target + 42)[0]
        struct.pack_into("<H", data, local + 6, flags)
    if "uncompressed" in patch:
        struct.pack_into("<I", data, target + 24, patch["uncompressed"])
    if "offset_of" in patch:
        other = struct.unpack_from("<I", data, headers[patch["offset_of"]] + 42)[0]
        struct.pack_into("<I", data, target + 42, other)
    open(path, "wb").write(bytes(data))


def tamper(job):
    """A copy of a torch zip without some records, or with some records cut short."""
    with zipfile.ZipFile(job["source"]) as src, zipfile.ZipFile(job["path"], "w", zipfile.ZIP_STORED) as out:
        for info in src.infolist():
            if any(info.filename.endswith(suffix) for suffix in job.get("drop", [])):
                continue
            data = src.read(info.filename)
            for suffix, keep in job.get("truncate", {}).items():
                if info.filename.endswith(suffix):
                    data = data[:keep]
            out.writestr(info.filename, data)


def many_entries(job):
    with zipfile.ZipFile(job["path"], "w", zipfile.ZIP_STORED) as z:
        for i in range(job["count"]):
            z.writestr("f%05d.txt" % i, b"")


JOBS = dict(rvc=rvc, applio=applio, training=training, index=index, evil_pth=evil_pth, evil_pickle=evil_pickle,
            zip=zip_files, many_entries=many_entries, tamper=tamper)

jobs = json.loads(sys.argv[1])
for job in jobs:
    JOBS[job["op"]](job)
print(json.dumps({"written": len(jobs)}))
