#include "cli/options.hpp"

#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {

Language output_language(const Arguments& arguments, Currency currency) {
  const auto code = arguments.get("lang");
  if (!code) return default_language(currency);
  if (auto language = language_from_code(*code)) return *language;
  throw UsageError("--lang must be one of nb, da, en, not \"" + *code + "\"");
}

Date as_of_date(const Arguments& arguments) {
  const auto text = arguments.get("as-of");
  if (!text) return boost::gregorian::day_clock::local_day();
  if (auto date = parse_iso_date(*text)) return *date;
  throw UsageError("--as-of must be a date YYYY-MM-DD, not \"" + *text + "\"");
}

}  // namespace tiltak::cli
