// avx2Usable: whether rvc_faiss_avx2.node can run here. The AVX2 build executes AVX2, FMA, F16C
// and POPCNT instructions, and YMM registers are only usable when the OS saves their state on
// context switches (OSXSAVE set and XCR0 bits 1-2, read with xgetbv) — the checks faiss's Python
// loader gets from numpy. Built without any -m flag, so it runs on every x86-64 CPU.
#include <node_api.h>

#include <cstdint>

#if defined(__x86_64__) || defined(__i386__) || defined(_M_X64) || defined(_M_IX86)
#if defined(_MSC_VER)
#include <immintrin.h>
#include <intrin.h>
#else
#include <cpuid.h>
#endif

namespace {

struct Registers {
  uint32_t eax, ebx, ecx, edx;
};

Registers cpuid(uint32_t leaf, uint32_t subleaf) {
#if defined(_MSC_VER)
  int r[4];
  __cpuidex(r, int(leaf), int(subleaf));
  return {uint32_t(r[0]), uint32_t(r[1]), uint32_t(r[2]), uint32_t(r[3])};
#else
  Registers r{};
  __cpuid_count(leaf, subleaf, r.eax, r.ebx, r.ecx, r.edx);
  return r;
#endif
}

uint64_t xcr0() {
#if defined(_MSC_VER)
  return _xgetbv(0);
#else
  uint32_t low, high;
  __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
  return (uint64_t(high) << 32) | low;
#endif
}

bool avx2Usable() {
  if (cpuid(0, 0).eax < 7) return false;
  const uint32_t ecx1 = cpuid(1, 0).ecx;
  const bool fma = ecx1 & (1u << 12), popcnt = ecx1 & (1u << 23), osxsave = ecx1 & (1u << 27), avx = ecx1 & (1u << 28),
             f16c = ecx1 & (1u << 29);
  // xgetbv faults unless OSXSAVE is set, so it is read last
  if (!(fma && popcnt && osxsave && avx && f16c)) return false;
  if ((xcr0() & 0x6) != 0x6) return false;  // SSE and AVX state enabled by the OS
  return cpuid(7, 0).ebx & (1u << 5);       // AVX2
}

}  // namespace
#else
namespace {
bool avx2Usable() { return false; }
}  // namespace
#endif

NAPI_MODULE_INIT() {
  napi_value value;
  if (napi_get_boolean(env, avx2Usable(), &value) != napi_ok ||
      napi_set_named_property(env, exports, "avx2Usable", value) != napi_ok) {
    return nullptr;
  }
  return exports;
}
