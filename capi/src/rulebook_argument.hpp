#pragma once
// The `rulebook` argument of the governance functions, one reading for all of them.

#include <optional>
#include <string_view>
#include <utility>

#include "tiltak/governance/rulebook.hpp"

namespace tiltak::capi {

// NULL: nullopt (the caller's default); text starting with '{' (after blanks): a rulebook in
// JSON; anything else: a built-in id.
inline std::optional<Rulebook> rulebook_option(const char* rulebook) {
  if (!rulebook) return std::nullopt;
  const std::string_view text(rulebook);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') return rulebook_from_json(text, "rulebook");
  return builtin_rulebook(text);
}

// NULL: the currency's rulebook.
inline Rulebook rulebook_of(const char* rulebook, Currency currency) {
  auto chosen = rulebook_option(rulebook);
  return chosen ? std::move(*chosen) : default_rulebook(currency);
}

}  // namespace tiltak::capi
