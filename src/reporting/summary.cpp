#include "tiltak/reporting/summary.hpp"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "io/enum_names.hpp"
#include "reporting/text_table.hpp"
#include "tiltak/model/shares.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak {
namespace {

// The newest report per dimension is the current status.
void set_current_status(const Initiative& initiative, InitiativeSummary& summary) {
  std::optional<Date> newest[4];
  std::optional<Rag>* slots[4] = {&summary.schedule, &summary.cost, &summary.scope, &summary.risk};
  for (const auto& report : initiative.status) {
    const auto d = static_cast<std::size_t>(report.dimension);
    if (!newest[d] || report.date >= *newest[d]) newest[d] = report.date, *slots[d] = report.rag;
  }
  for (const auto* slot : slots)
    if (*slot && (!summary.overall || **slot > *summary.overall)) summary.overall = *slot;
}

Money planned_cost(const Initiative& initiative, Currency currency) {
  Money total = Money::zero(currency);
  for (const auto& line : initiative.costs)
    if (line.basis == CostBasis::plan) total += line.amount;
  return total;
}

// Symbols rather than initials: green and yellow share the initial G in Norwegian and Danish.
char rag_symbol(const std::optional<Rag>& rag) {
  if (!rag) return '-';
  return *rag == Rag::green ? 'o' : *rag == Rag::yellow ? '!' : 'X';
}

struct Headings {
  std::string_view id, title, stage, owner, cost, benefit, status, total, legend;
};

Headings headings(Language language) {
  switch (language) {
    case Language::nb:
      return {"Id", "Tittel", "Status i livsløpet", "Eier", "Kostnad (plan)", "Gevinst (plan)", "F K O R",
              "Sum", "F K O R = fremdrift, kostnad, omfang, risiko: o grønn, ! gul, X rød, - ikke rapportert"};
    case Language::da:
      return {"Id", "Titel", "Livscyklus", "Ejer", "Omkostning (plan)", "Gevinst (plan)", "T Ø O R",
              "I alt", "T Ø O R = tidsplan, økonomi, omfang, risiko: o grøn, ! gul, X rød, - ikke rapporteret"};
    case Language::en: break;
  }
  return {"Id", "Title", "Stage", "Owner", "Cost (plan)", "Benefit (plan)", "S C S R",
          "Total", "S C S R = schedule, cost, scope, risk: o green, ! yellow, X red, - not reported"};
}

}  // namespace

PortfolioSummary summarise(const Portfolio& portfolio) {
  const Currency currency = portfolio.currency;
  PortfolioSummary summary{portfolio.name, {}, Money::zero(currency), Money::zero(currency)};
  summary.initiatives.reserve(portfolio.initiatives.size());
  std::unordered_map<std::string, std::size_t> position;
  position.reserve(portfolio.initiatives.size());
  std::unordered_map<std::string, const Person*> people;
  for (const auto& person : portfolio.organisation.people) people.emplace(person.id.str(), &person);

  for (const auto& initiative : portfolio.initiatives) {
    InitiativeSummary line{initiative.id, initiative.title, initiative.stage, {}, planned_cost(initiative, currency),
                           Money::zero(currency), {}, {}, {}, {}, {}};
    if (initiative.owner)
      if (auto it = people.find(initiative.owner->str()); it != people.end()) line.owner = it->second->name;
    set_current_status(initiative, line);
    summary.total_cost += line.total_cost;
    position.emplace(initiative.id.str(), summary.initiatives.size());
    summary.initiatives.push_back(std::move(line));
  }
  for (const auto& benefit : portfolio.benefits) {
    const Money value = planned_value_total(benefit, currency);
    const auto parts = contributor_parts(value, benefit);
    for (std::size_t i = 0; i < benefit.contributors.size(); ++i) {
      auto it = position.find(benefit.contributors[i].initiative.str());
      if (it == position.end()) continue;  // an invalid portfolio; validate() reports it
      const Money share = parts[i];
      summary.initiatives[it->second].total_benefit += share;
      summary.total_benefit += share;
    }
  }
  return summary;
}

std::string format_summary_table(const PortfolioSummary& summary, Language language) {
  const Headings words = headings(language);
  using detail::Align;
  detail::TextTable table({{std::string(words.id)},
                           {std::string(words.title), Align::left, 40},
                           {std::string(words.stage)},
                           {std::string(words.owner), Align::left, 24},
                           {std::string(words.cost), Align::right},
                           {std::string(words.benefit), Align::right},
                           {std::string(words.status)}});
  for (const auto& line : summary.initiatives) {
    std::string status;
    for (const auto* rag : {&line.schedule, &line.cost, &line.scope, &line.risk})
      status += std::string(status.empty() ? "" : " ") + rag_symbol(*rag);
    table.add_row({line.id.str(), line.title, std::string(stage_label(line.stage, language)), line.owner,
                   format_money(line.total_cost, language, true), format_money(line.total_benefit, language, true),
                   status});
  }
  table.add_row({std::string(words.total), "", "", "", format_money(summary.total_cost, language, true),
                 format_money(summary.total_benefit, language, true), ""});
  return summary.name + "\n\n" + table.render() + "\n" + std::string(words.legend) + "\n";
}

std::string summary_to_json(const PortfolioSummary& summary) {
  using Json = nlohmann::ordered_json;
  Json initiatives = Json::array();
  for (const auto& line : summary.initiatives) {
    Json status = Json::object();
    const std::pair<const char*, const std::optional<Rag>*> dimensions[] = {
        {"schedule", &line.schedule}, {"cost", &line.cost}, {"scope", &line.scope}, {"risk", &line.risk}};
    for (const auto& [name, rag] : dimensions) status[name] = *rag ? Json(detail::enum_name(**rag)) : Json(nullptr);
    initiatives.push_back({{"id", line.id.str()},
                           {"title", line.title},
                           {"stage", stage_name(line.stage)},
                           {"owner", line.owner},
                           {"total_cost", line.total_cost.to_string()},
                           {"total_benefit", line.total_benefit.to_string()},
                           {"status", status},
                           {"overall", line.overall ? Json(detail::enum_name(*line.overall)) : Json(nullptr)}});
  }
  const Json document{{"name", summary.name},
                      {"currency", currency_code(summary.total_cost.currency())},
                      {"total_cost", summary.total_cost.to_string()},
                      {"total_benefit", summary.total_benefit.to_string()},
                      {"initiatives", initiatives}};
  return document.dump(2) + "\n";
}

}  // namespace tiltak
