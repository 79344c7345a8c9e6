#include "tiltak/io/csv_import.hpp"

// Reading an initiative list exported from Excel (Norwegian, Danish or English locale).
//
// Three passes over the bytes, each linear: the encoding is checked (UTF-8, else a clear
// "save as CSV UTF-8" error), the header row is mapped to fields (with Norwegian and Danish
// synonyms), then each row is tokenised (RFC 4180) and read cell by cell. Every problem is
// collected with its line and column; nothing is returned unless the whole file is good.
// The column names, value words and the amount rules are documented in docs/format.md
// ("CSV import"); keep the two in step.

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/suggestion.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/utf8.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

constexpr std::size_t value_limit = 80;  // bytes of a cell quoted in a problem report
constexpr std::size_t npos = std::string_view::npos;

// ---------------------------------------------------------------------------------------------
// UTF-8

// Windows-1252 at 0x80-0x9F (Latin-1 has control characters there); U+FFFD where undefined.
constexpr std::array<char32_t, 32> windows_1252_high{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

char32_t windows_1252(unsigned char byte) {
  return byte >= 0x80 && byte < 0xA0 ? windows_1252_high[byte - 0x80] : char32_t{byte};
}

// The text as its author saw it: bytes that are not UTF-8 read as Windows-1252.
std::string repaired(std::string_view text) { return repair_utf8(text, windows_1252); }

// ---------------------------------------------------------------------------------------------
// Text helpers

// Bytes of the blank character at `i` (space, tab, U+00A0, U+2009, U+202F), or 0.
std::size_t blank_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x89 || d == 0xAF) return 3;
  }
  return 0;
}

bool blank_ends_at(std::string_view s, std::size_t end) {  // a blank character ends at `end`
  for (std::size_t length = 1; length <= 3 && length <= end; ++length)
    if (blank_at(s, end - length) == length) return true;
  return false;
}

std::string_view trim(std::string_view s) {
  std::size_t begin = 0, end = s.size();
  while (begin < end) {
    const std::size_t length = blank_at(s, begin);
    if (length == 0) break;
    begin += length;
  }
  while (end > begin) {
    std::size_t length = 0;
    for (std::size_t candidate = 1; candidate <= 3 && candidate <= end - begin; ++candidate)
      if (blank_at(s, end - candidate) == candidate) length = candidate;
    if (length == 0) break;
    end -= length;
  }
  return s.substr(begin, end - begin);
}

// Case-folded for matching names and words: ASCII and Latin-1 letters in lower case
// (Æ Ø Å É → æ ø å é), '_', '-' and runs of blanks as one space, ends trimmed.
std::string fold(std::string_view text) {
  text = trim(text);
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    std::size_t length = blank_at(text, i);
    if (length == 0 && (c == '_' || c == '-')) length = 1;
    if (length > 0) {
      pending_space = true;
      i += length;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    const auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (u == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const bool upper = next >= 0x80 && next <= 0x9E && next != 0x97;  // U+00C0-U+00DE except ×
      out += c;
      out += static_cast<char>(upper ? next + 0x20 : next);
      ++i;
    } else {
      out += c;
    }
    ++i;
  }
  return out;
}

