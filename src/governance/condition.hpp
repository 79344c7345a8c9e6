#pragma once
// The rulebook's condition language (docs/governance.md, "Conditions"): a JSON tree of
// all/any/not, exists/empty, comparisons, date ages against the as-of date and quantifiers over
// arrays, evaluated on a JSON view of one initiative or benefit. It cannot loop, call or write:
// every condition is a finite tree over the view.

#include <string>
#include <vector>

#include "io/json_reader.hpp"
#include "tiltak/core/date.hpp"

namespace tiltak::detail {

struct Condition {
  enum class Kind { all, any, negation, exists, empty, compare, member_of, contains, within_days, older_than_days, some, every };
  enum class Comparison { eq, ne, lt, le, gt, ge };
  Kind kind = Kind::all;
  std::vector<Condition> children;  // all/any; one for not/some/every
  std::vector<std::string> path;    // the field, split at '.'
  Comparison comparison = Comparison::eq;
  Json literal;  // the value compared with; the list of `in`
  int days = 0;
  bool required = false;  // every: an empty or missing list fails instead of holding vacuously
};

// The fields a condition may start its paths with; empty = any (inside some/every).
using FieldNames = std::vector<std::string>;

// What a subject's field holds, where the type decides how literals are read: amounts are exact
// decimal strings, dates ISO dates. A field of a list's items is named with "[]" after the
// list ("risks[].last_assessed"). Fields not listed are `other`.
enum class FieldType { other, amount, date };
FieldType field_type(const std::vector<std::string>& path);  // rule_view.cpp, beside the view

// A dotted field path at `pointer`: not empty, no empty steps ("../../etc" has them), and, when
// `fields` is not empty, starting with one of them. Reports and returns false otherwise.
bool read_field_path(DocumentReader& doc, const Json& value, const std::string& pointer, const FieldNames& fields,
                     std::vector<std::string>& path);

// Reads a condition, reporting every problem with its pointer. Returns an always-true
// condition where the input was unusable (the caller throws when problems were reported).
// `items_of`: inside some/every/for_each, the list whose items the paths are relative to, as
// field_type names it ({"security", "processing_agreements[]"}), so that their literals are
// typed too; empty for the subject itself.
Condition read_condition(DocumentReader& doc, const Json& value, const std::string& pointer, const FieldNames& fields,
                         const std::vector<std::string>& items_of = {});

// The items of the list at `path` (under `items_of`) as read_condition's `items_of`.
std::vector<std::string> items_scope(const std::vector<std::string>& items_of, const std::vector<std::string>& path);

bool evaluate(const Condition& condition, const Json& subject, Date as_of);

// The value at a dotted path, or nullptr when a step is missing (or null).
const Json* resolve(const Json& subject, const std::vector<std::string>& path);
std::vector<std::string> split_path(const std::string& dotted);

}  // namespace tiltak::detail
