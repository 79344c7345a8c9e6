#pragma once
// Amounts that leave the exact range say where they come from. Money arithmetic and
// round_to_minor() deep inside a computation can only say "amount out of range (computed
// amount)"; the benefit computations run each initiative's and benefit's part through
// naming_overflow(), which adds what was being computed and its JSON Pointer in the portfolio
// document. A document can pass validate() and still overflow here: each amount fits, but a
// sum, a present value or a product does not.

#include <string>
#include <utility>

#include "tiltak/core/error.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

// Runs body(); an Error(overflow) from it that names nothing yet (no problems) is thrown again
// with one problem: where() gives {pointer, subject}, e.g. {"/initiatives/3", "initiative
// \"T-4\""}, built only when needed. An error already named keeps the innermost name.
template <class Where, class Body>
decltype(auto) naming_overflow(Where&& where, Body&& body) {
  try {
    return body();
  } catch (const Error& error) {
    if (error.code() != ErrorCode::overflow || !error.problems().empty()) throw;
    auto [pointer, subject] = where();
    Problem problem;
    problem.pointer = std::move(pointer);
    problem.message = std::move(subject) + ": " + error.what() +
                      "; exact amounts reach at most ±92233720368547758.07";
    throw Error(ErrorCode::overflow, std::move(problem));
  }
}

// Where an initiative or benefit of `portfolio` is, for naming_overflow(): its JSON Pointer and
// `context` followed by its name, e.g. {"/benefits/2", "the gevinstuttak, adding benefit \"B-3\""}.
inline std::pair<std::string, std::string> where_is(const Portfolio& portfolio, const Initiative& initiative,
                                                    const std::string& context = "") {
  return {"/initiatives/" + std::to_string(&initiative - portfolio.initiatives.data()),
          context + "initiative \"" + initiative.id.str() + "\""};
}

inline std::pair<std::string, std::string> where_is(const Portfolio& portfolio, const Benefit& benefit,
                                                    const std::string& context = "") {
  return {"/benefits/" + std::to_string(&benefit - portfolio.benefits.data()),
          context + "benefit \"" + benefit.id.str() + "\""};
}

}  // namespace tiltak::detail