std::string shorten(std::string_view text) {
  if (text.size() <= value_limit) return std::string(text);
  std::size_t cut = value_limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

// The candidate closest to `folded` (itself folded) when it is close enough to be a typo.
template <class Candidates>
std::optional<std::string> closest(std::string_view folded, const Candidates& candidates) {
  return detail::closest_match(folded, candidates, [](const std::string& name) { return fold(name); });
}

// ---------------------------------------------------------------------------------------------
// RFC 4180 records

struct Cell {
  std::string text;        // without the quotes; a doubled quote as one; line breaks as "\n"
  std::size_t begin = 0;   // byte offsets in the input, for locating encoding errors
  std::size_t end = 0;
  bool quoted = false;
};

// One row. `cells` keeps its strings between rows so that reading reuses their storage.
struct Record {
  std::vector<Cell> cells;
  std::size_t size = 0;  // cells in use
  std::size_t line = 0;  // the line of the file where the row begins

  Cell& add() {
    if (size == cells.size()) cells.emplace_back();
    Cell& cell = cells[size++];
    cell.text.clear();
    cell.quoted = false;
    return cell;
  }
  const Cell* at(std::size_t index) const { return index < size ? &cells[index] : nullptr; }
  bool blank() const {
    for (std::size_t i = 0; i < size; ++i)
      if (!trim(cells[i].text).empty()) return false;
    return true;
  }
};

// A malformed quote, reported with the row's line and the cell's column.
struct SyntaxProblem {
  std::size_t line, column;
  std::string value, message;
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::size_t offset, std::size_t line, char separator)
      : text_(text), pos_(offset), line_(line), separator_(separator) {}

  // Reads the next record; false at the end of the input. CRLF, LF and a lone CR end a row.
  bool next(Record& record) {
    if (pos_ >= text_.size()) return false;
    record.size = 0;
    record.line = line_;
    while (true) {
      Cell& cell = record.add();
      cell.begin = pos_;
      if (pos_ < text_.size() && text_[pos_] == '"')
        read_quoted(cell, record);
      else
        read_plain(cell);
      cell.end = pos_;
      if (pos_ >= text_.size()) return true;
      const char c = text_[pos_];
      ++pos_;
      if (c == separator_) continue;
      ++line_;  // '\r' or '\n'
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      return true;
    }
  }

  std::vector<SyntaxProblem>& problems() noexcept { return problems_; }

 private:
  bool ends_cell(char c) const { return c == separator_ || c == '\n' || c == '\r'; }

  void read_plain(Cell& cell) {
    const std::size_t begin = pos_;
    while (pos_ < text_.size() && !ends_cell(text_[pos_])) ++pos_;
    cell.text.assign(text_.substr(begin, pos_ - begin));
  }

  void read_quoted(Cell& cell, const Record& record) {
    cell.quoted = true;
    ++pos_;  // the opening quote
    while (true) {
      const std::size_t chunk = pos_;
      while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\r' && text_[pos_] != '\n') ++pos_;
      cell.text.append(text_.substr(chunk, pos_ - chunk));
      if (pos_ >= text_.size()) {
        problems_.push_back({record.line, record.size, shorten(cell.text),
                             "a quoted cell is never closed: the '\"' that opens it has no closing '\"' "
                             "(a quote inside a quoted cell is written twice: \"\")"});
        return;
      }
      const char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          cell.text += '"';
          ++pos_;
          continue;
        }
        break;
      }
      cell.text += '\n';  // a line break inside the cell
      ++line_;
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    }
    // Blanks after the closing quote are harmless; anything else means the quoting is broken.
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    if (pos_ < text_.size() && !ends_cell(text_[pos_])) {
      const std::size_t rest = pos_;
      while (pos_ < text_.size() && !ends_cell(text_[pos_])) ++pos_;
      const std::string written = "\"" + cell.text + "\"" + std::string(text_.substr(rest, pos_ - rest));
      problems_.push_back({record.line, record.size, shorten(written),
                           "text after the closing quote of a quoted cell; a quote inside a quoted cell is "
                           "written twice (\"\")"});
    }
  }

  std::string_view text_;
  std::size_t pos_;
  std::size_t line_;
  char separator_;
  std::vector<SyntaxProblem> problems_;
};

// ';' or ',', whichever occurs more often outside quotes on the header line; ';' on a tie.
char detect_separator(std::string_view text, std::size_t offset) {
  std::size_t semicolons = 0, commas = 0;
  bool in_quotes = false;
  for (std::size_t i = offset; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      in_quotes = !in_quotes;  // a doubled quote toggles twice
    } else if (!in_quotes) {
      if (c == '\n' || c == '\r') {
        if (semicolons + commas > 0) break;  // blank lines before the header are skipped
      } else if (c == ';') {
        ++semicolons;
      } else if (c == ',') {
        ++commas;
      }
    }
  }
  return commas > semicolons ? ',' : ';';
}

// ---------------------------------------------------------------------------------------------
// Columns

enum class Field {
  id,
  title,
  description,
  service_areas,
  owner,
  stage,
  phase,
  planned_start,
  planned_end,
  case_reference,
  programme,
  mandatory,
  cost,       // investment or operating cost of one year
  unnamed,    // an empty heading: allowed when the whole column is empty
  unknown,
};

struct ColumnName {
  Field field;
  std::string_view name;  // the first name of each field is the English one
};

