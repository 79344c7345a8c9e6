#pragma once
// The columns of an initiative list: each field's English name and its Norwegian and Danish
// synonyms, and cost columns named by kind and year ("drift 2027"). Keep in step with
// docs/format.md ("CSV import").

#include <optional>
#include <string>
#include <string_view>

#include "tiltak/model/cost.hpp"

namespace tiltak::detail::csv {

enum class Field {
  id,
  title,
  description,
  service_areas,
  owner,
  stage,
  phase,
  planned_start,
  planned_end,
  case_reference,
  programme,
  mandatory,
  cost,       // investment or operating cost of one year
  unnamed,    // an empty heading: allowed when the whole column is empty
  unknown,
};

struct Column {
  Field field = Field::unknown;
  CostKind kind = CostKind::investment;  // cost columns only
  int year = 0;                          // cost columns only
};

std::string_view english_name(Field field);
// The other names of a field: "\"nr\", \"nr.\", ..." (without the English one).
std::string synonyms_of(Field field);
// The field a folded heading names; cost headings also give kind and year (0 when the
// year is outside the plausible range).
std::optional<Column> column_of(std::string_view folded);
// "unknown column" with the closest name, or the list of names.
std::string unknown_column_message(std::string_view folded);

}  // namespace tiltak::detail::csv
