#include "context.hpp"

#include <cstdlib>
#include <cstring>

namespace tiltak::capi {

int fail(tiltak_context& context, int code, const std::string& message) noexcept {
  try {
    context.clear();
    context.code = code;
    context.message = to_utf8(message);
  } catch (...) {
    context.code = code;  // the details could not be kept; the status still stands
  }
  return code;
}

int fail(tiltak_context& context, const Error& error) noexcept {
  const int code = static_cast<int>(error.code());
  try {
    context.clear();
    context.code = code;
    context.message = to_utf8(error.what());
    context.problems = error.problems();
    for (auto& problem : context.problems) {
      problem.source = to_utf8(problem.source);
      problem.pointer = to_utf8(problem.pointer);
      problem.value = to_utf8(problem.value);
      problem.message = to_utf8(problem.message);
    }
    if (!context.problems.empty()) {
      context.source = context.problems.front().source;
      context.pointer = context.problems.front().pointer;
      context.value = context.problems.front().value;
    }
  } catch (...) {
    context.clear();  // keep nothing half-recorded
    context.code = code;
  }
  return code;
}

void require(const void* pointer, const char* parameter) {
  if (!pointer) throw Error(ErrorCode::invalid_argument, std::string(parameter) + " must not be NULL");
}

int give_string(tiltak_context& context, const std::string& text, char** out, size_t* out_length) {
  char* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (!copy) return fail(context, TILTAK_E_NO_MEMORY, "out of memory");
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  *out = copy;
  if (out_length) *out_length = text.size();
  return TILTAK_OK;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const auto continuation = [&](std::size_t k) { return k < text.size() && (byte(k) & 0xC0) == 0x80; };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  if (lead < 0xC2 || lead > 0xF4) return 0;  // continuation byte, overlong 2-byte form, > U+10FFFF
  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  for (std::size_t k = 1; k < length; ++k)
    if (!continuation(i + k)) return 0;
  if (length >= 3) {
    const unsigned char second = byte(i + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // UTF-16 surrogates
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // > U+10FFFF
  }
  return length;
}

bool is_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string to_utf8(std::string_view text) {
  if (is_utf8(text)) return std::string(text);
  std::string clean;
  clean.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      clean += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      clean.append(text, i, length);
      i += length;
    }
  }
  return clean;
}

}  // namespace tiltak::capi
