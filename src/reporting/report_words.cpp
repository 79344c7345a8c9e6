#include "reporting/report_words.hpp"

#include <array>
#include <map>
#include <optional>

#include "tiltak/reporting/labels.hpp"

namespace tiltak::detail {
namespace {

struct Words {
  std::string_view nb, da, en;
};

// In the order of enum Word.
constexpr std::array<Words, static_cast<std::size_t>(Word::count_)> words{{
    {"Porteføljerapport", "Porteføljerapport", "Portfolio report"},
    {"Per", "Pr.", "As of"},
    {"Omfang", "Omfang", "Scope"},
    {"Laget med tiltak", "Lavet med tiltak", "Made with tiltak"},
    {"Personnavn er utelatt; personer vises med rolle og enhet.", "Personnavne er udeladt; personer vises med rolle og enhed.",
     "Personal names are left out; people are shown by role and unit."},
    {"Tiltak", "Initiativer", "Initiatives"},
    {"Id", "Id", "Id"},
    {"Tittel", "Titel", "Title"},
    {"Tjenesteområde", "Fagområde", "Service area"},
    {"Program", "Program", "Programme"},
    {"Status i livsløpet", "Livscyklus", "Stage"},
    {"Fase", "Fase", "Phase"},
    {"Eier", "Ejer", "Owner"},
    {"Saksnummer", "Sagsnummer", "Case"},
    {"Status", "Status", "Status"},
    {"Samlet", "Samlet", "Overall"},
    {"Utdatert statusrapport", "Forældet statusrapport", "Stale status report"},
    {"Planlagt start", "Planlagt start", "Planned start"},
    {"Planlagt slutt", "Planlagt slut", "Planned finish"},
    {"Prognose slutt", "Forventet slut", "Forecast finish"},
    {"Forsinkelse (dager)", "Forsinkelse (dage)", "Slip (days)"},
    {"Kritisk", "Kritisk", "Critical"},
    {"Budsjett", "Budget", "Budget"},
    {"År", "År", "Year"},
    {"Plan", "Plan", "Plan"},
    {"Regnskap", "Regnskab", "Actual"},
    {"Prognose", "Prognose", "Forecast"},
    {"Sum", "I alt", "Total"},
    {"Største risikoer", "Største risici", "Top risks"},
    {"Risiko", "Risiko", "Risk"},
    {"Sannsynlighet", "Sandsynlighed", "Probability"},
    {"Konsekvens", "Konsekvens", "Consequence"},
    {"Risikotall", "Risikotal", "Score"},
    {"Tiltak mot risiko", "Afbødning", "Mitigation"},
    {"Gevinster", "Gevinster", "Benefits"},
    {"Gevinst", "Gevinst", "Benefit"},
    {"Planlagt verdi", "Planlagt værdi", "Planned value"},
    {"Siste måling", "Seneste måling", "Latest measurement"},
    {"Nullpunkt", "Baseline", "Baseline"},
    {"Mål", "Mål", "Target"},
    {"Avhengigheter i risiko", "Afhængigheder i risiko", "Dependencies at risk"},
    {"Forutsetning", "Forudsætning", "Prerequisite"},
    {"Årsak", "Årsag", "Reason"},
    {"Porteføljen samlet", "Porteføljen samlet", "Portfolio totals"},
    {"Investering (plan)", "Investering (plan)", "Investment (plan)"},
    {"Drift (plan)", "Drift (plan)", "Operating (plan)"},
    {"Til beslutning", "Til beslutning", "Awaiting decision"},
    {"Ramme investering", "Ramme investering", "Investment frame"},
    {"Ramme drift", "Ramme drift", "Operating frame"},
    {"Over rammen", "Over rammen", "Over frame"},
    {"Per tjenesteområde", "Pr. fagområde", "Per service area"},
    {"Kapasitet", "Kapacitet", "Capacity"},
    {"Rolle", "Rolle", "Role"},
    {"Planlagte timer", "Planlagte timer", "Planned hours"},
    {"Tilgjengelige timer", "Tilgængelige timer", "Available hours"},
    {"Overbooket", "Overbooket", "Over-allocated"},
    {"Risikomatrise", "Risikomatrix", "Risk matrix"},
    {"Økonomi", "Økonomi", "Economy"},
    {"Parametersett", "Parametersæt", "Parameter set"},
    {"Diskonteringsår", "Diskonteringsår", "Discount year"},
    {"Nåverdi kostnader", "Nutidsværdi omkostninger", "PV of costs"},
    {"Nåverdi gevinster", "Nutidsværdi gevinster", "PV of benefits"},
    {"Netto nåverdi", "Nettonutidsværdi", "Net present value"},
    {"Netto nåverdi med skattefinansieringskostnad", "Nettonutidsværdi med skatteforvridning",
     "NPV with tax-financing cost"},
    {"Nytte–kostnadsbrøk", "Cost–benefit-forhold", "Benefit–cost ratio"},
    {"Inntjent år", "Tilbagebetalt år", "Payback year"},
    {"Dypeste punkt (pukkel)", "Dybeste punkt (pukkel)", "Hump depth"},
    {"Pukkelens år", "Pukkelens år", "Hump year"},
    {"Positiv fra", "Positiv fra", "Positive from"},
    {"Kostnader", "Omkostninger", "Costs"},
    {"Akkumulert netto", "Akkumuleret netto", "Cumulative net"},
    {"Mål i strategien", "Strategiske mål", "Strategic goals"},
    {"Mål", "Mål", "Goal"},
    {"Dekket", "Dækket", "Covered"},
    {"Bidragsytere", "Bidragydere", "Contributors"},
    {"Kritisk linje", "Kritisk vej", "Critical path"},
    {"Saker til beslutning", "Sager til beslutning", "Pending decisions"},
    {"Beløp", "Beløb", "Amount"},
    {"Ikke med i rapporten", "Ikke med i rapporten", "Left out of the report"},
    {"Del", "Del", "Section"},
    {"Merknad", "Bemærkning", "Note"},
    {"Endringer siden forrige rapport", "Ændringer siden forrige rapport", "Changes since the previous report"},
    {"Endring", "Ændring", "Change"},
    {"Felt", "Felt", "Field"},
    {"Før", "Før", "Before"},
    {"Etter", "Efter", "After"},
    {"Ja", "Ja", "Yes"},
    {"Nei", "Nej", "No"},
    {"Ingen", "Ingen", "None"},
    {"Over rammen med saker til beslutning", "Over rammen med sager til beslutning", "Over frame with pending decisions"},
    {"Regel", "Regel", "Rule"},
    {"Alvorlighet", "Alvorlighed", "Severity"},
    {"Nøkkeltall", "Nøgletal", "Key figures"},
    {"Antall tiltak", "Antal initiativer", "Initiatives"},
    {"Vedtatt plan", "Besluttet plan", "Committed plan"},
    {"År over rammen", "År over rammen", "Years over frame"},
    {"Overbookede roller", "Overbookede roller", "Over-allocated roles"},
    {"Tiltak med rød status", "Initiativer med rød status", "Initiatives with red status"},
    {"Tidslinje", "Tidslinje", "Timeline"},
    {"Detaljer per tiltak", "Detaljer pr. initiativ", "Initiative details"},
    {"Hele porteføljen", "Hele porteføljen", "Whole portfolio"},
    {"Medlem", "Medlem", "Member"},
    {"Ikke målt", "Ikke målt", "Not measured"},
    {"Gevinstrealisering", "Gevinstrealisering", "Benefit realisation"},
    {"Etterlevelse", "Overholdelse af regler", "Compliance"},
    {"Ramme", "Ramme", "Frame"},
    {"Innhold", "Indhold", "Contents"},
    {"Ny", "Ny", "New"},
    {"Fjernet", "Fjernet", "Removed"},
    {"Datoer", "Datoer", "Dates"},
    {"Utdatert", "Forældet", "Stale"},
    {"Realiseringsgrad", "Realiseringsgrad", "Realisation degree"},
    {"Planlagt grad", "Planlagt grad", "Planned degree"},
    {"Planlagt hittil", "Planlagt til dato", "Planned to date"},
    {"Realisert hittil", "Realiseret til dato", "Realised to date"},
    {"Prognose for resten", "Forventet resterende", "Forecast remaining"},
    {"Full realisering (trend)", "Fuld realisering (trend)", "Full realisation (trend)"},
    {"Avvik", "Afvigelser", "Flags"},
    {"beregnet for hele tiltakene i omfanget, ikke medlemmets andel",
     "beregnet for hele initiativerne i omfanget, ikke medlemmets andel",
     "appraised for the whole initiatives in the scope, not the member's share"},
    {"hele gevinstenes beløp, ikke medlemmets andel", "hele gevinsternes beløb, ikke medlemmets andel",
     "the whole benefits' money, not the member's share"},
    {"Tidsplanen kunne ikke beregnes", "Tidsplanen kunne ikke beregnes", "The schedule could not be computed"},
    {"Uregistrert person", "Uregistreret person", "Unregistered person"},
    {"Prognose investering", "Prognose investering", "Forecast investment"},
    {"Prognose drift", "Prognose drift", "Forecast operating"},
    {"Over rammen etter prognose", "Over rammen efter prognose", "Over the frame on forecast"},
    {"ikke besluttet", "ikke besluttet", "not decided"},
    {"avvist eller avbrutt, ikke medregnet", "afvist eller annulleret, ikke medregnet", "rejected or cancelled, not counted"},
    {"Sammendrag", "Resumé", "Summary"},
    {"Vedlegg", "Bilag", "Appendix"},
    {"Hvorfor", "Hvorfor", "Why"},
    {"Budsjett og rammer", "Budget og rammer", "Budget and frames"},
    {"Innenfor rammen", "Inden for rammen", "Within the frame"},
    {"Side", "Side", "Page"},
    {"av", "af", "of"},
    {"Indikator", "Indikator", "Indicator"},
    {"ikke verdsatt i kroner", "ikke værdisat i kroner", "not valued in money"},
    {"Enhet", "Enhed", "Unit"},
    {"nominelt", "nominelt", "nominal"},
    {"herav ikke tilskrevet noe tiltak (ikke i økonomien)", "heraf ikke tilskrevet noget initiativ (ikke i økonomien)",
     "of which attributed to no initiative (not in the economy)"},
}};

// Every word has its entry: a missing one would leave the last entries empty.
static_assert(!words.back().en.empty(), "one entry per enum Word, in its order");

// The report's ids that people read by a word: the fields compare_reports() watches ("overall",
// "planned_finish"; "status.<dimension>.rag" apart) and the sections an omission names.
std::optional<std::string> id_text(std::string_view id, Language language) {
  static const std::map<std::string_view, Word, std::less<>> ids{
      {"stage", Word::stage}, {"overall", Word::overall}, {"planned_start", Word::planned_start},
      {"planned_finish", Word::planned_finish}, {"forecast_finish", Word::forecast_finish}, {"total_plan", Word::plan},
      {"total_actual", Word::actual}, {"total_forecast", Word::forecast}, {"schedule", Word::timeline},
      {"economy", Word::economy}, {"compliance", Word::compliance}, {"benefit_realisation", Word::benefit_realisation},
      {"capacity", Word::capacity}, {"goals", Word::goals}, {"risks", Word::risk_matrix},
      {"critical_path", Word::critical_path}};
  const auto it = ids.find(id);
  if (it == ids.end()) return std::nullopt;
  return std::string(word(it->second, language));
}

}  // namespace

std::string prerequisite_problem_text(const DependencyAtRisk& dependency, Language language) {
  switch (dependency.problem) {
    case PrerequisiteProblem::rejected: return std::string(stage_label(Stage::rejected, language));
    case PrerequisiteProblem::cancelled: return std::string(stage_label(Stage::cancelled, language));
    case PrerequisiteProblem::paused: return std::string(stage_label(Stage::paused, language));
    case PrerequisiteProblem::red_status:
      return language == Language::en ? "Red status" : "Rød status";
    case PrerequisiteProblem::late: break;
  }
  const std::string days = format_integer(dependency.late_days, language);
  if (language == Language::en) return days + " days late";
  return days + (language == Language::da ? " dage forsinket" : " dager forsinket");
}

std::string change_kind_text(ChangeKind kind, Language language) {
  switch (kind) {
    case ChangeKind::added: return std::string(word(Word::change_added, language));
    case ChangeKind::removed: return std::string(word(Word::change_removed, language));
    case ChangeKind::closed: return std::string(stage_label(Stage::closed, language));
    case ChangeKind::stage: return std::string(word(Word::stage, language));
    case ChangeKind::status: return std::string(word(Word::status, language));
    case ChangeKind::dates: return std::string(word(Word::dates, language));
    case ChangeKind::amounts: return std::string(word(Word::amount, language));
  }
  return {};
}

std::string change_field_text(std::string_view field, Language language) {
  if (auto text = id_text(field, language)) return *text;
  constexpr std::string_view prefix = "status.", suffix = ".rag";
  if (field.starts_with(prefix) && field.ends_with(suffix) && field.size() > prefix.size() + suffix.size())
    if (const auto dimension = enum_from_name<StatusDimension>(
            field.substr(prefix.size(), field.size() - prefix.size() - suffix.size())))
      return std::string(dimension_label(*dimension, language));
  return std::string(field);
}

std::string change_value_text(const std::string& value, Currency currency, Language language,
                              const std::function<std::string(Money)>& money) {
  if (value.empty()) return {};
  if (const auto date = parse_iso_date(value)) return format_date(*date, language);
  if (const auto stage = enum_from_name<Stage>(value)) return std::string(stage_label(*stage, language));
  if (const auto rag = enum_from_name<Rag>(value)) return std::string(rag_label(*rag, language));
  try {
    return money(Money::parse(value, currency));
  } catch (const Error&) {
    return value;
  }
}

std::string appendix_heading(std::size_t index, std::string_view title, Language language) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return std::string(word(Word::appendix, language)) + " " + letters + ": " + std::string(title);
}

std::string discounted_label(Word label, int discount_year, Language language) {
  const std::string year = std::to_string(discount_year);
  return std::string(word(label, language)) + (language == Language::en ? " in " + year + " money" : " i " + year + "-kroner");
}

std::string nominal_label(Word label, Language language) {
  return std::string(word(label, language)) + ", " + std::string(word(Word::nominal, language));
}

std::string section_text(std::string_view id, Language language) { return id_text(id, language).value_or(std::string(id)); }

std::string_view word(Word w, Language language) noexcept {
  const Words& entry = words[static_cast<std::size_t>(w)];
  return language == Language::nb ? entry.nb : language == Language::da ? entry.da : entry.en;
}

}  // namespace tiltak::detail
