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

namespace tiltak {

inline constexpr int portfolio_schema_version = 1;

struct Portfolio {
  std::string name;
  Currency currency = Currency::NOK;  // every amount in the portfolio is in this currency
  Organisation organisation;
  Strategy strategy;
  std::vector<SharedComponent> components;
  std::vector<Initiative> initiatives;
  std::vector<Benefit> benefits;  // at portfolio level: a benefit may have several contributors
  std::vector<Decision> decisions;  // the decision log, oldest first (append-only)

  // Linear lookups; algorithms over many ids build their own index. nullptr when absent.
  const Initiative* find_initiative(const InitiativeId& id) const noexcept;
  Initiative* find_initiative(const InitiativeId& id) noexcept;
  const Benefit* find_benefit(const BenefitId& id) const noexcept;
  const Person* find_person(const PersonId& id) const noexcept;
  // The initiative's position in `initiatives`; an Error (not_found) naming the id when absent.
  std::size_t initiative_index(const InitiativeId& id) const;
  // The benefits an initiative contributes to.
  std::vector<const Benefit*> benefits_of(const InitiativeId& id) const;

  bool operator==(const Portfolio&) const = default;
};

}  // namespace tiltak
