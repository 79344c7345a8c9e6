#pragma once
// The `language` argument of the C functions, one reading for all of them.

#include <optional>
#include <string>

#include "tiltak/core/error.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::capi {

// NULL: nullopt (the caller's default); "nb", "da", "en"; anything else Error(invalid_argument).
inline std::optional<Language> language_option(const char* code) {
  if (!code) return std::nullopt;
  if (const auto language = language_from_code(code)) return *language;
  throw Error(ErrorCode::invalid_argument, std::string("language must be nb, da or en, not \"") + code + "\"");
}

// NULL: the currency's language.
inline Language language_of(const char* code, Currency currency) {
  return language_option(code).value_or(default_language(currency));
}

}  // namespace tiltak::capi
