#include "cli/arguments.hpp"

#include <algorithm>
#include <cctype>

namespace tiltak::cli {
namespace {

const OptionSpec* find_option(const CommandSpec& spec, const std::string& word) {
  for (const auto& option : spec.options) {
    if (word == "--" + option.name) return &option;
    if (option.short_name != 0 && word == std::string{'-', option.short_name}) return &option;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> Arguments::get(const std::string& name) const {
  auto it = options.find(name);
  return it == options.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::string Arguments::choice(const std::string& name, const std::vector<std::string>& allowed,
                              const std::string& fallback) const {
  const auto value = get(name);
  if (!value) return fallback;
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw UsageError("--" + name + " must be one of " + list + ", not \"" + *value + "\"");
  }
  return *value;
}

Arguments parse_arguments(const CommandSpec& spec, const std::vector<std::string>& words) {
  Arguments arguments;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    std::optional<std::string> inline_value;
    if (word.rfind("--", 0) == 0) {
      if (const auto equals = word.find('='); equals != std::string::npos) {
        inline_value = word.substr(equals + 1);
        word.resize(equals);
      }
    }
    // "-" alone and negative numbers ("-3") are values, not options.
    const bool is_option = word.size() > 1 && word[0] == '-' && !std::isdigit(static_cast<unsigned char>(word[1]));
    if (is_option) {
      const OptionSpec* option = find_option(spec, word);
      if (!option) throw UsageError("unknown option " + word + " for 'tiltak " + spec.name + "'");
      if (!option->takes_value) {
        if (inline_value) throw UsageError(word + " takes no value");
        arguments.options[option->name] = "";
      } else if (inline_value) {
        arguments.options[option->name] = *inline_value;
      } else {
        if (i + 1 >= words.size()) throw UsageError(word + " needs a value");
        arguments.options[option->name] = words[++i];
      }
      continue;
    }
    arguments.positionals.push_back(words[i]);
  }
  if (arguments.positionals.size() != spec.positionals.size()) {
    std::string expected;
    for (const auto& name : spec.positionals) expected += " " + name;
    throw UsageError("'tiltak " + spec.name + "' takes" + (expected.empty() ? " no arguments" : expected));
  }
  return arguments;
}

std::vector<std::string> comma_separated(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    items.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

}  // namespace tiltak::cli
