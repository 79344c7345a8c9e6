#pragma once
// Reading JSON input of the benefits area (parameter sets, analysis options): every problem
// collected with its JSON Pointer, so that bad input is reported all at once.

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {

using Json = nlohmann::json;

// The document, or Error(parse_error) with the line and column of the syntax error (after
// check_json_structure's guard against hostile nesting). A plain nlohmann::json, unlike the
// portfolio reader's ordered one: these inputs are read, never written back.
Json parse_json(std::string_view text, const std::string& source);

inline std::string excerpt(const Json& value) {
  std::string text = value.dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return text;
}

class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}

  void report(const std::string& pointer, const Json* value, std::string message) {
    problems_.push_back(Problem{source_, pointer, 0, 0, value ? excerpt(*value) : "", std::move(message)});
  }
  std::vector<Problem>& problems() { return problems_; }
  const std::string& source() const { return source_; }

  bool read_int(const Json& value, const std::string& pointer, int& out) {
    if (value.is_number_integer()) {
      const auto number = value.get<long long>();
      if (number >= -1000000 && number <= 1000000) {
        out = static_cast<int>(number);
        return true;
      }
    } else if (value.is_number_float()) {
      const double number = value.get<double>();
      if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) <= 1000000) {
        out = static_cast<int>(number);
        return true;
      }
    }
    report(pointer, &value, "expected a whole number");
    return false;
  }

  bool read_optional_int(const Json& value, const std::string& pointer, std::optional<int>& out) {
    if (value.is_null()) {
      out.reset();
      return true;
    }
    int number = 0;
    if (!read_int(value, pointer, number)) return false;
    out = number;
    return true;
  }

  bool read_number(const Json& value, const std::string& pointer, double& out) {
    if (value.is_number() && std::isfinite(value.get<double>())) {
      out = value.get<double>();
      return true;
    }
    report(pointer, &value, "expected a number");
    return false;
  }

  bool read_string(const Json& value, const std::string& pointer, std::string& out) {
    if (value.is_string()) {
      out = value.get<std::string>();
      return true;
    }
    report(pointer, &value, "expected a string");
    return false;
  }

  bool read_bool(const Json& value, const std::string& pointer, bool& out) {
    if (value.is_boolean()) {
      out = value.get<bool>();
      return true;
    }
    report(pointer, &value, "expected true or false");
    return false;
  }

  void check_fields(const Json& object, const std::string& pointer, std::initializer_list<const char*> known) {
    for (const auto& [key, value] : object.items()) {
      if (std::none_of(known.begin(), known.end(), [&](const char* name) { return key == name; }))
        report(pointer + "/" + escape(key), &value, "unknown field \"" + key + "\"");
    }
  }

  static std::string escape(const std::string& key) {
    std::string out;
    for (char c : key) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out += c;
    }
    return out;
  }

 private:
  std::string source_;
  std::vector<Problem> problems_;
};

}  // namespace tiltak::detail
