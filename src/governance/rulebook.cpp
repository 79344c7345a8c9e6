#include "tiltak/governance/rulebook.hpp"

#include <array>
#include <set>

#include "governance/rule_view.hpp"
#include "governance/rulebook_data.hpp"
#include "governance/shipped_rulebooks.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak {
namespace {

using detail::DocumentReader;
using detail::Json;
using detail::ObjectReader;

constexpr std::array<EnumName<Severity>, 3> severities{
    {{Severity::error, "error"}, {Severity::warning, "warning"}, {Severity::info, "info"}}};
constexpr std::array<EnumName<RuleScope>, 3> scopes{
    {{RuleScope::initiative, "initiative"}, {RuleScope::benefit, "benefit"}, {RuleScope::system, "system"}}};

void read_message(ObjectReader& object, LocalisedText& out) {
  const Json* value = object.find("message");
  if (!value) {
    object.report_missing("message");
    return;
  }
  ObjectReader message(object.document(), *value, object.pointer_of("message"), {"nb", "da", "en"});
  message.required("nb", out.nb);
  message.required("da", out.da);
  message.required("en", out.en);
}

detail::Condition read_condition_field(ObjectReader& object, std::string_view key, const detail::FieldNames& fields,
                                       const std::vector<std::string>& items_of = {}) {
  const Json* value = object.find(key);
  if (!value) {
    object.report_missing(key);
    return {};
  }
  return detail::read_condition(object.document(), *value, object.pointer_of(key), fields, items_of);
}

// `at` and `for_each`: paths of the subject, checked like a condition's ("../../etc" and
// unknown fields are refused where they are written, not silently matched to nothing).
std::vector<std::string> read_path(ObjectReader& object, std::string_view key, const detail::FieldNames& fields) {
  const Json* value = object.find(key);
  std::vector<std::string> path;
  if (value && !detail::read_field_path(object.document(), *value, object.pointer_of(key), fields, path)) return {};
  return path;
}

// Every {placeholder} of a message names a field of the subject, or with for_each "item.<path>"
// ({tittle} printed "-" before).
void check_placeholders(DocumentReader& doc, const LocalisedText& message, const std::string& pointer,
                        const detail::FieldNames& fields, bool has_item) {
  for (const auto& [language, text] : {std::pair{"nb", &message.nb}, {"da", &message.da}, {"en", &message.en}}) {
    std::size_t open = 0;
    while ((open = text->find('{', open)) != std::string::npos) {
      const auto close = text->find('}', open);
      if (close == std::string::npos) break;
      const std::string name = text->substr(open + 1, close - open - 1);
      const std::string at = detail::child_pointer(pointer, language);
      const Json placeholder(name);
      std::vector<std::string> path;
      if (has_item && name.rfind("item.", 0) == 0)
        detail::read_field_path(doc, Json(name.substr(5)), at, {}, path);
      else
        detail::read_field_path(doc, placeholder, at, fields, path);
      open = close + 1;
    }
  }
}

void read_rule(DocumentReader& doc, const Json& value, const std::string& pointer, detail::Rule& rule) {
  ObjectReader object(doc, value, pointer,
                      {"id", "severity", "scope", "description", "condition", "for_each", "where", "at", "message"});
  if (!object.is_object()) return;
  object.required("id", rule.info.id);
  object.required("severity", rule.info.severity);
  object.required("scope", rule.info.scope);
  const auto& fields = rule.info.scope == RuleScope::benefit  ? detail::benefit_fields()
                       : rule.info.scope == RuleScope::system ? detail::system_fields()
                                                              : detail::initiative_fields();
  rule.condition = object.has("condition") ? read_condition_field(object, "condition", fields) : detail::Condition{};
  rule.for_each = read_path(object, "for_each", fields);
  if (!rule.for_each.empty() && object.has("where"))
    rule.where = read_condition_field(object, "where", {}, detail::items_scope({}, rule.for_each));
  else if (object.has("where")) doc.report(object.pointer_of("where"), object.find("where"), "\"where\" needs \"for_each\"");
  if (!object.has("condition") && rule.for_each.empty())
    doc.report(object.pointer_of("condition"), nullptr, "missing required field (or \"for_each\" with \"where\")");
  rule.at = read_path(object, "at", fields);
  read_message(object, rule.info.message);
  check_placeholders(doc, rule.info.message, object.pointer_of("message"), fields, !rule.for_each.empty());
}

void read_gate(DocumentReader& doc, const Json& value, const std::string& pointer, detail::Gate& gate) {
  ObjectReader object(doc, value, pointer, {"from", "to", "minimum_body", "within_mandate", "requirements"});
  if (!object.is_object()) return;
  object.required("from", gate.info.from);
  object.required("to", gate.info.to);
  object.optional("minimum_body", gate.info.minimum_body);
  object.optional("within_mandate", gate.info.within_mandate);
  const Json* requirements = object.find("requirements");
  if (!requirements) return;
  const std::string at = object.pointer_of("requirements");
  if (!requirements->is_array()) {
    doc.report(at, requirements, "expected an array");
    return;
  }
  for (std::size_t i = 0; i < requirements->size(); ++i) {
    ObjectReader requirement(doc, (*requirements)[i], detail::child_pointer(at, i), {"id", "condition", "message"});
    if (!requirement.is_object()) continue;
    detail::GateRequirement item;
    requirement.required("id", item.id);
    item.condition = read_condition_field(requirement, "condition", detail::initiative_fields());
    read_message(requirement, item.message);
    gate.info.requirements.push_back(item.id);
    gate.requirements.push_back(std::move(item));
  }
}

void read_mandate(DocumentReader& doc, const Json& value, const std::string& pointer, detail::MandateRule& mandate) {
  ObjectReader object(doc, value, pointer, {"body", "max_amount", "when"});
  if (!object.is_object()) return;
  object.required("body", mandate.info.body);
  object.optional("max_amount", mandate.info.max_amount);
  if (object.has("when")) mandate.when = read_condition_field(object, "when", detail::initiative_fields());
}

template <class T, class Read>
void read_list(ObjectReader& object, std::string_view key, std::vector<T>& out, Read read) {
  const Json* list = object.find(key);
  if (!list) return;
  const std::string at = object.pointer_of(key);
  if (!list->is_array()) {
    object.document().report(at, list, "expected an array");
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    T item;
    read(object.document(), (*list)[i], detail::child_pointer(at, i), item);
    out.push_back(std::move(item));
  }
}

// The rulebook's rules across its parts: unique ids, one gate per transition, mandates from
// the lowest body up with growing limits.
void check_consistency(DocumentReader& doc, const detail::RulebookData& data) {
  std::set<std::string> ids;
  for (std::size_t i = 0; i < data.rules.size(); ++i)
    if (!data.rules[i].info.id.empty() && !ids.insert(data.rules[i].info.id).second)
      doc.report("/rules/" + std::to_string(i) + "/id", nullptr, "duplicate rule id \"" + data.rules[i].info.id + "\"");
  std::set<std::pair<Stage, Stage>> transitions;
  for (std::size_t i = 0; i < data.gates.size(); ++i)
    for (const Stage from : data.gates[i].info.from)
      if (!transitions.insert({from, data.gates[i].info.to}).second)
        doc.report("/gates/" + std::to_string(i) + "/from", nullptr,
                   "a second gate for " + std::string(stage_name(from)) + " → " +
                       std::string(stage_name(data.gates[i].info.to)));
  for (std::size_t i = 1; i < data.mandates.size(); ++i) {
    const auto& lower = data.mandates[i - 1].info;
    const auto& upper = data.mandates[i].info;
    if (upper.body < lower.body)
      doc.report("/mandates/" + std::to_string(i) + "/body", nullptr, "mandates are listed from the lowest body up");
    if (!lower.max_amount && upper.body != lower.body)
      doc.report("/mandates/" + std::to_string(i - 1) + "/max_amount", nullptr,
                 "only the last body's mandate may be unlimited");
  }
}

}  // namespace

