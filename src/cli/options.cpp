#include "cli/options.hpp"

#include <cstdio>
#include <stdexcept>

#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {

std::optional<Language> requested_language(const Arguments& arguments) {
  const auto code = arguments.get("lang");
  if (!code) return std::nullopt;
  if (auto language = language_from_code(*code)) return *language;
  throw UsageError("--lang must be one of nb, da, en, not \"" + *code + "\"");
}

Language output_language(const Arguments& arguments, Currency currency) {
  return requested_language(arguments).value_or(default_language(currency));
}

Rulebook rulebook_choice(const Arguments& arguments, Currency currency) {
  const auto value = arguments.get("rules");
  if (!value) return default_rulebook(currency);
  for (const auto& id : builtin_rulebook_ids())
    if (id == *value) return builtin_rulebook(id);
  if (value->find('/') == std::string::npos && (value->size() < 5 || value->compare(value->size() - 5, 5, ".json") != 0))
    throw UsageError("--rules must be a built-in rulebook (no-default, dk-default) or a JSON file, not \"" + *value + "\"");
  return load_rulebook(*value);
}

Date date_option(const Arguments& arguments, const char* name) {
  const auto value = arguments.get(name);
  if (!value) return boost::gregorian::day_clock::local_day();
  if (const auto date = parse_iso_date(*value)) return *date;
  throw UsageError(std::string("--") + name + " must be a date such as 2026-11-23, not \"" + *value + "\"");
}

int whole_number(const Arguments& arguments, const char* name, int fallback, int low, int high) {
  const auto text = arguments.get(name);
  if (!text) return fallback;
  try {
    std::size_t used = 0;
    const long value = std::stol(*text, &used);
    if (used == text->size() && value >= low && value <= high) return static_cast<int>(value);
  } catch (const std::logic_error&) {
  }
  throw UsageError("--" + std::string(name) + " must be a number from " + std::to_string(low) + " to " +
                   std::to_string(high) + ", not \"" + *text + "\"");
}

std::string number(double value, int decimals, Language language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string out = buffer;
  if (language != Language::en)
    for (char& ch : out)
      if (ch == '.') ch = ',';
  return out;
}

}  // namespace tiltak::cli
