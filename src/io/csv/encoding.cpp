#include "io/csv/encoding.hpp"

#include <array>
#include <cstdio>

#include "io/csv/text.hpp"
#include "io/csv/tokenizer.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/utf8.hpp"

namespace tiltak::detail::csv {
namespace {

constexpr std::array<char32_t, 32> windows_1252_high{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

[[noreturn]] void fail_encoding(std::string_view source, std::size_t line, std::size_t column, std::string value,
                                std::string what) {
  Problem problem;
  problem.source = std::string(source);
  problem.line = line;
  problem.column = column;
  problem.value = std::move(value);
  problem.message = std::move(what) +
                    "; in Excel choose File > Save As > \"CSV UTF-8 (comma delimited) (*.csv)\" "
                    "(Norwegian: \"CSV UTF-8 (kommadelt)\", Danish: \"CSV UTF-8 (kommasepareret)\") "
                    "and import that file";
  throw Error(ErrorCode::parse_error, std::move(problem));
}

}  // namespace

char32_t windows_1252(unsigned char byte) {
  return byte >= 0x80 && byte < 0xA0 ? windows_1252_high[byte - 0x80] : char32_t{byte};
}

std::string repaired(std::string_view text) { return repair_utf8(text, windows_1252); }

std::size_t skip_byte_order_mark(std::string_view text, std::string_view source) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    fail_encoding(source, 1, 0, "", "the file is UTF-16 (Excel's \"Unicode text\"), not UTF-8");
  return text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

void check_utf8(std::string_view text, std::size_t offset, std::size_t line, char separator,
                std::string_view source) {
  const std::size_t bad = first_invalid_utf8(text);
  if (bad == npos) return;
  // The first byte that is not UTF-8 lies in some cell: report that cell.
  const auto byte = static_cast<unsigned char>(text[bad]);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(byte));
  std::string as_1252;
  append_utf8(as_1252, windows_1252(byte));
  const std::string what = "the file is not UTF-8: byte " + std::string(hex) + " (" + in_quotes(as_1252) +
                           " in Windows-1252) suggests Windows-1252/Latin-1, which Excel writes for "
                           "\"CSV (semicolon delimited)\"";
  Tokenizer tokenizer(text, offset, line, separator);
  Record record;
  while (tokenizer.next(record)) {
    for (std::size_t i = 0; i < record.size; ++i)
      if (bad >= record.cells[i].begin && bad < record.cells[i].end)
        fail_encoding(source, record.line, i + 1, shorten(repaired(record.cells[i].text)), what);
  }
  fail_encoding(source, 0, 0, "", what);  // not reached: every byte is in a cell or a separator
}

}  // namespace tiltak::detail::csv
