#pragma once
// The C API's context and the guard that turns every exception into a status kept there.

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/tiltak.h"

struct tiltak_context {
  int code = TILTAK_OK;
  std::string message, source, pointer, value;
  std::vector<tiltak::Problem> problems;
  std::uint64_t max_input_bytes = tiltak::default_max_input_bytes;  // a setting: clear() keeps it

  void clear() noexcept {
    code = TILTAK_OK;
    message.clear();
    source.clear();
    pointer.clear();
    value.clear();
    problems.clear();
  }
};

namespace tiltak::capi {

// Records an error in the context (which must not be NULL) and returns its status.
int fail(tiltak_context& context, int code, const std::string& message) noexcept;
int fail(tiltak_context& context, const Error& error) noexcept;

// Runs `body` (returning a status) with every exception turned into a status recorded in the
// context. A NULL context is TILTAK_E_INVALID_ARGUMENT with nowhere to record details.
template <class Body>
int guard(tiltak_context* context, Body&& body) noexcept {
  if (!context) return TILTAK_E_INVALID_ARGUMENT;
  context->clear();
  try {
    return body(*context);
  } catch (const Error& error) {
    return fail(*context, error);
  } catch (const std::bad_alloc&) {
    return fail(*context, TILTAK_E_NO_MEMORY, "out of memory");
  } catch (const std::exception& error) {
    return fail(*context, TILTAK_E_INTERNAL, std::string("internal error: ") + error.what());
  } catch (...) {
    return fail(*context, TILTAK_E_INTERNAL, "internal error");
  }
}

// Throws Error(invalid_argument) naming the parameter when `pointer` is NULL.
void require(const void* pointer, const char* parameter);

// A malloc'ed copy of `text` for the caller (freed with tiltak_string_free), with its length.
int give_string(tiltak_context& context, const std::string& text, char** out, size_t* out_length);

// Whether `text` is well-formed UTF-8 (RFC 3629).
bool is_utf8(std::string_view text) noexcept;
// `text` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD, so that
// what the context hands out is always UTF-8 (error messages may echo the caller's bytes).
std::string to_utf8(std::string_view text);

// The shape of every function that hands out a string: outputs cleared first, then under the
// guard the output parameter checked, `produce()` run and its text given to the caller.
template <class Produce>
int string_result(tiltak_context* context, char** out, size_t* out_length, const char* out_name,
                  Produce&& produce) noexcept {
  if (out) *out = nullptr;
  if (out_length) *out_length = 0;
  return guard(context, [&](tiltak_context& c) {
    require(out, out_name);
    return give_string(c, produce(), out, out_length);
  });
}

}  // namespace tiltak::capi
