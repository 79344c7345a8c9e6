#pragma once
// RFC 4180 records: cells split by ';' or ',', quoted cells with doubled quotes and line breaks,
// CRLF, LF or a lone CR ending a row. The separator is given, named by a "sep=" line, or
// detected from the header line.

#include <string>
#include <string_view>
#include <vector>

namespace tiltak::detail::csv {

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

  Cell& add();
  const Cell* at(std::size_t index) const { return index < size ? &cells[index] : nullptr; }
  bool blank() const;  // no cell with anything but blanks
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

  // Reads the next record; false at the end of the input.
  bool next(Record& record);

  std::vector<SyntaxProblem>& problems() noexcept { return problems_; }

 private:
  bool ends_cell(char c) const { return c == separator_ || c == '\n' || c == '\r'; }
  void read_plain(Cell& cell);
  void read_quoted(Cell& cell, const Record& record);

  std::string_view text_;
  std::size_t pos_;
  std::size_t line_;
  char separator_;
  std::vector<SyntaxProblem> problems_;
};

// ';' or ',', whichever occurs more often outside quotes on the header line; ';' on a tie.
char detect_separator(std::string_view text, std::size_t offset);

// Excel honours (and some tools write) a first line "sep=;" naming the separator: when the
// text at `offset` is one, `offset` and `line` move past it and `separator`, unless already
// given (an explicit option wins), becomes the one named.
void read_separator_line(std::string_view text, std::size_t& offset, std::size_t& line, char& separator);

}  // namespace tiltak::detail::csv
