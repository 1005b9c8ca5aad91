#include "list_scan.h"

#include <faiss/invlists/InvertedLists.h>
#include <faiss/utils/Heap.h>
#include <omp.h>

#include <algorithm>
#include <atomic>
#include <vector>

#include "cancel.h"

// AVX2 kernels where GCC/Clang can target them per function (x86); elsewhere (MSVC, arm64) the
// plain loops, which the compiler vectorises as it can.
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define RVC_AVX2_KERNELS 1
#include <immintrin.h>
#endif

namespace rvc {

namespace {

// A list's vectors are compared with all of its queries a block at a time, so each block is read
// from memory once and then from a core's L2 cache (faiss's search reads a list once per query).
constexpr size_t kBlockBytes = 192 * 1024;
// 4M heap entries (48 MiB): a sweep's jump from n_probe 1024 to 2048 would otherwise hold
// queries × 1024 × k of them at once
constexpr int64_t kMaxHeapEntries = int64_t(1) << 22;

float l2Plain(const float* a, const float* b, size_t d) {
  float sum = 0;
  for (size_t i = 0; i < d; ++i) {
    float t = a[i] - b[i];
    sum += t * t;
  }
  return sum;
}

float ipPlain(const float* a, const float* b, size_t d) {
  float sum = 0;
  for (size_t i = 0; i < d; ++i) sum += a[i] * b[i];
  return sum;
}

#ifdef RVC_AVX2_KERNELS
__attribute__((target("avx2,fma"))) float horizontalSum(__m256 v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}

// Debian's faiss is a generic x86-64 build (no AVX2 kernels); most CPUs RVC runs on have them.
__attribute__((target("avx2,fma"))) float l2Avx2(const float* a, const float* b, size_t d) {
  __m256 s0 = _mm256_setzero_ps();
  __m256 s1 = _mm256_setzero_ps();
  size_t i = 0;
  for (; i + 16 <= d; i += 16) {
    __m256 t0 = _mm256_sub_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i));
    __m256 t1 = _mm256_sub_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8));
    s0 = _mm256_fmadd_ps(t0, t0, s0);
    s1 = _mm256_fmadd_ps(t1, t1, s1);
  }
  float sum = horizontalSum(_mm256_add_ps(s0, s1));
  return sum + l2Plain(a + i, b + i, d - i);
}

__attribute__((target("avx2,fma"))) float ipAvx2(const float* a, const float* b, size_t d) {
  __m256 s0 = _mm256_setzero_ps();
  __m256 s1 = _mm256_setzero_ps();
  size_t i = 0;
  for (; i + 16 <= d; i += 16) {
    s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
  }
  float sum = horizontalSum(_mm256_add_ps(s0, s1));
  return sum + ipPlain(a + i, b + i, d - i);
}

#endif

using Distance = float (*)(const float*, const float*, size_t);

Distance distanceFor(bool l2) {
#ifdef RVC_AVX2_KERNELS
  static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (avx2) return l2 ? l2Avx2 : ipAvx2;
#endif
  return l2 ? l2Plain : ipPlain;
}

// C: faiss's CMax (L2: keep the smallest) or CMin (inner product: keep the largest).
template <typename C>
bool scan(const faiss::IndexIVFFlat& ivf, int64_t n, const float* x, int64_t m, const int64_t* keys, int64_t k,
          float* distances, int64_t* labels) {
  const size_t d = size_t(ivf.d);
  const Distance distance = distanceFor(ivf.metric_type == faiss::METRIC_L2);
  const faiss::InvertedLists& lists = *ivf.invlists;
  const size_t nlist = ivf.nlist;

  // (query, probe rank) pairs grouped by list: pair p = query * m + rank
  std::vector<int64_t> first(nlist + 1, 0);
  for (int64_t p = 0; p < n * m; ++p) {
    if (keys[p] >= 0) ++first[size_t(keys[p]) + 1];
  }
  for (size_t l = 0; l < nlist; ++l) first[l + 1] += first[l];
  std::vector<int64_t> pairs(size_t(first[nlist]));
  std::vector<int64_t> fill(first.begin(), first.end() - 1);
  for (int64_t p = 0; p < n * m; ++p) {
    if (keys[p] >= 0) pairs[size_t(fill[size_t(keys[p])]++)] = p;
  }
  // the heaviest lists first, so the threads finish together
  std::vector<int64_t> order;
  for (size_t l = 0; l < nlist; ++l) {
    if (first[l + 1] > first[l] && lists.list_size(l) > 0) order.push_back(int64_t(l));
  }
  auto work = [&](int64_t l) {
    return double(lists.list_size(size_t(l))) * double(first[size_t(l) + 1] - first[size_t(l)]);
  };
  std::sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return work(a) > work(b); });

  // a top-k heap per pair
  std::vector<float> pairDistances(size_t(n * m * k));
  std::vector<int64_t> pairLabels(size_t(n * m * k));
  for (int64_t p = 0; p < n * m; ++p)
    faiss::heap_heapify<C>(size_t(k), &pairDistances[size_t(p * k)], &pairLabels[size_t(p * k)]);

  const size_t block = std::max<size_t>(1, kBlockBytes / (d * sizeof(float)));
  std::atomic<bool> stopped{false};
  shareCancelFlagWithTeam();
  const int64_t tasks = int64_t(order.size());
  // signed loop indexes: MSVC's OpenMP 2.0 takes no other
