#include "index_walk.h"

#include <faiss/IndexFastScan.h>
#include <faiss/IndexIDMap.h>
#include <faiss/IndexIVFFastScan.h>
#include <faiss/IndexPreTransform.h>

#include <typeinfo>
#if defined(__GNUG__)
#include <cxxabi.h>

#include <cstdlib>
#include <memory>
#endif

namespace rvc {

namespace {

faiss::Index* innerIndex(faiss::Index* index) {
  if (auto* pt = dynamic_cast<faiss::IndexPreTransform*>(index)) return pt->index;
  if (auto* rf = dynamic_cast<faiss::IndexRefine*>(index)) return rf->base_index;
  if (auto* idmap = dynamic_cast<faiss::IndexIDMap*>(index)) return idmap->index;
  return nullptr;
}

template <typename T>
T* findInChain(faiss::Index* index) {
  for (faiss::Index* part : indexChain(index)) {
    if (auto* found = dynamic_cast<T*>(part)) return found;
  }
  return nullptr;
}

}  // namespace

std::vector<faiss::Index*> indexChain(faiss::Index* index) {
  std::vector<faiss::Index*> chain;
  for (faiss::Index* part = index; part != nullptr; part = innerIndex(part)) chain.push_back(part);
  return chain;
}

faiss::IndexIVF* findIvf(faiss::Index* index) { return findInChain<faiss::IndexIVF>(index); }
faiss::IndexRefine* findRefine(faiss::Index* index) { return findInChain<faiss::IndexRefine>(index); }
faiss::IndexHNSW* findHnsw(faiss::Index* index) { return findInChain<faiss::IndexHNSW>(index); }

void preferHeapTopK(faiss::Index* index) {
  for (faiss::Index* part : indexChain(index)) {
    // implem 12 / 10: heap top-k (with / without query blocking); 0 would mean "auto".
    if (auto* ivf = dynamic_cast<faiss::IndexIVFFastScan*>(part); ivf != nullptr && ivf->implem == 0) {
      ivf->implem = ivf->bbs == 32 ? 12 : 10;
    }
    if (auto* flat = dynamic_cast<faiss::IndexFastScan*>(part); flat != nullptr && flat->implem == 0) flat->implem = 12;
  }
}

bool searchesFastScan(faiss::Index* index) {
  return findInChain<faiss::IndexFastScan>(index) != nullptr || findInChain<faiss::IndexIVFFastScan>(index) != nullptr;
}

bool mapsIds(faiss::Index* index) { return findInChain<faiss::IndexIDMap>(index) != nullptr; }

faiss::IndexIVF* listScannableIvf(faiss::Index* index) {
  auto* ivf = dynamic_cast<faiss::IndexIVF*>(index);
  return ivf != nullptr && dynamic_cast<faiss::IndexIVFFastScan*>(index) == nullptr ? ivf : nullptr;
}

bool faissPollsUncaught(faiss::Index* index) {
  for (faiss::Index* part : indexChain(index)) {
    if (dynamic_cast<faiss::IndexIVFFastScan*>(part) != nullptr) return true;
  }
  return false;
}

std::string typeName(const faiss::Index* index) {
  const char* raw = typeid(*index).name();
  std::string name = raw;
#if defined(__GNUG__)
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> demangled(abi::__cxa_demangle(raw, nullptr, nullptr, &status), std::free);
  if (status == 0 && demangled) name = demangled.get();
#endif
  for (const std::string prefix : {"struct ", "class ", "faiss::"}) {
    if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
  }
  return name;
}

}  // namespace rvc
