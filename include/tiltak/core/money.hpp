#pragma once
// Exact money: a signed count of minor units (øre, cent) in one currency.
// Arithmetic is overflow-checked and never mixes currencies implicitly.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "tiltak/core/currency.hpp"
#include "tiltak/core/locale.hpp"

namespace tiltak {

class Money {
 public:
  constexpr Money(std::int64_t minor_units, Currency currency) noexcept
      : minor_(minor_units), currency_(currency) {}
  static constexpr Money zero(Currency currency) noexcept { return Money(0, currency); }

  // Exact decimal text: "1250000.50", "-12.5", "300". An optional minus, at most two
  // decimals after a point, no grouping, no exponent. Throws Error(parse_error) or Error(overflow).
  static Money parse(std::string_view text, Currency currency);

  constexpr std::int64_t minor_units() const noexcept { return minor_; }
  constexpr Currency currency() const noexcept { return currency_; }
  constexpr bool is_zero() const noexcept { return minor_ == 0; }

  // Exact decimal text with a point and all decimals: "1250000.50", "-0.05".
  std::string to_string() const;

  // Throw Error(currency_mismatch) or Error(overflow).
  Money operator+(Money other) const;
  Money operator-(Money other) const;
  Money operator-() const;
  Money& operator+=(Money other);
  Money& operator-=(Money other);
  // Multiplying by a count (years, people, units) stays exact.
  Money operator*(std::int64_t factor) const;

  // Equal means same amount and same currency.
  constexpr bool operator==(const Money&) const noexcept = default;
  // Ordering amounts in different currencies throws Error(currency_mismatch).
  std::strong_ordering operator<=>(const Money& other) const;

 private:
  std::int64_t minor_;
  Currency currency_;
};

// The rounding rule of tiltak: a computed (non-integral) amount of minor units is rounded
// to the nearest minor unit, halves away from zero (as in Norwegian and Danish public
// accounting practice and Excel's ROUND). Throws Error(overflow) when out of range.
Money round_to_minor(long double minor_units, Currency currency);

// Amount for people: "1 250 000,50 kr" (nb/da), "NOK 1,250,000.50" (en). With whole_units,
// rounds to whole kroner (same rounding rule) and drops the decimals: "1 250 001 kr".
std::string format_money(Money amount, Language language, bool whole_units = false);

}  // namespace tiltak
