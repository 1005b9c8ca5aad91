#include "preconditions.h"

#include <climits>

#include "errors.h"
#include "index_walk.h"

namespace rvc {

namespace {

// Labels travel to JS as Int32Array; RVC indexes hold at most a few million vectors.
constexpr int64_t kMaxVectors = INT32_MAX;
// PQ{m}x{bits}, IMI{k}x{bits}: faiss trains 2^bits centroids per sub-quantizer
constexpr int64_t kMaxCodeBits = 16;

}  // namespace

void checkFactoryNumbers(const std::string& description) {
  if (description.empty() || description.size() > 512) invalidArgument("factory string must have 1-512 characters");
  for (size_t i = 0; i < description.size();) {
    if (description[i] < '0' || description[i] > '9') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < description.size() && description[end] >= '0' && description[end] <= '9') ++end;
    std::string digits = description.substr(i, end - i);
    bool fractional = i > 0 && description[i - 1] == '.';
    if (!fractional && (digits.size() > 9 || std::stoll(digits) == 0)) {
      invalidArgument("number '" + digits + "' in factory string '" + description +
                      "' must be between 1 and 999999999");
    }
    // "PQ8x64": a code width faiss cannot represent (1 << 64 centroids) ends in SIGFPE at train
    if (i > 0 && description[i - 1] == 'x' && (digits.size() > 2 || std::stoll(digits) > kMaxCodeBits)) {
      invalidArgument("code width x" + digits + " in factory string '" + description + "' must be at most " +
                      std::to_string(kMaxCodeBits) + " bits");
    }
    i = end;
  }
}

void checkCanAdd(const faiss::Index& index, int64_t n) {
  if (!index.is_trained) invalidArgument("index must be trained before vectors are added");
  if (index.ntotal + n > kMaxVectors) invalidArgument("an index holds at most 2^31-1 vectors");
}

void checkCanTrain(faiss::Index& index, int64_t n) {
  if (faiss::IndexIVF* ivf = findIvf(&index); ivf != nullptr && !ivf->is_trained && n < int64_t(ivf->nlist)) {
    invalidArgument("training needs at least nlist = " + std::to_string(ivf->nlist) + " vectors, got " +
                    std::to_string(n));
  }
}

QueryArgs queryArgs(const Napi::CallbackInfo& info, const faiss::Index& index) {
  FloatSpan x = floatArrayArg(info, 0, "queries");
  int64_t n = rowCount(x, index.d, "queries");
  if (!index.is_trained || index.ntotal == 0) invalidArgument("index is empty: train and add vectors before searching");
  int64_t k = integerArg(info, 1, "k", 1, std::min<int64_t>(kMaxK, index.ntotal));
  return {x, n, k};
}

}  // namespace rvc
