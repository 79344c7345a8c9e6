#include "io/csv/text.hpp"

#include <algorithm>

namespace tiltak::detail::csv {

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

bool blank_ends_at(std::string_view s, std::size_t end) {
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

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

}  // namespace tiltak::detail::csv
