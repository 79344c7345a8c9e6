#include "io/csv/values.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "io/csv/text.hpp"

namespace tiltak::detail::csv {
namespace {

struct StageWord {
  Stage stage;
  std::string_view word;
};

// Keep in step with docs/format.md ("CSV import").
constexpr StageWord stage_words[] = {
    {Stage::idea, "idea"}, {Stage::idea, "idé"}, {Stage::idea, "ide"},
    {Stage::registered, "registered"}, {Stage::registered, "registrert"}, {Stage::registered, "registreret"},
    {Stage::anchored, "anchored"}, {Stage::anchored, "forankret"},
    {Stage::in_council, "in_council"}, {Stage::in_council, "til behandling"},
    {Stage::in_council, "til behandling i rådet"}, {Stage::in_council, "i rådet"},
    {Stage::recommended, "recommended"}, {Stage::recommended, "anbefalt"}, {Stage::recommended, "anbefalet"},
    {Stage::approved, "approved"}, {Stage::approved, "godkjent"}, {Stage::approved, "godkendt"},
    {Stage::approved, "vedtatt"}, {Stage::approved, "vedtaget"},
    {Stage::in_progress, "in_progress"}, {Stage::in_progress, "pågår"}, {Stage::in_progress, "pågående"},
    {Stage::in_progress, "igangsatt"}, {Stage::in_progress, "igangsat"}, {Stage::in_progress, "i gang"},
    {Stage::in_progress, "igangværende"},
    {Stage::completed, "completed"}, {Stage::completed, "fullført"}, {Stage::completed, "gjennomført"},
    {Stage::completed, "ferdig"}, {Stage::completed, "fuldført"}, {Stage::completed, "gennemført"},
    {Stage::completed, "færdig"},
    {Stage::closed, "closed"}, {Stage::closed, "avsluttet"}, {Stage::closed, "afsluttet"},
    {Stage::closed, "lukket"},
    {Stage::rejected, "rejected"}, {Stage::rejected, "avvist"}, {Stage::rejected, "afvist"},
    {Stage::rejected, "avslått"}, {Stage::rejected, "afslået"},
    {Stage::paused, "paused"}, {Stage::paused, "pause"}, {Stage::paused, "pausert"}, {Stage::paused, "pauset"},
    {Stage::paused, "på vent"}, {Stage::paused, "satt på vent"}, {Stage::paused, "sat på vent"},
    {Stage::paused, "satt på pause"}, {Stage::paused, "sat på pause"}, {Stage::paused, "stilt i bero"},
    {Stage::paused, "sat i bero"},
    {Stage::cancelled, "cancelled"}, {Stage::cancelled, "canceled"}, {Stage::cancelled, "kansellert"},
    {Stage::cancelled, "annullert"}, {Stage::cancelled, "annulleret"}, {Stage::cancelled, "avbrutt"},
    {Stage::cancelled, "afbrudt"},
};

// Folded word → stage, built once (a function-local constant: thread-safe, never changed).
const std::unordered_map<std::string, Stage>& stage_index() {
  static const std::unordered_map<std::string, Stage> index = [] {
    std::unordered_map<std::string, Stage> built;
    for (const auto& entry : stage_words) built.emplace(fold(entry.word), entry.stage);
    return built;
  }();
  return index;
}

constexpr std::string_view yes_words[] = {"ja", "yes", "true", "sann", "sand", "1", "x"};
constexpr std::string_view no_words[] = {"nei", "nej", "no", "false", "usann", "falsk", "0"};

// A currency mark before or after the number: "kr", "kr.", an ISO code or "€".
struct CurrencyMark {
  std::string_view text;
  std::optional<Currency> currency;  // nullopt: "kr", any of the kroner/kronor
};

constexpr CurrencyMark currency_marks[] = {
    {"kr.", std::nullopt}, {"kr", std::nullopt},     {"NOK", Currency::NOK}, {"DKK", Currency::DKK},
    {"SEK", Currency::SEK}, {"EUR", Currency::EUR}, {"€", Currency::EUR},
};

// Removes a currency mark from either end of `text`. False (with `why`) when it names a
// currency other than `currency`.
bool strip_currency(std::string_view& text, Currency currency, std::string& why) {
  for (const auto& mark : currency_marks) {
    const std::size_t n = mark.text.size();
    if (text.size() < n) continue;
    std::string_view rest;
    if (equal_ignoring_ascii_case(text.substr(0, n), mark.text) &&
        (text.size() == n || blank_at(text, n) > 0 || is_digit(text[n]) || text[n] == '-')) {
      rest = trim(text.substr(n));
    } else if (equal_ignoring_ascii_case(text.substr(text.size() - n), mark.text) &&
               (text.size() == n || blank_ends_at(text, text.size() - n) || is_digit(text[text.size() - n - 1]))) {
      rest = trim(text.substr(0, text.size() - n));
    } else {
      continue;
    }
    const bool matches = mark.currency ? *mark.currency == currency : currency != Currency::EUR;
    if (!matches) {
      why = "the amount is in " + std::string(mark.currency ? currency_code(*mark.currency) : "kroner") +
            ", but the import is in " + std::string(currency_code(currency));
      return false;
    }
    text = rest;
    return true;
  }
  return true;
}

bool parse_number(std::string_view digits, int& out) {
  if (digits.empty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), is_digit)) return false;
  out = std::stoi(std::string(digits));
  return true;
}

}  // namespace

