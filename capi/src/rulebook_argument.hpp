#pragma once
// The `rulebook` argument of the governance functions, one reading for all of them.

#include <string_view>

#include "tiltak/governance/rulebook.hpp"

namespace tiltak::capi {

// NULL: the currency's rulebook; text starting with '{' (after blanks): a rulebook in JSON;
// anything else: a built-in id.
inline Rulebook rulebook_of(const char* rulebook, Currency currency) {
  if (!rulebook) return default_rulebook(currency);
  const std::string_view text(rulebook);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') return rulebook_from_json(text, "rulebook");
  return builtin_rulebook(text);
}

}  // namespace tiltak::capi
