#pragma once
// The values of an initiative list's cells: stages and yes/no in Norwegian, Danish or English,
// amounts as Excel writes them in those locales (exactly, in minor units) and dates. Keep in
// step with docs/format.md ("CSV import", "Amounts").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tiltak/core/currency.hpp"
#include "tiltak/core/date.hpp"
#include "tiltak/model/lifecycle.hpp"

namespace tiltak::detail::csv {

// The stage a folded word names.
std::optional<Stage> stage_of(std::string_view folded);
// "unknown stage" with the closest word and the list of stages.
std::string unknown_stage_message(std::string_view folded);

// True for a folded yes word (ja, yes, true, 1, x, ...), false for a no word or nothing,
// nullopt for anything else.
std::optional<bool> yes_or_no(std::string_view folded);

struct Amount {
  std::int64_t minor = 0;
  bool negative = false;
};

// An amount as Excel writes it in Norway, Denmark or an English locale, exactly in minor
// units; `separator` decides "1,250". Nullopt with `why` when it is not one.
std::optional<Amount> parse_amount(std::string_view cell, char separator, Currency currency, std::string& why);

// "2026-11-23", "23.11.2026" or "23-11-2026" (day and month may have one digit). Nullopt with
// `why` when it is not one.
std::optional<Date> parse_date(std::string_view cell, std::string& why);

}  // namespace tiltak::detail::csv