template <>
std::span<const EnumName<Severity>> enum_names<Severity>() noexcept {
  return severities;
}
template <>
std::span<const EnumName<RuleScope>> enum_names<RuleScope>() noexcept {
  return scopes;
}

const std::string& LocalisedText::in(Language language) const noexcept {
  switch (language) {
    case Language::nb: return nb;
    case Language::da: return da;
    case Language::en: break;
  }
  return en;
}

Rulebook::Rulebook(std::shared_ptr<const detail::RulebookData> data) : data_(std::move(data)) {}
const std::string& Rulebook::id() const noexcept { return data_->id; }
const std::string& Rulebook::title() const noexcept { return data_->title; }
Currency Rulebook::currency() const noexcept { return data_->currency; }

std::vector<RuleInfo> Rulebook::rules() const {
  std::vector<RuleInfo> out;
  for (const auto& rule : data_->rules) out.push_back(rule.info);
  return out;
}
std::vector<GateInfo> Rulebook::gates() const {
  std::vector<GateInfo> out;
  for (const auto& gate : data_->gates) out.push_back(gate.info);
  return out;
}
std::vector<MandateInfo> Rulebook::mandates() const {
  std::vector<MandateInfo> out;
  for (const auto& mandate : data_->mandates) out.push_back(mandate.info);
  return out;
}

