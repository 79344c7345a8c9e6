#pragma once
// Options several commands of the tiltak tool share, read the same way everywhere.

#include "cli/arguments.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/core/date.hpp"
#include "tiltak/core/locale.hpp"

namespace tiltak::cli {

inline const OptionSpec format_option{"format", 0, true};
inline const OptionSpec language_option{"lang", 0, true};
inline const OptionSpec as_of_option{"as-of", 0, true};
inline const OptionSpec output_option{"output", 'o', true};

// --lang nb|da|en, by default the customary language of the portfolio's currency.
Language output_language(const Arguments& arguments, Currency currency);

// --as-of YYYY-MM-DD, by default today's date (local time).
Date as_of_date(const Arguments& arguments);

}  // namespace tiltak::cli
