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

// A FastScan index answers the searches (the index itself or a wrapped one).
bool searchesFastScan(faiss::Index* index);

// IndexIDMap / IndexIDMap2 somewhere in the chain: ids are the caller's, not 0..ntotal-1.
bool mapsIds(faiss::Index* index);

// The IVF index whose lists a query can be scanned in, list by list: a plain IndexIVF at the top
// (wrappers transform or re-rank the queries first). faiss 1.7.3's FastScan IVF has no scanner
// for search_preassigned, so it is excluded. Null when the index is not one.
faiss::IndexIVF* listScannableIvf(faiss::Index* index);

// faiss 1.7.3 picks a "reservoir" top-k for FastScan searches with k > 20 (RFlat asks its base
// index for k·k_factor candidates), and its partitioning asserts — aborting the process — on some
// inputs with many tied distances (faiss/utils/partitioning.cpp compress_array). The heap
// implementations give the same neighbours without that path; set them on every FastScan part.
void preferHeapTopK(faiss::Index* index);

// faiss 1.7.3's IVF FastScan search runs its coarse quantizer inside its own OpenMP loop over query
// slices, where the quantizer's interrupt poll throws past every catch (std::terminate): searches
// of such an index must not let faiss see a cancel (the caller polls between its own slices).
bool faissPollsUncaught(faiss::Index* index);

// "IndexIVFFlat", "IndexRefineFlat", ... (the C++ class name without namespace).
std::string typeName(const faiss::Index* index);

}  // namespace rvc