Rulebook rulebook_from_json(std::string_view json, std::string_view source) {
  const Json document = detail::parse_json(json, source);
  DocumentReader doc(std::string(source), Currency::NOK);
  auto data = std::make_shared<detail::RulebookData>();
  ObjectReader object(doc, document, "", {"rulebook", "title", "description", "currency", "rules", "gates", "mandates"});
  if (object.is_object()) {
    object.required("rulebook", data->id);
    object.optional("title", data->title);
    std::string currency = "NOK";
    if (object.optional("currency", currency)) {
      if (const auto parsed = currency_from_code(currency)) data->currency = *parsed;
      else doc.report("/currency", object.find("currency"), "expected one of: NOK, DKK, EUR, SEK");
    }
    doc.set_currency(data->currency);  // mandate amounts are in it
    read_list(object, "rules", data->rules, read_rule);
    read_list(object, "gates", data->gates, read_gate);
    read_list(object, "mandates", data->mandates, read_mandate);
    check_consistency(doc, *data);
  }
  if (!doc.problems().empty()) throw Error(ErrorCode::validation_error, doc.take_problems());
  return Rulebook(std::move(data));
}

Rulebook load_rulebook(const std::filesystem::path& path, std::uint64_t max_bytes) {
  return rulebook_from_json(read_text_file(path, max_bytes), path.string());
}

std::vector<std::string> builtin_rulebook_ids() {
  std::vector<std::string> ids;
  for (const auto& shipped : detail::shipped_rulebooks()) ids.emplace_back(shipped.id);
  return ids;
}

Rulebook builtin_rulebook(std::string_view id) {
  for (const auto& shipped : detail::shipped_rulebooks())
    if (shipped.id == id) return rulebook_from_json(shipped.json, "data/rulebooks/" + std::string(id) + ".json");
  std::string known;
  for (const auto& name : builtin_rulebook_ids()) known += (known.empty() ? "" : ", ") + name;
  throw unknown_id(id, "no built-in rulebook has this id (known: " + known + ")");
}

Rulebook default_rulebook(Currency currency) {
  return builtin_rulebook(currency == Currency::DKK ? "dk-default" : "no-default");
}

namespace detail {

std::string expand_message(const std::string& text, const Json& view, const Json* item, Language language,
                           Currency currency) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto open = text.find('{', i);
    const auto close = open == std::string::npos ? std::string::npos : text.find('}', open);
    if (close == std::string::npos) {
      out += text.substr(i);
      break;
    }
    out += text.substr(i, open - i);
    std::string name = text.substr(open + 1, close - open - 1);
    const Json* root = &view;
    if (item && name.rfind("item.", 0) == 0) {
      root = item;
      name = name.substr(5);
    }
    const auto path = split_path(name);
    const Json* value = resolve(*root, path);
    const bool amount = field_type(path) == FieldType::amount;
    auto show = [&](const Json& v) -> std::string {
      if (!v.is_string()) return v.dump();
      const std::string machine = v.get<std::string>();
      if (const auto date = parse_iso_date(machine)) return format_date(*date, language);
      if (const auto stage = enum_from_name<Stage>(machine)) {
        std::string label(stage_label(*stage, language));  // inside a sentence: "som er satt på vent"
        if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
        return label;
      }
      if (amount) {
        try {
          return format_money(Money::parse(machine, currency), language, true);
        } catch (const Error&) {
        }
      }
      return machine;
    };
    if (!value) {
      out += "-";
    } else if (value->is_array()) {
      std::string list;
      for (const auto& element : *value) list += (list.empty() ? "" : ", ") + show(element);
      out += list;
    } else {
      out += show(*value);
    }
    i = close + 1;
  }
  return out;
}

}  // namespace detail
}  // namespace tiltak