// Keep in step with docs/format.md ("CSV import").
constexpr ColumnName column_names[] = {
    {Field::id, "id"}, {Field::id, "nr"}, {Field::id, "nr."}, {Field::id, "nummer"},
    {Field::id, "tiltaksnummer"}, {Field::id, "tiltaksnr"}, {Field::id, "tiltaksnr."},
    {Field::id, "prosjektnummer"}, {Field::id, "projektnummer"}, {Field::id, "projektnr"},
    {Field::id, "projektnr."},
    {Field::title, "title"}, {Field::title, "tittel"}, {Field::title, "titel"}, {Field::title, "navn"},
    {Field::title, "name"}, {Field::title, "tiltak"}, {Field::title, "tiltaksnavn"},
    {Field::title, "prosjektnavn"}, {Field::title, "projektnavn"},
    {Field::description, "description"}, {Field::description, "beskrivelse"},
    {Field::description, "kort beskrivelse"},
    {Field::service_areas, "service_areas"}, {Field::service_areas, "service_area"},
    {Field::service_areas, "tjenesteområde"}, {Field::service_areas, "tjenesteområder"},
    {Field::service_areas, "tjenesteomrade"}, {Field::service_areas, "tjenesteomrader"},
    {Field::service_areas, "serviceområde"}, {Field::service_areas, "serviceområder"},
    {Field::service_areas, "serviceomrade"}, {Field::service_areas, "fagområde"},
    {Field::service_areas, "fagområder"}, {Field::service_areas, "fagomrade"},
    {Field::owner, "owner"}, {Field::owner, "eier"}, {Field::owner, "ejer"}, {Field::owner, "tiltakseier"},
    {Field::owner, "prosjekteier"}, {Field::owner, "projektejer"},
    {Field::stage, "stage"}, {Field::stage, "status"}, {Field::stage, "stadium"}, {Field::stage, "stadie"},
    {Field::phase, "phase"}, {Field::phase, "fase"}, {Field::phase, "prosjektfase"},
    {Field::phase, "projektfase"},
    {Field::planned_start, "planned_start"}, {Field::planned_start, "start"},
    {Field::planned_start, "startdato"}, {Field::planned_start, "planlagt_start"},
    {Field::planned_start, "planlagt startdato"}, {Field::planned_start, "oppstart"},
    {Field::planned_start, "opstart"},
    {Field::planned_end, "planned_end"}, {Field::planned_end, "end"}, {Field::planned_end, "slutt"},
    {Field::planned_end, "sluttdato"}, {Field::planned_end, "planlagt_slutt"},
    {Field::planned_end, "planlagt sluttdato"}, {Field::planned_end, "slut"}, {Field::planned_end, "slutdato"},
    {Field::planned_end, "planlagt_slut"}, {Field::planned_end, "planlagt slutdato"},
    {Field::case_reference, "case_reference"}, {Field::case_reference, "saksnummer"},
    {Field::case_reference, "saksnr"}, {Field::case_reference, "saksnr."},
    {Field::case_reference, "sagsnummer"}, {Field::case_reference, "sagsnr"},
    {Field::case_reference, "sagsnr."}, {Field::case_reference, "journalnummer"},
    {Field::programme, "programme"}, {Field::programme, "program"},
    {Field::mandatory, "mandatory"}, {Field::mandatory, "lovpålagt"}, {Field::mandatory, "lovpligtig"},
    {Field::mandatory, "obligatorisk"},
};

struct CostWord {
  CostKind kind;
  std::string_view word;  // followed by a space, '_' or '-' and the year: "drift 2027"
};

constexpr CostWord cost_words[] = {
    {CostKind::investment, "investment"},          {CostKind::investment, "investering"},
    {CostKind::investment, "investeringer"},       {CostKind::operating, "operating"},
    {CostKind::operating, "drift"},                {CostKind::operating, "driftskostnad"},
    {CostKind::operating, "driftskostnader"},      {CostKind::operating, "driftsudgift"},
    {CostKind::operating, "driftsudgifter"},       {CostKind::operating, "driftsomkostninger"},
};

std::string_view english_name(Field field) {
  for (const auto& entry : column_names)
    if (entry.field == field) return entry.name;
  return "";
}

// The other names of a field: "\"nr\", \"nr.\", ..." (without the English one).
std::string synonyms_of(Field field) {
  std::string list;
  for (const auto& entry : column_names)
    if (entry.field == field && entry.name != english_name(field))
      list += (list.empty() ? "" : ", ") + in_quotes(entry.name);
  return list;
}

struct Column {
  Field field = Field::unknown;
  CostKind kind = CostKind::investment;  // cost columns only
  int year = 0;                          // cost columns only
};

