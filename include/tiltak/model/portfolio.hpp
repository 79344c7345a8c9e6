#pragma once
// The portfolio: everything a municipality (or cooperation) steers its digitalisation by.
// A plain value: copy it, compare it, share it read-only between threads.

#include <cstddef>
#include <string>
#include <vector>

#include "tiltak/core/currency.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/decision.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/organisation.hpp"
#include "tiltak/model/shared_component.hpp"
#include "tiltak/model/strategy.hpp"
#include "tiltak/model/system.hpp"

namespace tiltak {

// The newest document version this tiltak reads and writes. Version 2 added the system register
// (`systems`, `Initiative::system_actions`); a version-1 document is version 2 without them, so
// it is read as it is (upgraded in memory with nothing to convert).
inline constexpr int portfolio_schema_version = 2;

struct Portfolio {
  std::string name;
  Currency currency = Currency::NOK;  // every amount in the portfolio is in this currency
  Organisation organisation;
  Strategy strategy;
  std::vector<SharedComponent> components;
  std::vector<Initiative> initiatives;
  std::vector<Benefit> benefits;  // at portfolio level: a benefit may have several contributors
  std::vector<Decision> decisions;  // the decision log, oldest first (append-only)
  std::vector<ItSystem> systems;    // the IT-system register with contracts (schema version 2)
  // The document version to write at least: the version the document was read from (1 for a
  // portfolio built in memory). A document is written in this version unless what it holds
  // needs a newer one (systems or system actions need 2), so that saving a version-1 document
  // keeps it version 1 until the caller asks for more (schema_version = portfolio_schema_version).
  int schema_version = 1;

  // Linear lookups; algorithms over many ids build their own index. nullptr when absent.
  const Initiative* find_initiative(const InitiativeId& id) const noexcept;
  Initiative* find_initiative(const InitiativeId& id) noexcept;
  const Benefit* find_benefit(const BenefitId& id) const noexcept;
  const Person* find_person(const PersonId& id) const noexcept;
  const ItSystem* find_system(const SystemId& id) const noexcept;
  // The initiative's position in `initiatives`; an Error (not_found) naming the id when absent.
  std::size_t initiative_index(const InitiativeId& id) const;
  // The benefits an initiative contributes to.
  std::vector<const Benefit*> benefits_of(const InitiativeId& id) const;

  bool operator==(const Portfolio&) const = default;
};

// The least version that holds the portfolio: 2 with systems or system actions, else 1.
int required_schema_version(const Portfolio& portfolio) noexcept;
// The version save and to_json write: the larger of `schema_version` and the required one.
int written_schema_version(const Portfolio& portfolio) noexcept;

}  // namespace tiltak
