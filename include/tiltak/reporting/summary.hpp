#pragma once
// The portfolio at a glance: one line per initiative.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/locale.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

struct InitiativeSummary {
  InitiativeId id;
  std::string title;
  Stage stage = Stage::idea;
  std::string owner;         // the owner's name, or empty
  Money total_cost;          // planned investment + operating + valued internal hours
  Money total_benefit;       // planned monetised benefit, by attribution share
  std::optional<Rag> schedule, cost, scope, risk;  // newest report per dimension
  std::optional<Rag> overall;                      // worst of the four
};

struct PortfolioSummary {
  std::string name;
  std::vector<InitiativeSummary> initiatives;
  Money total_cost;
  Money total_benefit;
};

PortfolioSummary summarise(const Portfolio& portfolio);

// A fixed-width text table for terminals, and a JSON document for machines.
std::string format_summary_table(const PortfolioSummary& summary, Language language);
std::string summary_to_json(const PortfolioSummary& summary);

}  // namespace tiltak
