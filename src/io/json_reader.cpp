#include "io/json_reader.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/suggestion.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak::detail {

namespace {

std::string unknown_field_message(std::string_view key, std::span<const std::string_view> known) {
  std::string message = "unknown field";
  if (auto suggestion = closest_match(key, known)) message += "; did you mean \"" + *suggestion + "\"?";
  return message;
}

std::string escape_pointer_token(std::string_view token) {
  std::string escaped;
  escaped.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      escaped += "~0";
    else if (c == '/')
      escaped += "~1";
    else
      escaped += c;
  }
  return escaped;
}

}  // namespace


std::string child_pointer(const std::string& parent, std::string_view key) {
  return parent + "/" + escape_pointer_token(key);
}

std::string child_pointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

std::string excerpt(const Json& value) {
  return shortened_problem_value(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

void DocumentReader::report(const std::string& pointer, const Json* value, std::string message) {
  Problem problem;
  problem.source = source_;
  problem.pointer = pointer.empty() ? "/" : pointer;
  if (value) problem.value = excerpt(*value);
  problem.message = std::move(message);
  problems_.push_back(std::move(problem));
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, std::string& out) {
  if (const auto* text = value.get_ptr<const Json::string_t*>()) {
    out = *text;
    return true;
  }
  doc.report(pointer, &value, "expected a string");
  return false;
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, bool& out) {
  if (!value.is_boolean()) {
    doc.report(pointer, &value, "expected true or false");
    return false;
  }
  out = value.get<bool>();
  return true;
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, long long& out) {
  if (value.is_number_integer() && !(value.is_number_unsigned() &&
                                     value.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<long long>::max()))) {
    out = value.get<long long>();
    return true;
  }
  doc.report(pointer, &value, "expected a whole number");
  return false;
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, int& out) {
  long long wide = 0;
  if (!read_value(doc, value, pointer, wide)) return false;
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
    doc.report(pointer, &value, "number out of range");
    return false;
  }
  out = static_cast<int>(wide);
  return true;
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, double& out) {
  if (!value.is_number()) {
    doc.report(pointer, &value, "expected a number");
    return false;
  }
  out = value.get<double>();
  return true;
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Date& out) {
  if (const auto* text = value.get_ptr<const Json::string_t*>()) {
    if (auto date = parse_iso_date(*text)) {
      out = *date;
      return true;
    }
  }
  doc.report(pointer, &value, "expected a calendar date \"YYYY-MM-DD\"");
  return false;
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Money& out) {
  const auto* text = value.get_ptr<const Json::string_t*>();
  if (!text) {
    doc.report(pointer, &value,
               value.is_number() ? "amounts are strings to keep them exact, e.g. \"1250000.50\""
                                 : "expected an amount as a string, e.g. \"1250000.50\"");
    return false;
  }
  try {
    out = Money::parse(*text, doc.currency());
    return true;
  } catch (const Error& error) {
    doc.report(pointer, &value, error.problems().empty() ? error.what() : error.problems()[0].message);
    return false;
  }
}

std::optional<int> percent_from_text(std::string_view text) {
  if (text.empty()) return std::nullopt;
  try {
    const auto parsed = Money::parse(text, Currency::NOK).minor_units();
    if (parsed >= std::numeric_limits<int>::min() && parsed <= std::numeric_limits<int>::max())
      return static_cast<int>(parsed);
  } catch (const Error&) {
  }
  return std::nullopt;
}

std::optional<int> percent_from_double(double value) {
  const double hundredths = value * 100.0;
  if (std::isfinite(hundredths) && std::abs(hundredths - std::round(hundredths)) < 1e-6 && std::abs(hundredths) < 1e9)
    return static_cast<int>(std::lround(hundredths));
  return std::nullopt;
}

bool read_percent(DocumentReader& doc, const Json& value, const std::string& pointer, int& basis_points) {
  // Percentages share the amount syntax (two decimals), so reuse the exact decimal parser.
  std::optional<int> parsed;
  if (value.is_number_integer())
    parsed = percent_from_text(value.dump());
  else if (value.is_number_float())
    parsed = percent_from_double(value.get<double>());
  else if (const auto* string = value.get_ptr<const Json::string_t*>())
    parsed = percent_from_text(*string);
  if (parsed) {
    basis_points = *parsed;
    return true;
  }
  doc.report(pointer, &value, "expected a percentage with at most two decimals, e.g. \"33.33\"");
  return false;
}

ObjectReader::ObjectReader(DocumentReader& doc, const Json& value, std::string pointer,
                           std::span<const std::string_view> known_fields)
    : doc_(doc), object_(value.is_object() ? &value : nullptr), pointer_(std::move(pointer)) {
  if (!object_) {
    doc_.report(pointer_, &value, "expected an object");
    return;
  }
  for (const auto& [key, field] : value.items()) {
    if (std::find(known_fields.begin(), known_fields.end(), key) == known_fields.end())
      doc_.report(pointer_of(key), &field, unknown_field_message(key, known_fields));
  }
}

const Json* ObjectReader::find(std::string_view key) const {
  if (!object_) return nullptr;  // not an object (reported once, by the constructor): no fields
  auto it = object_->find(std::string(key));
  return it == object_->end() ? nullptr : &*it;
}

}  // namespace tiltak::detail
