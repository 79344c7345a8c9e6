#pragma once
// Options several commands of the tiltak tool share, read the same way everywhere.

#include <optional>

#include "cli/arguments.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/core/date.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/governance/rulebook.hpp"

namespace tiltak::cli {

inline const OptionSpec format_option{"format", 0, true};
inline const OptionSpec language_option{"lang", 0, true};
inline const OptionSpec as_of_option{"as-of", 0, true};
inline const OptionSpec output_option{"output", 'o', true};
inline const OptionSpec rules_option{"rules", 0, true};

// --lang nb|da|en; nullopt when not given.
std::optional<Language> requested_language(const Arguments& arguments);
// --lang, by default the customary language of the portfolio's currency.
Language output_language(const Arguments& arguments, Currency currency);
// --lang as given, none without it (for a library call that applies the currency's default).
std::optional<Language> requested_language(const Arguments& arguments);

// --rules: a built-in rulebook id or a rulebook JSON file; nullopt when not given.
std::optional<Rulebook> rulebook_option(const Arguments& arguments);
// --rules, by default the currency's rulebook.
Rulebook rulebook_choice(const Arguments& arguments, Currency currency);

// The date option --<name> (YYYY-MM-DD), by default today's date (local time).
Date date_option(const Arguments& arguments, const char* name);

// The whole-number option --<name> within low..high, else `fallback` when absent; a usage
// error naming the range otherwise.
int whole_number(const Arguments& arguments, const char* name, int fallback, int low, int high);

// A decimal for people: `decimals` places, a decimal comma in nb and da ("0,35").
std::string number(double value, int decimals, Language language);

}  // namespace tiltak::cli
