#include "tiltak/core/currency.hpp"

#include <array>
#include <utility>

namespace tiltak {
namespace {

constexpr std::array<std::pair<Currency, std::string_view>, 4> codes{{
    {Currency::NOK, "NOK"}, {Currency::DKK, "DKK"}, {Currency::EUR, "EUR"}, {Currency::SEK, "SEK"}}};

}  // namespace

std::string_view currency_code(Currency currency) noexcept {
  for (const auto& [c, code] : codes)
    if (c == currency) return code;
  return "???";
}

std::optional<Currency> currency_from_code(std::string_view code) noexcept {
  for (const auto& [c, known] : codes)
    if (known == code) return c;
  return std::nullopt;
}

}  // namespace tiltak