// The field a folded heading names; cost headings also give kind and year (0 when the
// year is outside the plausible range).
std::optional<Column> column_of(std::string_view folded) {
  for (const auto& entry : column_names)
    if (fold(entry.name) == folded) return Column{entry.field};
  if (folded.size() > 5 && folded[folded.size() - 5] == ' ') {
    const std::string_view word = folded.substr(0, folded.size() - 5), digits = folded.substr(folded.size() - 4);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    for (const auto& entry : cost_words)
      if (entry.word == word) return Column{Field::cost, entry.kind, std::stoi(std::string(digits))};
  }
  return std::nullopt;
}

std::string unknown_column_message(std::string_view folded) {
  std::vector<std::string> candidates;
  for (const auto& entry : column_names) candidates.emplace_back(entry.name);
  // "investring 2026" is close to "investering 2026": offer the cost words with its year.
  std::string_view year;
  if (folded.size() > 5 && folded[folded.size() - 5] == ' ') year = folded.substr(folded.size() - 4);
  for (const auto& entry : cost_words)
    candidates.push_back(std::string(entry.word) + " " + std::string(year.empty() ? "2026" : year));
  std::string message = "unknown column";
  if (auto suggestion = closest(folded, candidates))
    message += "; did you mean " + in_quotes(*suggestion) + "?";
  else
    message += "; the columns are id, title, description, service_areas, owner, stage, phase, planned_start, "
               "planned_end, case_reference, programme, mandatory, investment_YYYY and operating_YYYY, or their "
               "Norwegian and Danish names (see docs/format.md)";
  return message;
}

// ---------------------------------------------------------------------------------------------
// Values

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

struct Amount {
  std::int64_t minor = 0;
  bool negative = false;
};

// A currency mark before or after the number: "kr", "kr.", an ISO code or "€".
struct CurrencyMark {
  std::string_view text;
  std::optional<Currency> currency;  // nullopt: "kr", any of the kroner/kronor
};

constexpr CurrencyMark currency_marks[] = {
    {"kr.", std::nullopt}, {"kr", std::nullopt},     {"NOK", Currency::NOK}, {"DKK", Currency::DKK},
    {"SEK", Currency::SEK}, {"EUR", Currency::EUR}, {"€", Currency::EUR},
};

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

// An amount as Excel writes it in Norway, Denmark or an English locale, exactly in minor
// units. See docs/format.md ("Amounts") for the rules; `separator` decides "1,250".
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

bool parse_number(std::string_view digits, int& out) {
  if (digits.empty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), is_digit)) return false;
  out = std::stoi(std::string(digits));
  return true;
}

// "2026-11-23", "23.11.2026" or "23-11-2026" (day and month may have one digit).
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

// ---------------------------------------------------------------------------------------------
// The import

class Importer {
 public:
  Importer(std::string_view text, const CsvImportOptions& options, std::string_view source)
      : text_(text), options_(options), source_(source) {}

