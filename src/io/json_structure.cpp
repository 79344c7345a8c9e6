#include "io/json_structure.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#include "tiltak/core/error.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tiltak::detail {
namespace {

struct StructureScan {
  std::string_view json;
  std::string_view source;
  std::size_t depth = 0;  // brackets open outside strings
  bool in_string = false;

  void open(std::size_t offset) {
    if (++depth > max_json_nesting)
      throw_json_syntax_error(json, offset, source, "nested deeper than " + std::to_string(max_json_nesting) + " levels");
  }
  void close() noexcept {
    if (depth > 0) --depth;  // more closing than opening brackets: the parser reports it
  }

  // Byte by byte from `i` to `end`; returns where it stopped (end, or end + 1 after an escape).
  std::size_t bytes(std::size_t i, std::size_t end) {
    for (; i < end; ++i) {
      const char c = json[i];
      if (in_string) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '[' || c == '{') {
        open(i);
      } else if (c == ']' || c == '}') {
        close();
      }
    }
    return i;
  }

#if defined(__SSE2__)
  // 64 bytes at a time, as bit masks (one bit per byte): the bytes inside strings are the
  // prefix XOR of the quotes, so brackets outside strings need no branch per byte. A block
  // with a backslash (rare: escapes) goes byte by byte.
  std::size_t blocks(std::size_t i) {
    while (i + 64 <= json.size()) {
      __m128i v[4];
      for (int k = 0; k < 4; ++k) v[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(json.data() + i + 16 * k));
      // '{' and '}' differ from '[' and ']' only in bit 0x20: `fold` clears it to test both.
      const auto mask = [&](char c, bool fold) {
        const __m128i needle = _mm_set1_epi8(c), keep = _mm_set1_epi8(fold ? char(~0x20) : char(~0));
        std::uint64_t bits = 0;
        for (int k = 0; k < 4; ++k) {
          const int found = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v[k], keep), needle));
          bits |= std::uint64_t{static_cast<std::uint16_t>(found)} << (16 * k);
        }
        return bits;
      };
      if (mask('\\', false) != 0) {
        i = bytes(i, i + 64);
        continue;
      }
      std::uint64_t inside = mask('"', false);
      for (int shift = 1; shift < 64; shift *= 2) inside ^= inside << shift;  // prefix XOR
      if (in_string) inside = ~inside;
      const std::uint64_t opens = mask('[', true) & ~inside, closes = mask(']', true) & ~inside;
      const auto opened = static_cast<std::size_t>(std::popcount(opens));
      const auto closed = static_cast<std::size_t>(std::popcount(closes));
      if (depth + opened <= max_json_nesting && closed <= depth) {
        depth = depth + opened - closed;  // no bracket of this block can cross a limit
      } else {
        for (std::uint64_t brackets = opens | closes; brackets != 0; brackets &= brackets - 1) {
          const auto bit = static_cast<std::size_t>(std::countr_zero(brackets));
          if (opens >> bit & 1)
            open(i + bit);
          else
            close();
        }
      }
      in_string = (inside >> 63) != 0;
      i += 64;
    }
    return i;
  }
#else
  std::size_t blocks(std::size_t i) { return i; }
#endif
};

}  // namespace

Problem json_problem_at(std::string_view json, std::size_t offset, std::string_view source, std::string message) {
  Problem problem;
  problem.source = std::string(source);
  problem.line = 1;
  std::size_t line_start = 0;
  for (std::size_t k = 0; k < offset; ++k)
    if (json[k] == '\n') ++problem.line, line_start = k + 1;
  problem.column = offset - line_start + 1;
  problem.message = std::move(message);
  return problem;
}

[[noreturn]] void throw_json_syntax_error(std::string_view json, std::size_t offset, std::string_view source,
                                          std::string message) {
  throw Error(ErrorCode::parse_error, json_problem_at(json, offset, source, "not valid JSON: " + std::move(message)));
}

// Error(parse_error) at a NUL byte (the JSON library takes one for the end of the input, so
// a document followed by a NUL and anything at all would be accepted), or at the first
// bracket nested deeper than max_json_nesting outside strings. Anything else malformed is left to
// the parser to report. Well under 1 % of a load's time.
void check_json_structure(std::string_view json, std::string_view source) {
  if (const void* nul = std::memchr(json.data(), '\0', json.size()))
    throw_json_syntax_error(json, static_cast<std::size_t>(static_cast<const char*>(nul) - json.data()), source,
                      "a NUL byte");
  StructureScan scan{json, source};
  scan.bytes(scan.blocks(0), json.size());
}

}  // namespace tiltak::detail
