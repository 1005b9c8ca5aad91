#include "parameters.h"

#include <faiss/AutoTune.h>

#include <cstdint>
#include <cstdlib>

#include "errors.h"
#include "index_walk.h"

namespace rvc {

namespace {

void setParameter(faiss::Index* index, const std::string& name, double value) {
  if (name == "nprobe") {
    faiss::IndexIVF* ivf = findIvf(index);
    if (ivf == nullptr) invalidArgument("nprobe applies only to IVF indexes");
    if (value < 1 || value > double(ivf->nlist) || value != double(int64_t(value))) {
      invalidArgument("nprobe must be an integer in [1, nlist = " + std::to_string(ivf->nlist) + "]");
    }
    ivf->nprobe = size_t(value);
  } else if (name == "k_factor") {
    faiss::IndexRefine* refine = findRefine(index);
    if (refine == nullptr) invalidArgument("k_factor applies only to indexes with a re-ranking stage (RFlat)");
    if (!(value >= 1 && value <= 1024)) invalidArgument("k_factor must be in [1, 1024]");
    refine->k_factor = float(value);
  } else if (name == "efSearch") {
    faiss::IndexHNSW* hnsw = findHnsw(index);
    if (hnsw == nullptr) invalidArgument("efSearch applies only to HNSW indexes");
    if (value < 1 || value > 1e6 || value != double(int64_t(value)))
      invalidArgument("efSearch must be an integer >= 1");
    hnsw->hnsw.efSearch = int(value);
  } else {
    faiss::ParameterSpace().set_index_parameter(index, name, value);
  }
}

}  // namespace

void applyParameters(faiss::Index* index, const std::string& spec) {
  size_t start = 0;
  while (start < spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    std::string item = spec.substr(start, end - start);
    size_t eq = item.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
      invalidArgument("parameter '" + item + "' is not of the form name=value");
    }
    std::string name = item.substr(0, eq);
    std::string text = item.substr(eq + 1);
    char* parsedEnd = nullptr;
    double value = std::strtod(text.c_str(), &parsedEnd);
    if (parsedEnd == text.c_str() || *parsedEnd != '\0') {
      invalidArgument("parameter " + name + " has a non-numeric value '" + text + "'");
    }
    setParameter(index, name, value);
    start = end + 1;
  }
}

SavedParameters::SavedParameters(faiss::Index* index)
    : ivf_(findIvf(index)),
      refine_(findRefine(index)),
      hnsw_(findHnsw(index)),
      nprobe_(ivf_ ? ivf_->nprobe : 0),
      kFactor_(refine_ ? refine_->k_factor : 0),
      efSearch_(hnsw_ ? hnsw_->hnsw.efSearch : 0) {}

SavedParameters::~SavedParameters() {
  if (ivf_) ivf_->nprobe = nprobe_;
  if (refine_) refine_->k_factor = kFactor_;
  if (hnsw_) hnsw_->hnsw.efSearch = efSearch_;
}

}  // namespace rvc