  std::vector<Initiative> run() {
    if (options_.separator != 0 && options_.separator != ';' && options_.separator != ',')
      throw Error(ErrorCode::invalid_argument, "the CSV separator must be ';' or ',' (or 0 to detect it)");
    std::size_t offset = 0, line = 1;
    if (text_.starts_with("\xEF\xBB\xBF")) offset = 3;
    if (text_.starts_with("\xFF\xFE") || text_.starts_with("\xFE\xFF"))
      fail_encoding(1, 0, "", "the file is UTF-16 (Excel's \"Unicode text\"), not UTF-8");
    separator_ = options_.separator;
    read_separator_line(offset, line);
    if (separator_ == 0) separator_ = detect_separator(text_, offset);
    if (const std::size_t bad = first_invalid_utf8(text_); bad != npos) locate_encoding_error(offset, line, bad);

    Tokenizer tokenizer(text_, offset, line, separator_);
    Record record;
    bool have_header = false;
    while (tokenizer.next(record)) {
      if (record.blank()) continue;  // blank lines and rows of empty cells (";;;;")
      if (!have_header) {
        read_header(record);
        have_header = true;
      } else {
        read_row(record);
      }
    }
    for (auto& syntax : tokenizer.problems()) {
      report(syntax.line, syntax.column, std::move(syntax.value), std::move(syntax.message));
      malformed_ = true;
    }
    if (!have_header)
      report(line, 0, "",
             "the file is empty; expected a header row naming the columns, e.g. \"id;title;stage\" "
             "(see docs/format.md)");
    if (!problems_.empty()) {
      std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
      });
      throw Error(malformed_ ? ErrorCode::parse_error : ErrorCode::validation_error, std::move(problems_));
    }
    return std::move(initiatives_);
  }

 private:
  void report(std::size_t line, std::size_t column, std::string value, std::string message) {
    Problem problem;
    problem.source = std::string(source_);
    problem.line = line;
    problem.column = column;
    problem.value = std::move(value);
    problem.message = std::move(message);
    problems_.push_back(std::move(problem));
  }

  [[noreturn]] void fail_encoding(std::size_t line, std::size_t column, std::string value, std::string what) {
    Problem problem;
    problem.source = std::string(source_);
    problem.line = line;
    problem.column = column;
    problem.value = std::move(value);
    problem.message = std::move(what) +
                      "; in Excel choose File > Save As > \"CSV UTF-8 (comma delimited) (*.csv)\" "
                      "(Norwegian: \"CSV UTF-8 (kommadelt)\", Danish: \"CSV UTF-8 (kommasepareret)\") "
                      "and import that file";
    throw Error(ErrorCode::parse_error, std::move(problem));
  }

  // Excel honours (and some tools write) a first line "sep=;" naming the separator.
  void read_separator_line(std::size_t& offset, std::size_t& line) {
    const std::string_view rest = text_.substr(offset);
    if (rest.size() < 5 || !equal_ignoring_ascii_case(rest.substr(0, 4), "sep=")) return;
    const char named = rest[4];
    std::size_t end = 5;
    if (end < rest.size() && rest[end] == '\r') ++end;
    if (end < rest.size() && rest[end] == '\n') ++end;
    if (end < rest.size() && end == 5) return;  // not a line of its own
    if (named != ';' && named != ',') return;
    if (separator_ == 0) separator_ = named;  // an explicit option wins
    offset += end;
    ++line;
  }

  // The first byte that is not UTF-8 lies in some cell: report that cell.
  [[noreturn]] void locate_encoding_error(std::size_t offset, std::size_t line, std::size_t bad) {
    const auto byte = static_cast<unsigned char>(text_[bad]);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(byte));
    std::string as_1252;
    append_utf8(as_1252, windows_1252(byte));
    const std::string what = "the file is not UTF-8: byte " + std::string(hex) + " (" + in_quotes(as_1252) +
                             " in Windows-1252) suggests Windows-1252/Latin-1, which Excel writes for "
                             "\"CSV (semicolon delimited)\"";
    Tokenizer tokenizer(text_, offset, line, separator_);
    Record record;
    while (tokenizer.next(record)) {
      for (std::size_t i = 0; i < record.size; ++i)
        if (bad >= record.cells[i].begin && bad < record.cells[i].end)
          fail_encoding(record.line, i + 1, shorten(repaired(record.cells[i].text)), what);
    }
    fail_encoding(0, 0, "", what);  // not reached: every byte is in a cell or a separator
  }

  void read_header(const Record& header) {
    columns_.resize(header.size);
    std::unordered_map<std::string, std::size_t> seen;  // field key → column (1-based)
    for (std::size_t i = 0; i < header.size; ++i) {
      const std::string& heading = header.cells[i].text;
      const std::string folded = fold(heading);
      if (folded.empty()) {
        columns_[i].field = Field::unnamed;
        continue;
      }
      const auto column = column_of(folded);
      if (!column) {
        report(header.line, i + 1, shorten(heading), unknown_column_message(folded));
        continue;
      }
      if (column->field == Field::cost && (column->year < first_supported_year || column->year > last_supported_year)) {
        report(header.line, i + 1, shorten(heading),
               "not a plausible budget year (" + std::to_string(first_supported_year) + "-" +
                   std::to_string(last_supported_year) + ")");
        continue;
      }
      const std::string key = column->field == Field::cost
                                  ? std::string(column->kind == CostKind::investment ? "investment " : "operating ") +
                                        std::to_string(column->year)
                                  : std::string(english_name(column->field));
      if (const auto [it, inserted] = seen.emplace(key, i + 1); !inserted) {
        report(header.line, i + 1, shorten(heading),
               "duplicate column: column " + std::to_string(it->second) + " (" +
                   in_quotes(header.cells[it->second - 1].text) + ") is already " + in_quotes(key));
        continue;
      }
      columns_[i] = *column;
      if (column->field == Field::id) id_column_ = i + 1;
      if (column->field == Field::title) title_column_ = i + 1;
    }
    if (id_column_ == 0)
      report(header.line, 0, "", "missing the required column \"id\" (or one of " + synonyms_of(Field::id) + ")");
    if (title_column_ == 0)
      report(header.line, 0, "", "missing the required column \"title\" (or one of " + synonyms_of(Field::title) + ")");
  }

  void read_row(const Record& record) {
    const std::size_t line = record.line;
    Initiative initiative;
    std::optional<std::size_t> start_column, end_column;  // of dates read, for the order check
    for (std::size_t i = 0; i < record.size; ++i) {
      const std::string& raw = record.cells[i].text;
      const std::string_view text = trim(raw);
      const std::size_t column = i + 1;
      if (i >= columns_.size()) {
        if (!text.empty()) {
          report(line, column, shorten(raw),
                 "more cells than the header has columns (" + std::to_string(columns_.size()) +
                     "); a cell containing the separator '" + std::string(1, separator_) + "' must be quoted");
          break;
        }
        continue;
      }
      const Column& spec = columns_[i];
      switch (spec.field) {
        case Field::id:
          if (text.empty())
            report(line, column, "", "missing id");
          else if (text.find('\n') != npos)
            report(line, column, shorten(raw), "an id must be on one line");
          else
            initiative.id = InitiativeId(std::string(text));
          break;
        case Field::title:
          if (text.empty()) report(line, column, "", "missing title");
          initiative.title = std::string(text);
          break;
        case Field::description: initiative.description = std::string(text); break;
        case Field::service_areas: read_service_areas(text, raw, line, column, initiative); break;
        case Field::owner:
          if (!text.empty()) initiative.owner = PersonId(std::string(text));
          break;
        case Field::stage: read_stage(text, raw, line, column, initiative); break;
        case Field::phase: initiative.phase = std::string(text); break;
        case Field::planned_start:
        case Field::planned_end: {
          if (text.empty()) break;
          std::string why;
          const auto date = parse_date(text, why);
          if (!date) {
            report(line, column, shorten(raw), why);
          } else if (spec.field == Field::planned_start) {
            initiative.planned.start = date, start_column = column;
          } else {
            initiative.planned.end = date, end_column = column;
          }
          break;
        }
        case Field::case_reference: initiative.case_reference = std::string(text); break;
        case Field::programme: initiative.programme = std::string(text); break;
        case Field::mandatory: read_mandatory(text, raw, line, column, initiative); break;
        case Field::cost: read_cost(spec, text, raw, line, column, initiative); break;
        case Field::unnamed:
          if (!text.empty())
            report(line, column, shorten(raw), "a value in a column without a heading; name the column or remove it");
          break;
        case Field::unknown: break;  // reported once, at the header
      }
    }
    if (record.size < columns_.size()) {  // a short row: the missing cells are empty
      if (id_column_ > record.size) report(line, id_column_, "", "missing id");
      if (title_column_ > record.size) report(line, title_column_, "", "missing title");
    }
    if (start_column && end_column && *initiative.planned.end < *initiative.planned.start)
      report(line, *end_column, shorten(record.cells[*end_column - 1].text),
             "the planned end is before the planned start (" + to_iso(*initiative.planned.start) + ")");
    if (!initiative.id.empty()) {
      const auto [it, inserted] = first_line_of_id_.emplace(initiative.id.str(), line);
      if (!inserted)
        report(line, id_column_, shorten(initiative.id.str()),
               "duplicate id; first used on line " + std::to_string(it->second));
    }
    if (problems_.empty()) initiatives_.push_back(std::move(initiative));  // kept only while all is well
  }

  void read_service_areas(std::string_view text, const std::string& raw, std::size_t line, std::size_t column,
                          Initiative& initiative) {
    std::size_t begin = 0;
    while (begin <= text.size()) {
      std::size_t end = text.find('|', begin);
      if (end == npos) end = text.size();
      const std::string_view area = trim(text.substr(begin, end - begin));
      if (!area.empty()) {
        const ServiceAreaId id{std::string(area)};
        if (std::find(initiative.service_areas.begin(), initiative.service_areas.end(), id) !=
            initiative.service_areas.end())
          report(line, column, shorten(raw), "the service area " + in_quotes(area) + " is listed twice");
        else
          initiative.service_areas.push_back(id);
      }
      begin = end + 1;
    }
  }

  void read_stage(std::string_view text, const std::string& raw, std::size_t line, std::size_t column,
                  Initiative& initiative) {
    if (text.empty()) return;  // the default: idea
    const auto& index = stage_index();
    const std::string folded = fold(text);
    if (const auto it = index.find(folded); it != index.end()) {
      initiative.stage = it->second;
      return;
    }
    std::vector<std::string_view> words;
    for (const auto& entry : stage_words) words.push_back(entry.word);
    std::string message = "unknown stage";
    if (auto suggestion = closest(folded, words)) message += "; did you mean " + in_quotes(*suggestion) + "?";
    std::string names;
    for (const Stage stage : all_stages) names += (names.empty() ? "" : ", ") + std::string(stage_name(stage));
    message += " (the stages are " + names + ", or their Norwegian and Danish names, see docs/format.md)";
    report(line, column, shorten(raw), std::move(message));
  }

  void read_mandatory(std::string_view text, const std::string& raw, std::size_t line, std::size_t column,
                      Initiative& initiative) {
    const std::string folded = fold(text);
    if (folded.empty() || std::find(std::begin(no_words), std::end(no_words), folded) != std::end(no_words)) return;
    if (std::find(std::begin(yes_words), std::end(yes_words), folded) != std::end(yes_words)) {
      initiative.mandatory = Mandate{MandatoryReason::law, ""};
      return;
    }
    report(line, column, shorten(raw), "expected ja/nei, ja/nej, yes/no, true/false, 1/0 or x (or empty for no)");
  }

  void read_cost(const Column& spec, std::string_view text, const std::string& raw, std::size_t line,
                 std::size_t column, Initiative& initiative) {
    if (text.empty()) return;
    std::string why;
    const auto amount = parse_amount(text, separator_, options_.currency, why);
    if (!amount) {
      report(line, column, shorten(raw), why);
      return;
    }
    if (amount->minor == 0) return;  // no cost
    if (amount->negative) {
      report(line, column, shorten(raw), "a planned cost cannot be negative");
      return;
    }
    CostLine cost;
    cost.year = spec.year;
    cost.kind = spec.kind;
    cost.basis = CostBasis::plan;
    cost.amount = Money(amount->minor, options_.currency);
    initiative.costs.push_back(std::move(cost));
  }

  std::string_view text_;
  const CsvImportOptions& options_;
  std::string_view source_;
  char separator_ = 0;
  std::vector<Column> columns_;
  std::size_t id_column_ = 0, title_column_ = 0;  // 1-based; 0 = absent
  std::unordered_map<std::string, std::size_t> first_line_of_id_;
  std::vector<Initiative> initiatives_;
  std::vector<Problem> problems_;
  bool malformed_ = false;  // a quoting error: the text is not well-formed CSV
};


}  // namespace

