#include "io/csv/tokenizer.hpp"

#include "io/csv/text.hpp"

namespace tiltak::detail::csv {

Cell& Record::add() {
  if (size == cells.size()) cells.emplace_back();
  Cell& cell = cells[size++];
  cell.text.clear();
  cell.quoted = false;
  return cell;
}

bool Record::blank() const {
  for (std::size_t i = 0; i < size; ++i)
    if (!trim(cells[i].text).empty()) return false;
  return true;
}

bool Tokenizer::next(Record& record) {
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

void Tokenizer::read_plain(Cell& cell) {
  const std::size_t begin = pos_;
  while (pos_ < text_.size() && !ends_cell(text_[pos_])) ++pos_;
  cell.text.assign(text_.substr(begin, pos_ - begin));
}

void Tokenizer::read_quoted(Cell& cell, const Record& record) {
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

void read_separator_line(std::string_view text, std::size_t& offset, std::size_t& line, char& separator) {
  const std::string_view rest = text.substr(offset);
  if (rest.size() < 5 || !equal_ignoring_ascii_case(rest.substr(0, 4), "sep=")) return;
  const char named = rest[4];
  std::size_t end = 5;
  if (end < rest.size() && rest[end] == '\r') ++end;
  if (end < rest.size() && rest[end] == '\n') ++end;
  if (end < rest.size() && end == 5) return;  // not a line of its own
  if (named != ';' && named != ',') return;
  if (separator == 0) separator = named;
  offset += end;
  ++line;
}

}  // namespace tiltak::detail::csv
