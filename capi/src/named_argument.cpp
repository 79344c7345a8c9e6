#include "named_argument.hpp"

#include <string_view>

#include "json_argument.hpp"
#include "tiltak/io/builtin_reference.hpp"

namespace tiltak::capi {

NamedArgument::Choice NamedArgument::read() const {
  if (is_json_) {
    const auto text = optional_json_text(data_, length_, parameter_, length_parameter_);
    if (!text) return {};
    if (auto id = builtin_reference(*text, parameter_)) return {std::move(id), std::nullopt};
    return {std::nullopt, std::string(*text)};
  }
  if (!data_) return {};
  const std::string_view text(data_);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') return {std::nullopt, std::string(text)};
  return {std::string(text), std::nullopt};
}

ParameterSet parameter_set(const NamedArgument& named, Currency currency) {
  const auto choice = named.read();
  if (choice.document) return parameters_from_json(*choice.document, "parameters");
  if (choice.builtin_id) return builtin_parameter_set(*choice.builtin_id);
  return default_parameter_set(currency);
}

std::optional<Rulebook> rulebook_option(const NamedArgument& named) {
  const auto choice = named.read();
  if (choice.document) return rulebook_from_json(*choice.document, "rulebook");
  if (choice.builtin_id) return builtin_rulebook(*choice.builtin_id);
  return std::nullopt;
}

Rulebook rulebook_of(const NamedArgument& named, Currency currency) {
  auto chosen = rulebook_option(named);
  return chosen ? std::move(*chosen) : default_rulebook(currency);
}

}  // namespace tiltak::capi