std::optional<Stage> stage_of(std::string_view folded) {
  const auto& index = stage_index();
  const auto it = index.find(std::string(folded));
  return it == index.end() ? std::nullopt : std::optional<Stage>(it->second);
}

std::string unknown_stage_message(std::string_view folded) {
  std::vector<std::string_view> words;
  for (const auto& entry : stage_words) words.push_back(entry.word);
  std::string message = "unknown stage";
  if (auto suggestion = closest(folded, words)) message += "; did you mean " + in_quotes(*suggestion) + "?";
  std::string names;
  for (const Stage stage : all_stages) names += (names.empty() ? "" : ", ") + std::string(stage_name(stage));
  message += " (the stages are " + names + ", or their Norwegian and Danish names, see docs/format.md)";
  return message;
}

std::optional<bool> yes_or_no(std::string_view folded) {
  if (folded.empty() || std::find(std::begin(no_words), std::end(no_words), folded) != std::end(no_words)) return false;
  if (std::find(std::begin(yes_words), std::end(yes_words), folded) != std::end(yes_words)) return true;
  return std::nullopt;
}

// The rules: docs/format.md ("Amounts").
std::optional<Amount> parse_amount(std::string_view cell, char separator, Currency currency, std::string& why) {
  std::string_view text = trim(cell);
  if (!strip_currency(text, currency, why)) return std::nullopt;
  if (text.empty()) {
    why = "a currency without an amount";
    return std::nullopt;
  }
  if (text == "-" || text == "\u2013") return Amount{};  // Excel's accounting format shows zero as a dash
  Amount amount;
  if (text.front() == '-' || text.front() == '+') {
    amount.negative = text.front() == '-';
    text.remove_prefix(1);
  } else if (text.starts_with("\u2212")) {  // minus sign
    amount.negative = true;
    text.remove_prefix(3);
  }
  text = trim(text);

  // Digit runs and the single marks between them.
  enum class Mark { blank, point, comma };
  std::vector<std::string_view> runs;
  std::vector<Mark> marks;
  for (std::size_t i = 0; i < text.size();) {
    if (is_digit(text[i])) {
      const std::size_t begin = i;
      while (i < text.size() && is_digit(text[i])) ++i;
      runs.push_back(text.substr(begin, i - begin));
      continue;
    }
    Mark mark;
    std::size_t length = blank_at(text, i);
    if (length > 0)
      mark = Mark::blank;
    else if (text[i] == '.')
      mark = Mark::point, length = 1;
    else if (text[i] == ',')
      mark = Mark::comma, length = 1;
    else {
      why = "not an amount: write digits with an optional decimal comma or point, e.g. 1 250 000,50";
      return std::nullopt;
    }
    if (runs.size() != marks.size() + 1) {
      why = i == 0 ? "an amount starts with a digit, e.g. 0,50" : "two separators in a row";
      return std::nullopt;
    }
    marks.push_back(mark);
    i += length;
  }
  if (runs.empty() || runs.size() != marks.size() + 1) {
    why = runs.empty() ? "not an amount: no digits" : "an amount ends with a digit";
    return std::nullopt;
  }

  const auto count = [&](Mark kind) { return static_cast<std::size_t>(std::count(marks.begin(), marks.end(), kind)); };
  const std::size_t points = count(Mark::point), commas = count(Mark::comma);
  // The decimal mark, if any: its index in `marks`.
  std::optional<std::size_t> decimal;
  if (points > 0 && commas > 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const Mark last = marks.back();
    if (last == Mark::blank || count(last) != 1) {
      why = "unclear which of '.' and ',' is the decimal mark; write 1 250 000,50 or 1250000.50";
      return std::nullopt;
    }
    decimal = marks.size() - 1;
  } else if (points + commas == 1) {
    const std::size_t index = static_cast<std::size_t>(
        std::find_if(marks.begin(), marks.end(), [](Mark m) { return m != Mark::blank; }) - marks.begin());
    const std::string_view before = runs[index], after = runs[index + 1];
    // Three digits after the only '.' or ',' could be a thousands group ("1.250" in Danish,
    // "1,250" in English) or decimals. In a ';' file a comma is the decimal mark: Excel
    // writes ';' exactly where the comma is taken (Nordic locales). Otherwise it is an error.
    const bool could_group = index == marks.size() - 1 && after.size() == 3 &&
                             (index == 0 ? before.size() <= 3 && before != "0" : before.size() == 3);
    if (could_group && !(marks[index] == Mark::comma && separator == ';')) {
      why = "ambiguous amount: the '" + std::string(marks[index] == Mark::comma ? "," : ".") +
            "' could group thousands or mark decimals; write a whole amount without it (" + std::string(before) +
            std::string(after) + " or " + std::string(before) + " " + std::string(after) +
            "), or decimals with at most two digits (e.g. " + std::string(before) +
            (marks[index] == Mark::comma ? "," : ".") + std::string(after.substr(0, 2)) + ")";
      return std::nullopt;
    }
    decimal = index;
  }
  if (decimal && *decimal != marks.size() - 1) {
    why = "digits after the decimal mark cannot be grouped";
    return std::nullopt;
  }
  // Every other mark groups thousands: one kind only, groups of three after the first.
  const std::size_t whole_runs = decimal ? runs.size() - 1 : runs.size();
  std::optional<Mark> group;
  for (std::size_t i = 0; i + 1 < whole_runs; ++i) {
    if (group && *group != marks[i]) {
      why = "mixed thousands separators; write 1 250 000 or 1.250.000";
      return std::nullopt;
    }
    group = marks[i];
  }
  if (whole_runs > 1) {
    bool grouped = runs[0].size() <= 3;
    for (std::size_t i = 1; i < whole_runs; ++i) grouped = grouped && runs[i].size() == 3;
    if (!grouped) {
      why = "thousands are grouped by three digits, e.g. 1 250 000";
      return std::nullopt;
    }
  }
  std::string_view fraction = decimal ? runs.back() : std::string_view{};
  const auto exponent = static_cast<std::size_t>(currency_exponent(currency));
  if (fraction.size() > exponent) {
    if (fraction.find_first_not_of('0', exponent) != npos) {
      why = "more decimals than the currency has (at most 2)";
      return std::nullopt;
    }
    fraction = fraction.substr(0, exponent);
  }
  auto append_digit = [&](char c) {
    return !__builtin_mul_overflow(amount.minor, 10, &amount.minor) &&
           !__builtin_add_overflow(amount.minor, c - '0', &amount.minor);
  };
  bool fits = true;
  for (std::size_t i = 0; i < whole_runs; ++i)
    for (char c : runs[i]) fits = fits && append_digit(c);
  for (char c : fraction) fits = fits && append_digit(c);
  for (std::size_t i = fraction.size(); i < exponent; ++i) fits = fits && append_digit('0');
  if (!fits) {
    why = "amount out of range";
    return std::nullopt;
  }
  return amount;
}

