#include "context.hpp"

#include <cstdlib>
#include <cstring>

#include "tiltak/core/utf8.hpp"

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

bool is_utf8(std::string_view text) noexcept { return first_invalid_utf8(text) == std::string_view::npos; }

std::string to_utf8(std::string_view text) {
  if (is_utf8(text)) return std::string(text);
  return repair_utf8(text, [](unsigned char) { return U'\uFFFD'; });  // REPLACEMENT CHARACTER
}

}  // namespace tiltak::capi
