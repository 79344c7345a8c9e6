#include "tiltak/core/money.hpp"

#include <cmath>
#include <limits>

#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak {
namespace {

[[noreturn]] void throw_overflow(std::string_view what) {
  throw Error(ErrorCode::overflow, "amount out of range (" + std::string(what) + ")");
}

void require_same_currency(Money a, Money b) {
  if (a.currency() != b.currency())
    throw Error(ErrorCode::currency_mismatch, "cannot combine " + std::string(currency_code(a.currency())) +
                                                  " with " + std::string(currency_code(b.currency())));
}

[[noreturn]] void throw_bad_amount(std::string_view text, std::string_view why) {
  Problem problem;
  problem.value = problem_value(text);
  problem.message = "not a valid amount: " + std::string(why);
  throw Error(ErrorCode::parse_error, std::move(problem));
}

}  // namespace

Money Money::parse(std::string_view text, Currency currency) {
  std::string_view rest = text;
  bool negative = false;
  if (!rest.empty() && rest.front() == '-') {
    negative = true;
    rest.remove_prefix(1);
  }
  const auto point = rest.find('.');
  const std::string_view whole = rest.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : rest.substr(point + 1);
  if (whole.empty()) throw_bad_amount(text, "expected digits before the decimal point, e.g. \"1250000.50\"");
  if (point != std::string_view::npos && fraction.empty())
    throw_bad_amount(text, "expected digits after the decimal point");
  if (fraction.size() > static_cast<std::size_t>(currency_exponent(currency)))
    throw_bad_amount(text, "more decimals than the currency has (at most 2)");
  // Accumulate with the sign applied, so that the most negative amount parses too.
  std::int64_t minor = 0;
  auto append_digit = [&](char c) {
    if (c < '0' || c > '9')
      throw_bad_amount(text, "only digits, an optional sign and one decimal point are allowed, e.g. \"1250000.50\"");
    const int digit = c - '0';
    if (__builtin_mul_overflow(minor, 10, &minor) ||
        (negative ? __builtin_sub_overflow(minor, digit, &minor) : __builtin_add_overflow(minor, digit, &minor))) {
      Problem problem;
      problem.value = problem_value(text);
      problem.message = "amount too large for exact arithmetic (at most 92233720368547758.07)";
      throw Error(ErrorCode::overflow, std::move(problem));
    }
  };
  for (char c : whole) append_digit(c);
  for (char c : fraction) append_digit(c);
  for (auto i = fraction.size(); i < static_cast<std::size_t>(currency_exponent(currency)); ++i) append_digit('0');
  return Money(minor, currency);
}

std::string Money::to_string() const {
  const auto per_major = static_cast<unsigned long long>(minor_per_major(currency_));
  const unsigned long long magnitude =
      minor_ < 0 ? 0ULL - static_cast<unsigned long long>(minor_) : static_cast<unsigned long long>(minor_);
  std::string fraction = std::to_string(magnitude % per_major);
  fraction.insert(0, static_cast<std::size_t>(currency_exponent(currency_)) - fraction.size(), '0');
  return (minor_ < 0 ? "-" : "") + std::to_string(magnitude / per_major) + "." + fraction;
}

Money Money::operator+(Money other) const {
  require_same_currency(*this, other);
  std::int64_t sum = 0;
  if (__builtin_add_overflow(minor_, other.minor_, &sum)) throw_overflow(to_string() + " + " + other.to_string());
  return Money(sum, currency_);
}

Money Money::operator-(Money other) const {
  require_same_currency(*this, other);
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(minor_, other.minor_, &difference))
    throw_overflow(to_string() + " - " + other.to_string());
  return Money(difference, currency_);
}

Money Money::operator-() const {
  if (minor_ == std::numeric_limits<std::int64_t>::min()) throw_overflow("-" + to_string());
  return Money(-minor_, currency_);
}

Money& Money::operator+=(Money other) { return *this = *this + other; }
Money& Money::operator-=(Money other) { return *this = *this - other; }

Money Money::operator*(std::int64_t factor) const {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(minor_, factor, &product)) throw_overflow(to_string() + " * " + std::to_string(factor));
  return Money(product, currency_);
}

std::strong_ordering Money::operator<=>(const Money& other) const {
  require_same_currency(*this, other);
  return minor_ <=> other.minor_;
}

Money round_to_minor(long double minor_units, Currency currency) {
  const long double rounded = std::round(minor_units);  // halves away from zero
  // 2^63 is exactly representable; anything at or beyond it does not fit.
  constexpr long double limit = 9223372036854775808.0L;
  if (!std::isfinite(rounded) || rounded >= limit || rounded < -limit) throw_overflow("computed amount");
  return Money(static_cast<std::int64_t>(rounded), currency);
}

std::string format_money(Money amount, Language language, bool whole_units) {
  const auto per_major = minor_per_major(amount.currency());
  const bool home_currency = (language == Language::nb && amount.currency() == Currency::NOK) ||
                             (language == Language::da && amount.currency() == Currency::DKK);
  std::string number;
  if (whole_units) {
    const Money whole = round_to_minor(static_cast<long double>(amount.minor_units()) / per_major, amount.currency());
    number = format_integer(whole.minor_units(), language);
  } else {
    const std::string exact = amount.to_string();  // "-1250000.50"
    const auto point = exact.find('.');
    const bool negative = exact.front() == '-';
    const long long major = std::stoll(exact.substr(negative ? 1 : 0, point - (negative ? 1 : 0)));
    number = (negative ? "-" : "") + format_integer(major, language) + (language == Language::en ? "." : ",") +
             exact.substr(point + 1);
  }
  if (language == Language::en) return std::string(currency_code(amount.currency())) + " " + number;
  return number + " " + (home_currency ? std::string("kr") : std::string(currency_code(amount.currency())));
}

}  // namespace tiltak
