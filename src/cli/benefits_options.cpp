#include "cli/benefits_options.hpp"

#include "tiltak/io/text_file.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::cli {

ParameterSet parameter_choice(const Arguments& arguments, Currency currency) {
  const auto value = arguments.get("params");
  if (!value) {
    if (currency != Currency::NOK && currency != Currency::DKK)
      throw UsageError("a portfolio in " + std::string(currency_code(currency)) +
                       " has no default parameter set; choose one with --params");
    return default_parameter_set(currency);
  }
  const auto ids = builtin_parameter_set_ids();
  for (const auto& id : ids)
    if (id == *value) return builtin_parameter_set(id);
  const bool is_file = value->find('/') != std::string::npos ||
                       (value->size() > 5 && value->compare(value->size() - 5, 5, ".json") == 0);
  if (!is_file) {
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
    throw UsageError("--params must be a built-in parameter set (" + list + ") or a JSON file, not \"" + *value +
                     "\"");
  }
  return parameters_from_json(read_text_file(*value), *value);
}

std::string ratio_text(const std::optional<double>& ratio, Language language) {
  return ratio ? number(*ratio, 2, language) : "-";
}

}  // namespace tiltak::cli
