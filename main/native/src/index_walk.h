// Finding the parts of a composite index (IndexPreTransform, IndexRefine, IndexIDMap wrap an
// inner index) without relying on helpers whose coverage differs between faiss releases.
#pragma once

#include <faiss/Index.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIVF.h>
#include <faiss/IndexRefine.h>

#include <string>
#include <vector>

namespace rvc {

// The index itself followed by each wrapped index, outermost first.
std::vector<faiss::Index*> indexChain(faiss::Index* index);

faiss::IndexIVF* findIvf(faiss::Index* index);
faiss::IndexRefine* findRefine(faiss::Index* index);
faiss::IndexHNSW* findHnsw(faiss::Index* index);

// "IndexIVFFlat", "IndexRefineFlat", ... (the C++ class name without namespace).
std::string typeName(const faiss::Index* index);

}  // namespace rvc
