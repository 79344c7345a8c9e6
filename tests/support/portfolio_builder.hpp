#pragma once
// Small portfolios written in a few lines, for schedule and graph tests.

#include <string>

#include "tiltak/model/portfolio.hpp"

namespace tiltak::testing {

inline Date day(const char* iso) { return *parse_iso_date(iso); }

class PortfolioBuilder {
 public:
  PortfolioBuilder() {
    portfolio_.name = "Test";
    portfolio_.organisation.name = "Testvik";
  }

  // An initiative planned from `start` to `end` (inclusive), in progress.
  PortfolioBuilder& initiative(const std::string& id, const char* start, const char* end,
                               Stage stage = Stage::approved) {
    Initiative initiative;
    initiative.id = InitiativeId(id);
    initiative.title = "Tiltak " + id;
    initiative.stage = stage;
    if (start) initiative.planned.start = day(start);
    if (end) initiative.planned.end = day(end);
    portfolio_.initiatives.push_back(std::move(initiative));
    return *this;
  }

  PortfolioBuilder& component(const std::string& id, const char* available_from) {
    SharedComponent component;
    component.id = ComponentId(id);
    component.name = "Komponent " + id;
    if (available_from) component.available_from = day(available_from);
    portfolio_.components.push_back(std::move(component));
    return *this;
  }

  // `dependent` depends on initiative `prerequisite`.
  PortfolioBuilder& depends(const std::string& dependent, const std::string& prerequisite,
                            DependencyType type = DependencyType::finish_to_start, int lag = 0) {
    last(dependent).dependencies.push_back({InitiativeId(prerequisite), type, lag});
    return *this;
  }

  PortfolioBuilder& needs_component(const std::string& dependent, const std::string& component,
                                    DependencyType type = DependencyType::finish_to_start, int lag = 0) {
    last(dependent).dependencies.push_back({ComponentId(component), type, lag});
    return *this;
  }

  PortfolioBuilder& fixed_start(const std::string& id, const char* date) {
    last(id).fixed_start = day(date);
    return *this;
  }

  PortfolioBuilder& started(const std::string& id, const char* start, const char* end = nullptr) {
    last(id).actual.start = day(start);
    if (end) last(id).actual.end = day(end);
    return *this;
  }

  Initiative& last(const std::string& id) { return *portfolio_.find_initiative(InitiativeId(id)); }
  const Portfolio& build() const { return portfolio_; }

 private:
  Portfolio portfolio_;
};

}  // namespace tiltak::testing
