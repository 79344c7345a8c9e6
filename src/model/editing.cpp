#include "tiltak/model/editing.hpp"

#include <algorithm>

#include "tiltak/core/problem_value.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

// Validates after a change and undoes it (by `undo`) before reporting problems.
template <class Undo>
void keep_valid_or_undo(const Portfolio& portfolio, Undo&& undo) {
  std::vector<Problem> problems;
  try {
    problems = validate(portfolio);
  } catch (...) {
    undo();
    throw;
  }
  if (problems.empty()) return;
  undo();
  throw Error(ErrorCode::validation_error, std::move(problems));
}

}  // namespace

void add_initiative(Portfolio& portfolio, Initiative initiative) {
  if (portfolio.find_initiative(initiative.id)) {
    Problem problem;
    problem.pointer = "/id";
    problem.value = problem_value(initiative.id.str());
    problem.message = "an initiative with this id already exists";
    throw Error(ErrorCode::duplicate, std::move(problem));
  }
  portfolio.initiatives.push_back(std::move(initiative));
  keep_valid_or_undo(portfolio, [&] { portfolio.initiatives.pop_back(); });
}

void update_initiative(Portfolio& portfolio, Initiative initiative) {
  const std::size_t index = portfolio.initiative_index(initiative.id);
  std::swap(portfolio.initiatives[index], initiative);  // `initiative` now holds the old one
  keep_valid_or_undo(portfolio, [&] { std::swap(portfolio.initiatives[index], initiative); });
}

void replace_initiative(Portfolio& portfolio, Initiative initiative) {
  portfolio.initiatives[portfolio.initiative_index(initiative.id)] = std::move(initiative);
}

void remove_initiative(Portfolio& portfolio, const InitiativeId& id) {
  const std::size_t index = portfolio.initiative_index(id);
  std::vector<Problem> references;
  auto still_needed = [&](std::string pointer, std::string why) {
    Problem problem;
    problem.pointer = std::move(pointer);
    problem.value = problem_value(id.str());
    problem.message = std::move(why);
    references.push_back(std::move(problem));
  };
  for (std::size_t i = 0; i < portfolio.initiatives.size(); ++i) {
    const auto& dependencies = portfolio.initiatives[i].dependencies;
    for (std::size_t d = 0; d < dependencies.size(); ++d)
      if (const auto* on = std::get_if<InitiativeId>(&dependencies[d].on); on && *on == id && i != index)
        still_needed("/initiatives/" + std::to_string(i) + "/dependencies/" + std::to_string(d) + "/initiative",
                     portfolio.initiatives[i].id.str() + " depends on it; remove that dependency first");
  }
  for (std::size_t b = 0; b < portfolio.benefits.size(); ++b) {
    const auto& contributors = portfolio.benefits[b].contributors;
    for (std::size_t c = 0; c < contributors.size(); ++c)
      if (contributors[c].initiative == id)
        still_needed("/benefits/" + std::to_string(b) + "/contributors/" + std::to_string(c) + "/initiative",
                     "benefit " + portfolio.benefits[b].id.str() + " names it as a contributor");
  }
  if (!references.empty()) throw Error(ErrorCode::validation_error, std::move(references));
  portfolio.initiatives.erase(portfolio.initiatives.begin() + static_cast<std::ptrdiff_t>(index));
}

}  // namespace tiltak
