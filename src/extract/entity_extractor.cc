#include "extract/entity_extractor.h"

namespace news {
namespace {

// Placeholder until the lexicon matcher lands: finds nothing, claims nothing.
class EmptyExtractor : public EntityExtractor {
 public:
  void Extract(Analysis&) const override {}
};

}  // namespace

StatusOr<std::unique_ptr<EntityExtractor>> EntityExtractor::Create(const Options&) {
  return std::unique_ptr<EntityExtractor>(new EmptyExtractor());
}

}  // namespace news
