#include "reporting/report_words.hpp"

#include <array>

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
    {"Samlet plan", "Samlet plan", "Total plan"},
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
}};

// Every word has its entry: a missing one would leave the last entries empty.
static_assert(!words.back().en.empty(), "one entry per enum Word, in its order");

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

std::string_view word(Word w, Language language) noexcept {
  const Words& entry = words[static_cast<std::size_t>(w)];
  return language == Language::nb ? entry.nb : language == Language::da ? entry.da : entry.en;
}

}  // namespace tiltak::detail
