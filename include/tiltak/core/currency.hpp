#pragma once
// ISO 4217 currencies used by Norwegian and Danish municipalities and their suppliers.

#include <cstdint>
#include <optional>
#include <string_view>

namespace tiltak {

enum class Currency : std::uint8_t { NOK, DKK, EUR, SEK };

// "NOK", "DKK", "EUR", "SEK".
std::string_view currency_code(Currency currency) noexcept;
std::optional<Currency> currency_from_code(std::string_view code) noexcept;

// Digits after the decimal point of one major unit (ISO 4217 exponent): 2 for all supported.
constexpr int currency_exponent(Currency) noexcept { return 2; }
constexpr std::int64_t minor_per_major(Currency) noexcept { return 100; }

}  // namespace tiltak
