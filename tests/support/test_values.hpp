#pragma once
// Small values the unit tests share: exact amounts, calendar dates, the bundled example, a
// text search and a visible edit. One definition each, so that an area's tests compile as one
// unit (UNITY_BUILD).

#include <cstdint>
#include <string>

#include "tiltak/core/date.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// An amount in NOK as written ("1234.50"), in øre, or in whole kroner.
inline Money nok(const char* text) { return Money::parse(text, Currency::NOK); }
inline Money ore(std::int64_t minor) { return Money(minor, Currency::NOK); }
inline Money kroner(std::int64_t whole) { return Money(whole * 100, Currency::NOK); }

inline Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// An edit that every store test can see in a diff.
inline void retitle(Portfolio& portfolio, const char* id, const std::string& title) {
  portfolio.find_initiative(InitiativeId(id))->title = title;
}

// examples/fjordvik.json, loaded once.
inline const Portfolio& fjordvik() {
  static const Portfolio portfolio = load_portfolio(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  return portfolio;
}

}  // namespace tiltak
