#include "io/json_text_writer.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "tiltak/core/utf8.hpp"

namespace tiltak::detail {

namespace {

// What each byte needs in a string: 0 nothing, 1 an escape, 2 a UTF-8 check (not ASCII).
constexpr std::array<std::uint8_t, 256> byte_classes = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 0x20; ++c) classes[std::size_t(c)] = 1;
  classes['"'] = classes['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) classes[std::size_t(c)] = 2;
  return classes;
}();

}  // namespace

void JsonTextWriter::newline_and_indent(std::size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonTextWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (filled_.empty()) return;  // the document's value
  if (filled_.back()) out_ += ',';
  filled_.back() = true;
  newline_and_indent(filled_.size());
}

void JsonTextWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  filled_.push_back(false);
}

void JsonTextWriter::close(char bracket) {
  const bool filled = filled_.back();
  filled_.pop_back();
  if (filled) newline_and_indent(filled_.size());
  out_ += bracket;
}

void JsonTextWriter::key(std::string_view name) {
  before_value();
  escaped(name);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonTextWriter::string(std::string_view text) {
  before_value();
  escaped(text);
}

void JsonTextWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
}

void JsonTextWriter::number(long long value) {
  before_value();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out_.append(digits, static_cast<std::size_t>(end - digits));
}

void JsonTextWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {  // as nlohmann writes them
    out_ += "null";
    return;
  }
  // nlohmann's own shortest round-trip format (Grisu2, "1.0" for a whole number, "1e+300").
  char digits[64];
  char* end = nlohmann::detail::to_chars(digits, digits + sizeof digits, value);
  out_.append(digits, static_cast<std::size_t>(end - digits));
}

void JsonTextWriter::escaped(std::string_view text) {
  bool plain = true, ascii = true;
  for (const char c : text) {
    const auto kind = byte_classes[static_cast<unsigned char>(c)];
    plain = plain && kind != 1;
    ascii = ascii && kind != 2;
  }
  if (!ascii && first_invalid_utf8(text) != std::string_view::npos)
    (void)nlohmann::json(std::string(text)).dump();  // throws type_error 316, as dump() would
  out_ += '"';
  if (plain) {
    out_ += text;
  } else {
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      switch (byte) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default:
          if (byte < 0x20) {
            out_ += "\\u00";
            out_ += hex[byte >> 4];
            out_ += hex[byte & 0xF];
          } else {
            out_ += c;
          }
      }
    }
  }
  out_ += '"';
}

}  // namespace tiltak::detail
