#include "governance/condition.hpp"

#include <array>
#include <cctype>
#include <string_view>

#include "tiltak/core/money.hpp"

namespace tiltak::detail {
namespace {

using Comparison = Condition::Comparison;

constexpr std::array<std::pair<std::string_view, Comparison>, 6> comparisons{{{"eq", Comparison::eq},
                                                                              {"ne", Comparison::ne},
                                                                              {"lt", Comparison::lt},
                                                                              {"le", Comparison::le},
                                                                              {"gt", Comparison::gt},
                                                                              {"ge", Comparison::ge}}};

constexpr std::string_view operator_list =
    "all, any, not, exists, empty, some, every, or \"field\" with one of eq, ne, lt, le, gt, ge, in, contains, "
    "within_days, older_than_days";

}  // namespace

bool read_field_path(DocumentReader& doc, const Json& value, const std::string& pointer, const FieldNames& fields,
                     std::vector<std::string>& path) {
  const auto* text = value.get_ptr<const Json::string_t*>();
  if (!text || text->empty()) {
    doc.report(pointer, &value, "expected a field path such as \"security.cloud_service\"");
    return false;
  }
  path = split_path(*text);
  for (const auto& step : path)
    if (step.empty()) {
      doc.report(pointer, &value, "a field path has no empty steps");
      return false;
    }
  if (!fields.empty()) {
    bool known = false;
    for (const auto& field : fields) known = known || field == path.front();
    if (!known) {
      std::string list;
      for (const auto& field : fields) list += (list.empty() ? "" : ", ") + field;
      doc.report(pointer, &value, "unknown field \"" + path.front() + "\"; known: " + list);
      return false;
    }
  }
  return true;
}

namespace {

Condition always_true() { return Condition{}; }

// A literal compared with a field of a known type must be of that type, checked when the
// rulebook loads: a number against an amount never matched, and an amount beyond int64 øre
// (or "5e6") fell back to comparing text.
void check_literal(DocumentReader& doc, const std::string& at, const Json& literal, FieldType type) {
  const auto* text = literal.get_ptr<const Json::string_t*>();
  if (type == FieldType::amount) {
    if (literal.is_number()) {
      doc.report(at, &literal, "amounts are strings to keep them exact, e.g. \"1000000.00\"");
      return;
    }
    try {
      if (!text) throw Error(ErrorCode::parse_error, "not a string");
      (void)Money::parse(*text, Currency::NOK);
    } catch (const Error& error) {
      doc.report(at, &literal,
                 error.code() == ErrorCode::overflow
                     ? "the amount is too large for exact money (at most 92 233 720 368 547 758.07)"
                     : "expected an amount such as \"1000000.00\" (digits, an optional '-' and '.')");
    }
  } else if (type == FieldType::date && (!text || !parse_iso_date(*text))) {
    doc.report(at, &literal, "expected a date such as \"2026-11-23\"");
  }
}

// The type of the field a condition reads, for a path from the subject (`fields` not empty).
FieldType type_of(const FieldNames& fields, const std::vector<std::string>& items_of,
                  const std::vector<std::string>& path) {
  if (path.empty() || (fields.empty() && items_of.empty())) return FieldType::other;
  std::vector<std::string> full = items_of;
  full.insert(full.end(), path.begin(), path.end());
  return field_type(full);
}

// Exact comparison of decimal amounts ("1250000.50"), so that money is compared without rounding.
std::optional<long long> decimal(const Json& value) {
  const auto* text = value.get_ptr<const Json::string_t*>();
  if (!text || text->empty()) return std::nullopt;
  // Most strings compared are stages, ids and dates: rule them out without an exception.
  std::size_t i = (*text)[0] == '-' ? 1 : 0, digits = 0;
  for (; i < text->size() && std::isdigit(static_cast<unsigned char>((*text)[i])); ++i) ++digits;
  if (i < text->size() && (*text)[i] == '.') ++i;
  while (i < text->size() && std::isdigit(static_cast<unsigned char>((*text)[i]))) ++i;
  if (digits == 0 || i != text->size()) return std::nullopt;
  try {
    return Money::parse(*text, Currency::NOK).minor_units();
  } catch (const Error&) {
    return std::nullopt;
  }
}

// -1, 0, 1, or nullopt when the two values do not compare (different kinds).
std::optional<int> order(const Json& a, const Json& b) {
  auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  if (a.is_number() && b.is_number()) return sign(a.get<double>(), b.get<double>());
  if (a.is_boolean() && b.is_boolean()) return sign(a.get<bool>(), b.get<bool>());
  if (a.is_string() && b.is_string()) {
    const auto x = decimal(a), y = decimal(b);
    if (x && y) return sign(*x, *y);
    return sign(a.get_ref<const std::string&>(), b.get_ref<const std::string&>());
  }
  return std::nullopt;
}

bool compare(Comparison comparison, const Json& field, const Json& literal) {
  const auto o = order(field, literal);
  if (!o) return false;
  switch (comparison) {
    case Comparison::eq: return *o == 0;
    case Comparison::ne: return *o != 0;
    case Comparison::lt: return *o < 0;
    case Comparison::le: return *o <= 0;
    case Comparison::gt: return *o > 0;
    case Comparison::ge: return *o >= 0;
  }
  return false;
}

std::optional<Date> date_of(const Json* value) {
  const auto* text = value ? value->get_ptr<const Json::string_t*>() : nullptr;
  return text ? parse_iso_date(*text) : std::nullopt;
}

bool is_empty(const Json* value) {
  if (!value || value->is_null()) return true;
  if (value->is_string()) return value->get_ref<const std::string&>().empty();
  if (value->is_array() || value->is_object()) return value->empty();
  return false;
}

}  // namespace

std::vector<std::string> split_path(const std::string& dotted) {
  std::vector<std::string> steps;
  std::size_t start = 0;
  while (true) {
    const auto dot = dotted.find('.', start);
    steps.push_back(dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) return steps;
    start = dot + 1;
  }
}

const Json* resolve(const Json& subject, const std::vector<std::string>& path) {
  const Json* at = &subject;
  for (const auto& step : path) {
    if (!at->is_object()) return nullptr;
    const auto found = at->find(step);
    if (found == at->end() || found->is_null()) return nullptr;
    at = &*found;
  }
  return at;
}

std::vector<std::string> items_scope(const std::vector<std::string>& items_of, const std::vector<std::string>& path) {
  std::vector<std::string> scope = items_of;
  scope.insert(scope.end(), path.begin(), path.end());
  if (!scope.empty()) scope.back() += "[]";
  return scope;
}

Condition read_condition(DocumentReader& doc, const Json& value, const std::string& pointer, const FieldNames& fields,
                         const std::vector<std::string>& items_of) {
  if (!value.is_object() || value.empty()) {
    doc.report(pointer, &value, std::string("expected a condition object: ") + std::string(operator_list));
    return always_true();
  }
  Condition out;
  auto read_list = [&](const char* key, Condition::Kind kind) {
    out.kind = kind;
    const Json& list = value[key];
    const std::string at = child_pointer(pointer, key);
    if (!list.is_array()) {
      doc.report(at, &list, "expected an array of conditions");
      return;
    }
    for (std::size_t i = 0; i < list.size(); ++i)
      out.children.push_back(read_condition(doc, list[i], child_pointer(at, i), fields, items_of));
  };
  auto expect_only = [&](std::initializer_list<std::string_view> keys) {
    for (const auto& [key, item] : value.items()) {
      bool allowed = false;
      for (auto k : keys) allowed = allowed || k == key;
      if (!allowed) doc.report(child_pointer(pointer, key), &item, "unexpected here; a condition has one operator");
    }
  };
  if (value.contains("all")) {
    expect_only({"all"});
    read_list("all", Condition::Kind::all);
  } else if (value.contains("any")) {
    expect_only({"any"});
    read_list("any", Condition::Kind::any);
  } else if (value.contains("not")) {
    expect_only({"not"});
    out.kind = Condition::Kind::negation;
    out.children.push_back(read_condition(doc, value["not"], child_pointer(pointer, "not"), fields, items_of));
  } else if (value.contains("exists") || value.contains("empty")) {
    const char* key = value.contains("exists") ? "exists" : "empty";
    expect_only({key});
    out.kind = value.contains("exists") ? Condition::Kind::exists : Condition::Kind::empty;
    read_field_path(doc, value[key], child_pointer(pointer, key), fields, out.path);
  } else if (value.contains("some") || value.contains("every")) {
    const char* key = value.contains("some") ? "some" : "every";
    expect_only({key, "where", "required"});
    out.kind = value.contains("some") ? Condition::Kind::some : Condition::Kind::every;
    read_field_path(doc, value[key], child_pointer(pointer, key), fields, out.path);
    if (const auto required = value.find("required"); required != value.end()) {
      if (out.kind != Condition::Kind::every || !required->is_boolean())
        doc.report(child_pointer(pointer, "required"), &*required, "\"required\" is true or false, with \"every\"");
      else
        out.required = required->get<bool>();
    }
    if (!value.contains("where"))
      doc.report(child_pointer(pointer, "where"), nullptr, "missing required field");
    else  // paths inside are relative to the array's items
      out.children.push_back(
          read_condition(doc, value["where"], child_pointer(pointer, "where"), {}, items_scope(items_of, out.path)));
  } else if (value.contains("field")) {
    read_field_path(doc, value["field"], child_pointer(pointer, "field"), fields, out.path);
    const FieldType type = type_of(fields, items_of, out.path);
    int operators = 0;
    for (const auto& [key, item] : value.items()) {
      if (key == "field") continue;
      ++operators;
      const std::string at = child_pointer(pointer, key);
      bool known = true;
      if (key == "in") {
        out.kind = Condition::Kind::member_of;
        if (!item.is_array()) doc.report(at, &item, "expected an array of values");
        else
          for (std::size_t i = 0; i < item.size(); ++i) check_literal(doc, child_pointer(at, i), item[i], type);
        out.literal = item;
      } else if (key == "contains") {
        out.kind = Condition::Kind::contains;
        out.literal = item;
      } else if (key == "within_days" || key == "older_than_days") {
        out.kind = key == "within_days" ? Condition::Kind::within_days : Condition::Kind::older_than_days;
        if (!item.is_number_integer() || item.get<long long>() < 0 || item.get<long long>() > 100000)
          doc.report(at, &item, "expected a whole number of days, 0 to 100000");
        else if (type == FieldType::amount)
          doc.report(at, &item, "counts days from a date, and this field is an amount");
        else
          out.days = item.get<int>();
      } else {
        known = false;
        for (const auto& [name, comparison] : comparisons)
          if (name == key) {
            known = true;
            out.kind = Condition::Kind::compare;
            out.comparison = comparison;
            out.literal = item;
            if (!item.is_primitive() || item.is_null())
              doc.report(at, &item, "expected a string, number or true/false to compare with");
            else
              check_literal(doc, at, item, type);
          }
      }
      if (!known) doc.report(at, &item, "unknown operator; expected one of eq, ne, lt, le, gt, ge, in, contains, within_days, older_than_days");
    }
    if (operators != 1)
      doc.report(pointer, &value, "a \"field\" condition has exactly one operator besides \"field\"");
  } else {
    doc.report(pointer, &value, std::string("unknown condition; expected ") + std::string(operator_list));
    return always_true();
  }
  return out;
}

bool evaluate(const Condition& c, const Json& subject, Date as_of) {
  using Kind = Condition::Kind;
  switch (c.kind) {
    case Kind::all:
      for (const auto& child : c.children)
        if (!evaluate(child, subject, as_of)) return false;
      return true;
    case Kind::any:
      for (const auto& child : c.children)
        if (evaluate(child, subject, as_of)) return true;
      return false;
    case Kind::negation: return !evaluate(c.children.front(), subject, as_of);
    case Kind::exists: return resolve(subject, c.path) != nullptr;
    case Kind::empty: return is_empty(resolve(subject, c.path));
    case Kind::some:
    case Kind::every: {
      const Json* items = resolve(subject, c.path);
      const bool want_all = c.kind == Kind::every;
      // "every" of nothing holds, unless the list is required: then having none is the breach
      // (an app processing personal data with no agreement recorded).
      if (!items || !items->is_array() || items->empty()) return want_all && !c.required;
      for (const auto& item : *items)
        if (evaluate(c.children.front(), item, as_of) != want_all) return !want_all;
      return want_all;
    }
    default: break;
  }
  const Json* field = resolve(subject, c.path);
  if (!field) return false;  // a missing field satisfies no comparison
  switch (c.kind) {
    case Kind::compare: return compare(c.comparison, *field, c.literal);
    case Kind::member_of:
      for (const auto& candidate : c.literal)
        if (compare(Comparison::eq, *field, candidate)) return true;
      return false;
    case Kind::contains:
      if (field->is_array()) {
        for (const auto& item : *field)
          if (compare(Comparison::eq, item, c.literal)) return true;
        return false;
      }
      return field->is_string() && c.literal.is_string() &&
             field->get_ref<const std::string&>().find(c.literal.get_ref<const std::string&>()) != std::string::npos;
    case Kind::within_days:
    case Kind::older_than_days: {
      const auto date = date_of(field);
      if (!date) return false;
      const auto age = (as_of - *date).days();
      return c.kind == Kind::within_days ? age <= c.days : age > c.days;
    }
    default: return false;
  }
}

}  // namespace tiltak::detail
