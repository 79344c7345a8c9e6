#include "io/csv/columns.hpp"

#include <algorithm>
#include <vector>

#include "io/csv/text.hpp"

namespace tiltak::detail::csv {
namespace {

struct ColumnName {
  Field field;
  std::string_view name;  // the first name of each field is the English one
};

// Keep in step with docs/format.md ("CSV import").
constexpr ColumnName column_names[] = {
    {Field::id, "id"}, {Field::id, "nr"}, {Field::id, "nr."}, {Field::id, "nummer"},
    {Field::id, "tiltaksnummer"}, {Field::id, "tiltaksnr"}, {Field::id, "tiltaksnr."},
    {Field::id, "prosjektnummer"}, {Field::id, "projektnummer"}, {Field::id, "projektnr"},
    {Field::id, "projektnr."},
    {Field::title, "title"}, {Field::title, "tittel"}, {Field::title, "titel"}, {Field::title, "navn"},
    {Field::title, "name"}, {Field::title, "tiltak"}, {Field::title, "tiltaksnavn"},
    {Field::title, "prosjektnavn"}, {Field::title, "projektnavn"},
    {Field::description, "description"}, {Field::description, "beskrivelse"},
    {Field::description, "kort beskrivelse"},
    {Field::service_areas, "service_areas"}, {Field::service_areas, "service_area"},
    {Field::service_areas, "tjenesteområde"}, {Field::service_areas, "tjenesteområder"},
    {Field::service_areas, "tjenesteomrade"}, {Field::service_areas, "tjenesteomrader"},
    {Field::service_areas, "serviceområde"}, {Field::service_areas, "serviceområder"},
    {Field::service_areas, "serviceomrade"}, {Field::service_areas, "fagområde"},
    {Field::service_areas, "fagområder"}, {Field::service_areas, "fagomrade"},
    {Field::owner, "owner"}, {Field::owner, "eier"}, {Field::owner, "ejer"}, {Field::owner, "tiltakseier"},
    {Field::owner, "prosjekteier"}, {Field::owner, "projektejer"},
    {Field::stage, "stage"}, {Field::stage, "status"}, {Field::stage, "stadium"}, {Field::stage, "stadie"},
    {Field::phase, "phase"}, {Field::phase, "fase"}, {Field::phase, "prosjektfase"},
    {Field::phase, "projektfase"},
    {Field::planned_start, "planned_start"}, {Field::planned_start, "start"},
    {Field::planned_start, "startdato"}, {Field::planned_start, "planlagt_start"},
    {Field::planned_start, "planlagt startdato"}, {Field::planned_start, "oppstart"},
    {Field::planned_start, "opstart"},
    {Field::planned_end, "planned_end"}, {Field::planned_end, "end"}, {Field::planned_end, "slutt"},
    {Field::planned_end, "sluttdato"}, {Field::planned_end, "planlagt_slutt"},
    {Field::planned_end, "planlagt sluttdato"}, {Field::planned_end, "slut"}, {Field::planned_end, "slutdato"},
    {Field::planned_end, "planlagt_slut"}, {Field::planned_end, "planlagt slutdato"},
    {Field::case_reference, "case_reference"}, {Field::case_reference, "saksnummer"},
    {Field::case_reference, "saksnr"}, {Field::case_reference, "saksnr."},
    {Field::case_reference, "sagsnummer"}, {Field::case_reference, "sagsnr"},
    {Field::case_reference, "sagsnr."}, {Field::case_reference, "journalnummer"},
    {Field::programme, "programme"}, {Field::programme, "program"},
    {Field::mandatory, "mandatory"}, {Field::mandatory, "lovpålagt"}, {Field::mandatory, "lovpligtig"},
    {Field::mandatory, "obligatorisk"},
};

struct CostWord {
  CostKind kind;
  std::string_view word;  // followed by a space, '_' or '-' and the year: "drift 2027"
};

constexpr CostWord cost_words[] = {
    {CostKind::investment, "investment"},          {CostKind::investment, "investering"},
    {CostKind::investment, "investeringer"},       {CostKind::operating, "operating"},
    {CostKind::operating, "drift"},                {CostKind::operating, "driftskostnad"},
    {CostKind::operating, "driftskostnader"},      {CostKind::operating, "driftsudgift"},
    {CostKind::operating, "driftsudgifter"},       {CostKind::operating, "driftsomkostninger"},
};

}  // namespace

std::string_view english_name(Field field) {
  for (const auto& entry : column_names)
    if (entry.field == field) return entry.name;
  return "";
}

std::string synonyms_of(Field field) {
  std::string list;
  for (const auto& entry : column_names)
    if (entry.field == field && entry.name != english_name(field))
      list += (list.empty() ? "" : ", ") + in_quotes(entry.name);
  return list;
}

std::optional<Column> column_of(std::string_view folded) {
  for (const auto& entry : column_names)
    if (fold(entry.name) == folded) return Column{entry.field};
  if (folded.size() > 5 && folded[folded.size() - 5] == ' ') {
    const std::string_view word = folded.substr(0, folded.size() - 5), digits = folded.substr(folded.size() - 4);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    for (const auto& entry : cost_words)
      if (entry.word == word) return Column{Field::cost, entry.kind, std::stoi(std::string(digits))};
  }
  return std::nullopt;
}

std::string unknown_column_message(std::string_view folded) {
  std::vector<std::string> candidates;
  for (const auto& entry : column_names) candidates.emplace_back(entry.name);
  // "investring 2026" is close to "investering 2026": offer the cost words with its year.
  std::string_view year;
  if (folded.size() > 5 && folded[folded.size() - 5] == ' ') year = folded.substr(folded.size() - 4);
  for (const auto& entry : cost_words)
    candidates.push_back(std::string(entry.word) + " " + std::string(year.empty() ? "2026" : year));
  std::string message = "unknown column";
  if (auto suggestion = closest(folded, candidates))
    message += "; did you mean " + in_quotes(*suggestion) + "?";
  else
    message += "; the columns are id, title, description, service_areas, owner, stage, phase, planned_start, "
               "planned_end, case_reference, programme, mandatory, investment_YYYY and operating_YYYY, or their "
               "Norwegian and Danish names (see docs/format.md)";
  return message;
}

}  // namespace tiltak::detail::csv
