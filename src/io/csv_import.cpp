#include "tiltak/io/csv_import.hpp"

// Reading an initiative list exported from Excel (Norwegian, Danish or English locale).
//
// Three passes over the bytes, each linear: the encoding is checked (UTF-8, else a clear
// "save as CSV UTF-8" error: csv/encoding), the header row is mapped to fields (with Norwegian
// and Danish synonyms: csv/columns), then each row is tokenised (RFC 4180: csv/tokenizer) and
// read cell by cell (csv/values). Every problem is collected with its line and column; nothing
// is returned unless the whole file is good. This file is the import itself: which cell goes
// where, and the checks across cells. The column names, value words and the amount rules are
// documented in docs/format.md ("CSV import"); keep the two in step.

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/csv/columns.hpp"
#include "io/csv/encoding.hpp"
#include "io/csv/text.hpp"
#include "io/csv/tokenizer.hpp"
#include "io/csv/values.hpp"
#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

using namespace detail::csv;

class Importer {
 public:
  Importer(std::string_view text, const CsvImportOptions& options, std::string_view source)
      : text_(text), options_(options), source_(source) {}

  std::vector<Initiative> run() {
    if (options_.separator != 0 && options_.separator != ';' && options_.separator != ',')
      throw Error(ErrorCode::invalid_argument, "the CSV separator must be ';' or ',' (or 0 to detect it)");
    std::size_t offset = skip_byte_order_mark(text_, source_), line = 1;
    separator_ = options_.separator;
    read_separator_line(text_, offset, line, separator_);
    if (separator_ == 0) separator_ = detect_separator(text_, offset);
    check_utf8(text_, offset, line, separator_, source_);

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
    const std::string folded = fold(text);
    if (const auto stage = stage_of(folded))
      initiative.stage = *stage;
    else
      report(line, column, shorten(raw), unknown_stage_message(folded));
  }

  void read_mandatory(std::string_view text, const std::string& raw, std::size_t line, std::size_t column,
                      Initiative& initiative) {
    const auto yes = yes_or_no(fold(text));
    if (!yes)
      report(line, column, shorten(raw), "expected ja/nei, ja/nej, yes/no, true/false, 1/0 or x (or empty for no)");
    else if (*yes)
      initiative.mandatory = Mandate{MandatoryReason::law, ""};
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
