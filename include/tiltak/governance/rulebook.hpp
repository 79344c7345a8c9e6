#pragma once
// The rulebook: a municipality's governance rules as configuration (docs/governance.md).
// Compliance rules, lifecycle gates and decision mandates, each written in a small
// declarative condition language over the initiative's and benefit's fields; no code runs.

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/currency.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/model/decision.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

enum class Severity { error, warning, info };
// What a rule is checked on: each initiative, each benefit, or each system of the register.
enum class RuleScope { initiative, benefit, system };

// A plain-language text in each presentation language.
struct LocalisedText {
  std::string nb, da, en;
  const std::string& in(Language language) const noexcept;
  bool operator==(const LocalisedText&) const = default;
};

// What a rule is, without its condition (which stays inside the library).
struct RuleInfo {
  std::string id;
  Severity severity = Severity::error;
  RuleScope scope = RuleScope::initiative;
  LocalisedText message;
  bool operator==(const RuleInfo&) const = default;
};

// A body that may decide, by its mandate (fullmakt); higher ones may decide all that lower ones may.
struct MandateInfo {
  DecisionBody body = DecisionBody::secretariat;
  std::optional<Money> max_amount;  // empty = no upper limit
  bool operator==(const MandateInfo&) const = default;
};

// One allowed transition of the lifecycle and the requirements of its gate.
struct GateInfo {
  std::vector<Stage> from;
  Stage to = Stage::registered;
  std::vector<std::string> requirements;  // their ids
  std::optional<DecisionBody> minimum_body;
  bool within_mandate = false;  // the deciding body's mandate must cover the initiative's size
  bool operator==(const GateInfo&) const = default;
};

namespace detail {
struct RulebookData;
}

// A parsed, checked rulebook. A plain value: copies share the immutable parsed rules, so it is
// cheap to copy and safe to read from several threads.
class Rulebook {
 public:
  explicit Rulebook(std::shared_ptr<const detail::RulebookData> data);

  const std::string& id() const noexcept;
  const std::string& title() const noexcept;
  Currency currency() const noexcept;  // the currency of the mandate amounts
  std::vector<RuleInfo> rules() const;
  std::vector<GateInfo> gates() const;
  std::vector<MandateInfo> mandates() const;
  const detail::RulebookData& data() const noexcept { return *data_; }

 private:
  std::shared_ptr<const detail::RulebookData> data_;
};

// Error(parse_error) for malformed JSON (line and column); Error(validation_error) listing
// every problem of the rulebook, each with its JSON Pointer (unknown operators and fields,
// missing messages, duplicate rule ids ...). `source` names the input in problems.
Rulebook rulebook_from_json(std::string_view json, std::string_view source = "<memory>");
// Reads the file with read_text_file (a regular file of at most `max_bytes`); also Error(io_error).
Rulebook load_rulebook(const std::filesystem::path& path, std::uint64_t max_bytes = default_max_input_bytes);

// The shipped rulebooks ("no-default", "dk-default"; data/rulebooks/*.json).
std::vector<std::string> builtin_rulebook_ids();
Rulebook builtin_rulebook(std::string_view id);  // Error(not_found) for an unknown id
// "dk-default" for DKK, "no-default" otherwise.
Rulebook default_rulebook(Currency currency);

template <>
std::span<const EnumName<Severity>> enum_names<Severity>() noexcept;
template <>
std::span<const EnumName<RuleScope>> enum_names<RuleScope>() noexcept;

}  // namespace tiltak