std::optional<Date> parse_date(std::string_view cell, std::string& why) {
  const std::string_view text = trim(cell);
  if (text.size() == 10 && text[4] == '-') {
    if (auto date = parse_iso_date(text)) return date;
    why = "no such date";
    return std::nullopt;
  }
  const std::size_t first = text.find_first_of(".-");
  const std::size_t second = first == npos ? npos : text.find(text[first], first + 1);
  int day = 0, month = 0, year = 0;
  if (second != npos && first <= 2 && second - first <= 3 && text.size() - second == 5 &&
      parse_number(text.substr(0, first), day) && parse_number(text.substr(first + 1, second - first - 1), month) &&
      parse_number(text.substr(second + 1), year)) {
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    if (auto date = parse_iso_date(iso)) return date;
    why = "no such date";
    return std::nullopt;
  }
  if (!text.empty() && std::all_of(text.begin(), text.end(), is_digit))
    why = "a number where a date belongs (Excel's serial date?); format the column as a date: 23.11.2026, "
          "23-11-2026 or 2026-11-23";
  else if (text.find('/') != npos)
    why = "dates with '/' are ambiguous (day/month or month/day); write 23.11.2026, 23-11-2026 or 2026-11-23";
  else
    why = "not a date; write 23.11.2026, 23-11-2026 or 2026-11-23 (four-digit year)";
  return std::nullopt;
}

}  // namespace tiltak::detail::csv
