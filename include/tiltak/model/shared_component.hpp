#pragma once
// National or regional shared components (felleskomponenter): ID-porten, KS Fiks, Digipost,
// Altinn; MitID and Digital Post in Denmark.

#include <optional>
#include <string>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"

namespace tiltak {

struct SharedComponent {
  ComponentId id;
  std::string name;
  std::string provider;               // "Digdir", "KS", "Digitaliseringsstyrelsen"
  std::optional<Date> available_from;  // empty = available now
  bool operator==(const SharedComponent&) const = default;
};

}  // namespace tiltak
