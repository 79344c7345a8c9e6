#pragma once
// Presentation languages and their number and date conventions.

#include <optional>
#include <string>
#include <string_view>

#include "tiltak/core/date.hpp"

namespace tiltak {

// Norwegian bokmål, Danish, English.
enum class Language { nb, da, en };

std::string_view language_code(Language language) noexcept;
std::optional<Language> language_from_code(std::string_view code) noexcept;

// Groups of three digits: "1 250 000" in nb/da (plain spaces, so tables and CSV stay
// ASCII-aligned), "1,250,000" in en.
std::string format_integer(long long value, Language language);

// "23.11.2026" in nb/da, "2026-11-23" in en.
std::string format_date(Date date, Language language);

}  // namespace tiltak
