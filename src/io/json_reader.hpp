#pragma once
// Reading a JSON document into model values while collecting every problem, each with the
// JSON Pointer of the offending field. Readers never throw for bad input; they report and
// go on, so that one load lists all problems at once.

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/enum_names.hpp"
#include "tiltak/core/date.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"

namespace tiltak::detail {

// Documents keep their field order so that saved files read naturally and diff cleanly.
using Json = nlohmann::ordered_json;

// The parsed document (json_parser.cpp). Error(parse_error) with line and column for malformed
// JSON, a number beyond the range of a double, ill-formed UTF-8, nesting deeper than
// max_json_nesting, a NUL byte, or a key given twice in one object (with its JSON Pointer).
Json parse_json(std::string_view text, std::string_view source);

std::string child_pointer(const std::string& parent, std::string_view key);
std::string child_pointer(const std::string& parent, std::size_t index);

// The shortened JSON text of a value, for problem reports.
std::string excerpt(const Json& value);

class DocumentReader {
 public:
  DocumentReader(std::string source, Currency currency) : source_(std::move(source)), currency_(currency) {}

  void report(const std::string& pointer, const Json* value, std::string message);
  const std::vector<Problem>& problems() const noexcept { return problems_; }
  std::vector<Problem> take_problems() { return std::move(problems_); }

  Currency currency() const noexcept { return currency_; }
  void set_currency(Currency currency) noexcept { currency_ = currency; }

 private:
  std::string source_;
  Currency currency_;
  std::vector<Problem> problems_;
};

// Scalars. Each returns false (after reporting) when the value is unusable.
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, std::string& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, bool& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, int& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, long long& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, double& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Date& out);
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Money& out);

// A percentage ("33.33" or 50) as integer basis points.
bool read_percent(DocumentReader& doc, const Json& value, const std::string& pointer, int& basis_points);
// The two halves of read_percent, shared with the fast loader (portfolio_fast_reader.cpp): a
// decimal text ("33.33", or the text of a JSON integer) and a JSON number with a fraction.
std::optional<int> percent_from_text(std::string_view text);
std::optional<int> percent_from_double(double value);

template <class Tag>
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Id<Tag>& out) {
  std::string text;
  if (!read_value(doc, value, pointer, text)) return false;
  if (text.empty()) {
    doc.report(pointer, &value, "an id must not be empty");
    return false;
  }
  out = Id<Tag>(std::move(text));
  return true;
}

template <class E>
  requires std::is_enum_v<E>
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, E& out) {
  if (const auto* text = value.get_ptr<const Json::string_t*>()) {
    if (auto parsed = enum_from_name<E>(*text)) {
      out = *parsed;
      return true;
    }
  }
  doc.report(pointer, &value, "expected one of: " + enum_name_list<E>());
  return false;
}

template <class T>
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, std::vector<T>& out) {
  if (!value.is_array()) {
    doc.report(pointer, &value, "expected an array");
    return false;
  }
  out.clear();
  out.reserve(value.size());
  bool ok = true;
  for (std::size_t i = 0; i < value.size(); ++i) {
    // Items that fail to read are kept (partly read) so that later indices stay true to the
    // document in problems found afterwards.
    T item{};
    ok = read_value(doc, value[i], child_pointer(pointer, i), item) && ok;
    out.push_back(std::move(item));
  }
  return ok;
}

// An object whose fields are read one by one. Unknown fields are reported at construction,
// with a suggestion when one of the known fields is close.
class ObjectReader {
 public:
  ObjectReader(DocumentReader& doc, const Json& value, std::string pointer,
               std::initializer_list<std::string_view> known_fields)
      : ObjectReader(doc, value, std::move(pointer), std::span(known_fields.begin(), known_fields.size())) {}
  ObjectReader(DocumentReader& doc, const Json& value, std::string pointer,
               std::span<const std::string_view> known_fields);

  bool is_object() const noexcept { return object_ != nullptr; }
  bool has(std::string_view key) const { return find(key) != nullptr; }
  const Json* find(std::string_view key) const;
  std::string pointer_of(std::string_view key) const { return child_pointer(pointer_, key); }
  const std::string& pointer() const noexcept { return pointer_; }
  DocumentReader& document() noexcept { return doc_; }
  void report_missing(std::string_view key) { doc_.report(pointer_of(key), nullptr, "missing required field"); }

  template <class T>
  bool required(std::string_view key, T& out) {
    if (!object_) return false;
    const Json* value = find(key);
    if (!value) {
      report_missing(key);
      return false;
    }
    return read_value(doc_, *value, pointer_of(key), out);
  }

  template <class T>
  bool optional(std::string_view key, T& out) {
    const Json* value = object_ ? find(key) : nullptr;
    return !value || read_value(doc_, *value, pointer_of(key), out);
  }

  template <class T>
  bool optional(std::string_view key, std::optional<T>& out) {
    const Json* value = object_ ? find(key) : nullptr;
    if (!value) return true;
    T item = blank<T>();
    if (!read_value(doc_, *value, pointer_of(key), item)) return false;
    out = std::move(item);
    return true;
  }

  // As optional, and null clears the value: for options that override a default with "none".
  template <class T>
  bool nullable(std::string_view key, std::optional<T>& out) {
    const Json* value = object_ ? find(key) : nullptr;
    if (value && value->is_null()) {
      out.reset();
      return true;
    }
    return optional(key, out);
  }

 private:
  // A value to read into: Money has no default currency, so it starts at zero in the document's.
  template <class T>
  T blank() const {
    if constexpr (std::is_same_v<T, Money>)
      return Money::zero(doc_.currency());
    else
      return T{};
  }

  DocumentReader& doc_;
  const Json* object_;
  std::string pointer_;
};

}  // namespace tiltak::detail