std::vector<Initiative> parse_initiatives_csv(std::string_view text, const CsvImportOptions& options,
                                              std::string_view source) {
  return Importer(text, options, source).run();
}

std::vector<Initiative> load_initiatives_csv(const std::filesystem::path& path, const CsvImportOptions& options,
                                             std::uint64_t max_bytes) {
  const std::string text = read_text_file(path, max_bytes);
  return parse_initiatives_csv(text, options, path.string());
}

void merge_initiatives(Portfolio& portfolio, std::vector<Initiative> initiatives) {
  Portfolio merged = portfolio;
  const std::size_t first_imported = merged.initiatives.size();
  merged.initiatives.reserve(first_imported + initiatives.size());
  for (auto& initiative : initiatives) merged.initiatives.push_back(std::move(initiative));
  auto problems = validate(merged);
  if (!problems.empty()) {
    // A pointer into the merged portfolio means little to someone holding a spreadsheet: name
    // the imported initiative, which is the id column of its row.
    const std::string prefix = "/initiatives/";
    for (auto& problem : problems) {
      if (problem.pointer.rfind(prefix, 0) != 0) continue;
      const std::size_t index = std::strtoull(problem.pointer.c_str() + prefix.size(), nullptr, 10);
      if (index >= first_imported && index < merged.initiatives.size())
        problem.message = "imported initiative " + merged.initiatives[index].id.str() + ": " + problem.message;
    }
    throw Error(ErrorCode::validation_error, std::move(problems));
  }
  portfolio = std::move(merged);  // no-throw: moving strings and vectors
}

}  // namespace tiltak
