// Search-time parameters set by name ("nprobe=8,k_factor=4,efSearch=64") on the part of a
// composite index that owns them, checked before faiss sees them.
#pragma once

#include <faiss/Index.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIVF.h>
#include <faiss/IndexRefine.h>

#include <string>

namespace rvc {

// "nprobe=8,k_factor=4": each name=value in turn; anything else goes to faiss's ParameterSpace.
void applyParameters(faiss::Index* index, const std::string& spec);

// The values applyParameters can change, put back when a one-call override ends.
class SavedParameters {
 public:
  explicit SavedParameters(faiss::Index* index);
  ~SavedParameters();
  SavedParameters(const SavedParameters&) = delete;
  SavedParameters& operator=(const SavedParameters&) = delete;

 private:
  faiss::IndexIVF* ivf_;
  faiss::IndexRefine* refine_;
  faiss::IndexHNSW* hnsw_;
  size_t nprobe_;
  float kFactor_;
  int efSearch_;
};

}  // namespace rvc