#pragma omp parallel for schedule(dynamic, 1)
  for (int64_t t = 0; t < tasks; ++t) {
    if (stopped.load(std::memory_order_relaxed)) continue;
    if (cancelRequested()) {
      stopped = true;
      continue;
    }
    const size_t list = size_t(order[size_t(t)]);
    const size_t size = lists.list_size(list);
    faiss::InvertedLists::ScopedCodes codes(&lists, list);
    faiss::InvertedLists::ScopedIds ids(&lists, list);
    const float* vectors = reinterpret_cast<const float*>(codes.get());
    for (size_t b0 = 0; b0 < size; b0 += block) {
      const size_t b1 = std::min(size, b0 + block);
      for (int64_t i = first[list]; i < first[list + 1]; ++i) {
        const int64_t p = pairs[size_t(i)];
        const float* query = x + size_t(p / m) * d;
        float* heapDistances = &pairDistances[size_t(p * k)];
        int64_t* heapLabels = &pairLabels[size_t(p * k)];
        for (size_t j = b0; j < b1; ++j) {
          float dis = distance(query, vectors + j * d, d);
          if (C::cmp(heapDistances[0], dis))
            faiss::heap_replace_top<C>(size_t(k), heapDistances, heapLabels, dis, ids[j]);
        }
      }
    }
  }
  if (stopped) return false;

    // each query's lists merged in probe order, as faiss's scan of them fills one heap
#pragma omp parallel for
  for (int64_t q = 0; q < n; ++q) {
    float* outDistances = distances + q * k;
    int64_t* outLabels = labels + q * k;
    faiss::heap_heapify<C>(size_t(k), outDistances, outLabels);
    for (int64_t rank = 0; rank < m; ++rank) {
      const size_t p = size_t(q * m + rank);
      float* heapDistances = &pairDistances[p * size_t(k)];
      int64_t* heapLabels = &pairLabels[p * size_t(k)];
      faiss::heap_reorder<C>(size_t(k), heapDistances, heapLabels);
      for (int64_t j = 0; j < k && heapLabels[j] >= 0; ++j) {
        if (C::cmp(outDistances[0], heapDistances[j]))
          faiss::heap_replace_top<C>(size_t(k), outDistances, outLabels, heapDistances[j], heapLabels[j]);
      }
    }
    faiss::heap_reorder<C>(size_t(k), outDistances, outLabels);
  }
  return true;
}

}  // namespace

bool scanFlatLists(const faiss::IndexIVFFlat& ivf, int64_t n, const float* queries, int64_t m, const int64_t* keys,
                   int64_t k, float* distances, int64_t* labels) {
  // the per-pair heaps hold n·m·k entries: queries go in chunks of at most kMaxHeapEntries
  const int64_t chunk = std::max<int64_t>(1, kMaxHeapEntries / (m * k));
  for (int64_t q0 = 0; q0 < n; q0 += chunk) {
    const int64_t rows = std::min(chunk, n - q0);
    const float* x = queries + q0 * ivf.d;
    bool done =
        ivf.metric_type == faiss::METRIC_L2
            ? scan<faiss::CMax<float, int64_t>>(ivf, rows, x, m, keys + q0 * m, k, distances + q0 * k, labels + q0 * k)
            : scan<faiss::CMin<float, int64_t>>(ivf, rows, x, m, keys + q0 * m, k, distances + q0 * k, labels + q0 * k);
    if (!done) return false;
  }
  return true;
}

}  // namespace rvc
