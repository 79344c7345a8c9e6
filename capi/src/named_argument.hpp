#pragma once
// How a caller names a parameter set or a rulebook. The C API has two forms, read here into one
// choice, so that an entry point and its _v2 share everything after:
// - text (the first entry points, deprecated): one NUL-terminated text; NULL for the default,
//   a whole document when it starts with '{' (after blanks), else a built-in's id;
// - JSON (the _v2 entry points): (json, length); NULL and 0 for the default, {"id": "..."}
//   for a built-in, else the whole document.

#include <cstddef>
#include <optional>
#include <string>

#include "tiltak/benefits/parameters.hpp"
#include "tiltak/governance/rulebook.hpp"

namespace tiltak::capi {

class NamedArgument {
 public:
  static NamedArgument text(const char* text, const char* parameter) { return {text, 0, false, parameter, nullptr}; }
  static NamedArgument json(const char* json, size_t length, const char* parameter, const char* length_parameter) {
    return {json, length, true, parameter, length_parameter};
  }

  // What the caller chose: neither (the default), a built-in's id, or a whole document.
  struct Choice {
    std::optional<std::string> builtin_id;
    std::optional<std::string> document;
  };
  Choice read() const;

 private:
  NamedArgument(const char* data, size_t length, bool is_json, const char* parameter, const char* length_parameter)
      : data_(data), length_(length), is_json_(is_json), parameter_(parameter), length_parameter_(length_parameter) {}
  const char* data_;
  size_t length_;
  bool is_json_;
  const char* parameter_;
  const char* length_parameter_;
};

// The currency's default parameter set when none is named (default_parameter_set).
ParameterSet parameter_set(const NamedArgument& named, Currency currency);
// nullopt when none is named (the caller's default).
std::optional<Rulebook> rulebook_option(const NamedArgument& named);
// The currency's rulebook when none is named.
Rulebook rulebook_of(const NamedArgument& named, Currency currency);

}  // namespace tiltak::capi
