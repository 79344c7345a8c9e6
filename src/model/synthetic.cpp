#include "tiltak/model/synthetic.hpp"

// Determinism: every random choice goes through Rng below, which draws from std::mt19937_64
// (its sequence is fixed by the standard) and turns draws into integers by our own unbiased
// rejection rule. The distributions of <random> are implementation-defined and floating-point
// shapes could differ in the last bit between libms or with FMA contraction, so neither is
// used: shapes come from integer weight tables, amounts are computed in integer kroner and
// converted to minor units, and the few doubles in the model (indicator values, quantities,
// goal weights) are small integers or halves converted exactly.

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tiltak/core/date_range.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak {
namespace {

using boost::gregorian::days;

// ---------------------------------------------------------------------------------------
// Randomness
//
// Never two draws in one expression unless the language sequences them (&&, ||, ?:, separate
// statements): the order in which function arguments and the operands of + are evaluated is
// unspecified, and compilers differ, which would break determinism across platforms.

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n) for n > 0. Draws below 2^64 mod n are rejected, so every residue is
  // equally likely (and at most one draw in 2^63 / n is wasted).
  std::uint64_t index(std::uint64_t n) {
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
      const std::uint64_t x = engine_();
      if (x >= threshold) return x % n;
    }
  }
  // Uniform in [0, n), n > 0.
  int below(int n) { return static_cast<int>(index(static_cast<std::uint64_t>(n))); }
  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(index(static_cast<std::uint64_t>(hi - lo) + 1));
  }
  // True with probability per_mille / 1000.
  bool chance(int per_mille) { return below(1000) < per_mille; }
  // An index drawn with the given integer weights.
  template <std::size_t N>
  std::size_t weighted(const std::array<int, N>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = below(total);
    for (std::size_t i = 0; i < N; ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return N - 1;  // not reached
  }

 private:
  std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------------------
// Tables

struct AreaSpec {
  std::string_view id;
  std::string_view name;
  int weight;  // share of initiatives whose main service area this is
  std::array<std::string_view, 4> units;
  std::array<std::string_view, 8> subjects;  // what initiatives in the area are about
  std::string_view programme;
};

constexpr std::array<AreaSpec, 6> areas{{
    {"helse",
     "Helse og omsorg",
     30,
     {"Hjemmetjenesten", "Sykehjemmene", "Legevakt", "Tildelingskontoret"},
     {"velferdsteknologi i hjemmetjenesten", "elektronisk medisineringsstøtte", "digitalt tilsyn om natten",
      "meldingsutveksling med fastleger", "journalsystem for helse og omsorg", "digitale trygghetsalarmer",
      "varsling via Helsenorge", "turnus- og ressursstyring"},
     "Digital hjemmetjeneste"},
    {"skole",
     "Skole",
     20,
     {"Grunnskolene", "PP-tjenesten", "Skolefritidsordningen", "Voksenopplæringen"},
     {"læringsplattform", "skoleadministrativt system", "digital foreldrekontakt", "fraværsregistrering",
      "elev-PC-ordningen", "digitale prøver og vurdering", "skoleskyss", "søknad om SFO-plass"},
     "Skole 2030"},
    {"barnehage",
     "Barnehage",
     10,
     {"Kommunale barnehager", "Barnehagekontoret", "Spesialpedagogisk team", "Åpen barnehage"},
     {"barnehageopptak", "foreldrebetaling", "kommunikasjon med foresatte", "tilsyn med barnehager",
      "søknad om redusert foreldrebetaling", "pedagogisk dokumentasjon", "vikarformidling", "kapasitetsplanlegging"},
     "Barnehage i utvikling"},
    {"teknisk",
     "Teknisk og miljø",
     15,
     {"Byggesak", "Vann og avløp", "Eiendom", "Vei og park"},
     {"byggesaksbehandling", "fjernavlesning av vannmålere", "feilmelding fra innbyggere", "renovasjonsruter",
      "eiendomsforvaltning", "planregister", "styring av gatelys", "kart og oppmåling"},
     "Smart kommune"},
    {"kultur",
     "Kultur og fritid",
     5,
     {"Biblioteket", "Kulturskolen", "Frivilligsentralen", "Idrett og friluftsliv"},
     {"bibliotekssystem", "booking av kommunale lokaler", "kulturskoleopptak", "tilskuddsforvaltning",
      "arrangementskalender", "frivillighetsregister", "meråpent bibliotek", "billettsalg"},
     "Kultur for alle"},
    {"stab",
     "Stab og støtte",
     20,
     {"IKT-avdelingen", "Økonomiavdelingen", "HR-avdelingen", "Dokumentsenteret"},
     {"sak- og arkivsystem", "økonomisystem", "HR- og lønnssystem", "identitets- og tilgangsstyring", "innbyggerportal",
      "chatbot på innbyggertorget", "skyplattform", "digital signering"},
     "Digital forvaltning"},
}};

constexpr std::array<std::string_view, 8> title_prefixes{"Innføring av",    "Modernisering av", "Automatisering av",
                                                         "Ny løsning for",  "Anskaffelse av",   "Videreutvikling av",
                                                         "Integrasjon for", "Samordning av"};

constexpr std::array<std::string_view, 4> descriptions{
    "Tiltaket skal gi innbyggerne en enklere og raskere tjeneste.",
    "Tiltaket frigjør tid for ansatte ved å automatisere manuelle oppgaver.",
    "Tiltaket erstatter en utdatert løsning som leverandøren ikke lenger støtter.",
    "Tiltaket følger opp krav i ny lov og forskrift."};

constexpr std::array<std::string_view, 16> first_names{"Kari",  "Ola",    "Ingrid", "Lars",   "Silje", "Jonas",
                                                       "Nora",  "Erik",   "Marte",  "Anders", "Hanne", "Mads",
                                                       "Sofie", "Henrik", "Ida",    "Per"};
constexpr std::array<std::string_view, 14> last_names{"Hansen",   "Johansen", "Olsen",  "Larsen",      "Andersen",
                                                      "Pedersen", "Nilsen",   "Jensen", "Kristiansen", "Karlsen",
                                                      "Berg",     "Haugen",   "Dahl",   "Lie"};

constexpr std::array<std::string_view, 4> municipality_names_nb{"Fjordvik kommune", "Nordli kommune", "Sandvær kommune",
                                                                "Elvedal kommune"};
constexpr std::array<std::string_view, 4> municipality_names_da{"Fjordby Kommune", "Nørrelund Kommune",
                                                                "Skovhede Kommune", "Åbæk Kommune"};
constexpr std::array<std::string_view, 12> member_stems{"Fjordvik", "Nordli", "Sandvær", "Elvedal",
                                                        "Heimdal",  "Storås", "Vestby",  "Solbakken",
                                                        "Myrvoll",  "Lindås", "Brekke",  "Havnes"};

struct ComponentSpec {
  std::string_view name;
  std::string_view provider;
};
constexpr std::array<ComponentSpec, 6> components_no{{{"ID-porten", "Digdir"},
                                                      {"KS Fiks plattform", "KS"},
                                                      {"Digipost", "Posten Bring"},
                                                      {"Altinn 3", "Digdir"},
                                                      {"Folkeregisteret", "Skatteetaten"},
                                                      {"Helsenorge", "Norsk helsenett"}}};
constexpr std::array<ComponentSpec, 6> components_dk{{{"MitID", "Digitaliseringsstyrelsen"},
                                                      {"Digital Post", "Digitaliseringsstyrelsen"},
                                                      {"NemLog-in", "Digitaliseringsstyrelsen"},
                                                      {"Serviceplatformen", "KOMBIT"},
                                                      {"Datafordeleren", "Klimadatastyrelsen"},
                                                      {"Sundhed.dk", "Sundhed.dk"}}};

constexpr std::array<std::string_view, 5> goal_titles{
    "Innbyggerne får digitale tjenester som er enkle å bruke", "Ansatte bruker tiden på kjerneoppgaver",
    "Sikker og personvernvennlig drift", "God samhandling med region og stat", "Bærekraftig ressursbruk"};

// Resource roles of capacity and internal hours. The fourth is used only by some seeds.
constexpr std::array<std::string_view, 4> resource_roles{"project_manager", "developer", "advisor", "architect"};

constexpr std::array<std::string_view, 10> risk_titles{"Forsinket leveranse fra leverandør",
                                                       "Manglende kapasitet i fagavdelingen",
                                                       "Integrasjon mot fagsystem feiler",
                                                       "Lav bruk blant ansatte",
                                                       "Uavklarte personvernkonsekvenser",
                                                       "Kostnadsoverskridelse",
                                                       "Avhengighet til nasjonal komponent",
                                                       "Nøkkelperson slutter",
                                                       "Uklare krav",
                                                       "Umodent leverandørmarked"};
constexpr std::array<std::string_view, 6> mitigations{
    "Tett oppfølging av leverandør", "Frikjøp av ressurser i fagavdelingen",
    "Tidlig test av integrasjoner",  "Opplæring og superbrukere",
    "DPIA gjennomføres tidlig",      "Trinnvis innføring"};
constexpr std::array<std::string_view, 4> status_comments{"Forsinket leveranse", "Økte lisenskostnader",
                                                          "Uavklart omfang", "Mangler ressurser"};
constexpr std::array<std::string_view, 6> suppliers{"Visma", "Tietoevry", "Sikri",
                                                    "Acos",  "Microsoft", "Kommuneforlaget"};

// Stages in the proportions of a living municipal portfolio (per mille, in all_stages order):
// a long tail of ideas and registrations, many approved and in progress, few stopped.
constexpr std::array<int, 12> stage_weights{80, 140, 70, 40, 50, 140, 250, 90, 60, 30, 30, 20};

struct IndicatorSpec {
  BenefitKind kind;
  std::string_view name;
  std::string_view unit;  // empty: the portfolio's currency code
  IndicatorDirection direction;
  std::int64_t value_per_unit_nok;  // in whole NOK (scaled to the currency); 0 = not valued
  int quantity_lo, quantity_hi;     // planned yearly quantity at full effect
};
constexpr std::array<IndicatorSpec, 8> indicators{{
    {BenefitKind::cash_releasing, "Reduserte lisens- og driftskostnader", "", IndicatorDirection::decrease, 1, 50'000,
     2'000'000},
    {BenefitKind::cash_releasing, "Frigjorte årsverk", "FTE", IndicatorDirection::increase, 750'000, 1, 3},
    {BenefitKind::cash_releasing, "Reduserte porto- og utskriftskostnader", "", IndicatorDirection::decrease, 1, 20'000,
     400'000},
    {BenefitKind::non_cash, "Spart saksbehandlingstid", "hours", IndicatorDirection::increase, 650, 200, 8'000},
    {BenefitKind::non_cash, "Spart reisetid for ansatte", "hours", IndicatorDirection::increase, 550, 100, 3'000},
    {BenefitKind::non_cash, "Avvik i vedtak", "count", IndicatorDirection::decrease, 2'500, 20, 500},
    {BenefitKind::qualitative, "Brukertilfredshet", "score 1-6", IndicatorDirection::increase, 0, 0, 0},
    {BenefitKind::qualitative, "Opplevd tilgjengelighet", "percent", IndicatorDirection::increase, 0, 0, 0},
}};
// Cash-releasing 30 %, non-cash 50 %, qualitative 20 %.
constexpr std::array<int, 8> indicator_weights{15, 5, 10, 30, 12, 8, 12, 8};

// Initiative size in whole NOK of investment: heavy-tailed, as real portfolios are (many
// small, a few very large).
struct SizeClass {
  std::int64_t lo, hi;
};
constexpr std::array<SizeClass, 5> investment_classes{{{50'000, 300'000},
                                                       {300'000, 1'500'000},
                                                       {1'500'000, 6'000'000},
                                                       {6'000'000, 25'000'000},
                                                       {25'000'000, 80'000'000}}};
constexpr std::array<int, 5> investment_class_weights{20, 38, 27, 12, 3};

// Planned duration in days: 3-6 months, 6-12, 1-2 years, 2-3 years.
constexpr std::array<std::pair<int, int>, 4> duration_classes{{{90, 180}, {181, 365}, {366, 730}, {731, 1095}}};
constexpr std::array<int, 4> duration_weights{30, 40, 22, 8};

// The most one dependency can move its dependent's finish past its prerequisite's: the longest
// duration and the longest positive lag drawn below.
constexpr int longest_step_days = 1095 + 90;

// Hours of one full-time equivalent per year, the unit capacity is planned in.
constexpr long long hours_per_fte = 1500;

// ---------------------------------------------------------------------------------------
// Helpers

std::string make_id(std::string_view prefix, std::size_t number, int width) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  const auto length = static_cast<int>(end - digits);
  std::string id;
  id.reserve(prefix.size() + static_cast<std::size_t>(std::max(width, length)));
  id.append(prefix);
  if (length < width) id.append(static_cast<std::size_t>(width - length), '0');
  id.append(digits, end);
  return id;
}

int id_width(std::size_t count) {
  int width = 1;
  for (std::size_t n = count; n >= 10; n /= 10) ++width;
  return std::max(width, 3);
}

// Amounts are drawn in NOK and brought to a comparable size in the other currencies, in
// integer arithmetic.
struct Scale {
  std::int64_t numerator, denominator;
};
Scale scale_of(Currency currency) {
  switch (currency) {
    case Currency::DKK:
      return {2, 3};
    case Currency::EUR:
      return {1, 11};
    case Currency::NOK:
    case Currency::SEK:
      break;
  }
  return {1, 1};
}

Date date_of(int year, int month, int day) {
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

int year_of(Date date) { return static_cast<int>(date.year()); }

bool is_pipeline(Stage s) {
  return s == Stage::idea || s == Stage::registered || s == Stage::anchored || s == Stage::in_council ||
         s == Stage::recommended;
}
bool is_started(Stage s) {
  return s == Stage::in_progress || s == Stage::completed || s == Stage::closed || s == Stage::paused;
}
bool is_done(Stage s) { return s == Stage::completed || s == Stage::closed; }

std::string_view phase_of(Stage s, Rng& rng) {
  switch (s) {
    case Stage::idea:
    case Stage::registered:
    case Stage::anchored:
      return "concept";
    case Stage::in_council:
    case Stage::recommended:
    case Stage::approved:
      return "planning";
    case Stage::in_progress:
      return rng.chance(200) ? "planning" : "execution";
    case Stage::paused:
      return "execution";
    case Stage::completed:
    case Stage::closed:
      return "closing";
    case Stage::rejected:
    case Stage::cancelled:
      break;
  }
  return "";
}

// ---------------------------------------------------------------------------------------
// The generator

class Generator {
 public:
  explicit Generator(const SyntheticOptions& options)
      : options_(options),
        rng_(options.seed),
        currency_(options.currency),
        scale_(scale_of(options.currency)),
        first_year_(options.first_year),
        last_year_(options.first_year + options.years - 1),
        horizon_start_(date_of(first_year_, 1, 1)),
        horizon_end_(date_of(last_year_, 12, 31)),
        horizon_days_(static_cast<int>((horizon_end_ - horizon_start_).days()) + 1),
        out_degree_milli_(std::llround(options.dependencies_per_initiative * 1000.0)),
        longest_chain_(chain_limit(horizon_end_)),
        width_(id_width(options.initiatives)),
        demand_investment_(static_cast<std::size_t>(options.years), 0),
        demand_operating_(static_cast<std::size_t>(options.years), 0) {}

  Portfolio run() {
    portfolio_.currency = currency_;
    portfolio_.name = "Digitaliseringsportefølje " + std::to_string(first_year_) + "–" + std::to_string(last_year_);
    make_organisation();
    make_goals();
    make_components();
    roles_ = rng_.chance(500) ? 4 : 3;
    demand_hours_.assign(static_cast<std::size_t>(options_.years) * roles_, 0);

    const std::size_t n = options_.initiatives;
    portfolio_.initiatives.reserve(n);
    portfolio_.benefits.reserve(n - n / 3 + 8);  // 0.6 per initiative on average, with room
    for (std::size_t i = 0; i < n; ++i) make_initiative(i);
    const int benefit_width = id_width(portfolio_.benefits.size());
    for (std::size_t b = 0; b < portfolio_.benefits.size(); ++b)
      portfolio_.benefits[b].id = BenefitId(make_id("B-", b + 1, benefit_width));

    make_frames_and_capacity();
    return std::move(portfolio_);
  }

 private:
  // Whole units of the currency for an amount drawn in NOK, rounded down to `step` (at least one step).
  std::int64_t scaled(std::int64_t nok, std::int64_t step = 1) const {
    const std::int64_t value = nok * scale_.numerator / scale_.denominator;
    return std::max(step, value / step * step);
  }
  Money major(std::int64_t units) const { return Money(units * minor_per_major(currency_), currency_); }

  Date clamp_to_horizon(Date d) const { return std::min(d, horizon_end_); }

  // Chains of dependencies push finishes later, a step at most longest_step_days each; without a
  // limit their length grows with the portfolio (one in twenty initiatives: a 100 000-initiative
  // portfolio finished in the year 8477). Chains of at most this many initiatives keep every
  // schedule within the supported dates with half the room to spare.
  static std::uint32_t chain_limit(Date horizon_end) {
    const long room = (last_supported_date() - horizon_end).days();
    return static_cast<std::uint32_t>(std::max(1L, room / (2L * longest_step_days)));
  }

  // --- organisation ----------------------------------------------------------------------
  void make_organisation() {
    auto& org = portfolio_.organisation;
    const bool danish = currency_ == Currency::DKK;
    const auto& town_names = danish ? municipality_names_da : municipality_names_nb;
    const std::size_t members = options_.cooperation_members;
    if (members == 0) {
      org.name = std::string(town_names[rng_.index(town_names.size())]);
      org.kind = OrganisationKind::municipality;
    } else {
      org.name = danish ? "Fjordegnens IT-fællesskab" : "Fjordregionen IKT";
      org.kind = OrganisationKind::cooperation;
      org.members.reserve(members);
      // Keys by a rough size (population) weight, rounded down; the last member takes what
      // the rounding left, so that the keys sum to exactly 10 000 basis points.
      std::vector<int> weights(members);
      int total = 0;
      for (auto& w : weights) total += (w = rng_.between(1, 10));
      int assigned = 0;
      for (std::size_t m = 0; m < members; ++m) {
        Member member;
        member.id = MemberId(make_id("M-", m + 1, 2));
        std::string name(member_stems[m % member_stems.size()]);
        if (m >= member_stems.size()) name += " " + std::to_string(m / member_stems.size() + 1);
        member.name = name + (danish ? " Kommune" : " kommune");
        member.cost_share_basis_points = m + 1 == members ? 10000 - assigned : 10000 * weights[m] / total;
        assigned += member.cost_share_basis_points;
        org.members.push_back(std::move(member));
      }
    }

    // Six service areas with two to four units each.
    org.service_areas.reserve(areas.size());
    units_of_area_.resize(areas.size());
    for (std::size_t a = 0; a < areas.size(); ++a) {
      org.service_areas.push_back({ServiceAreaId(std::string(areas[a].id)), std::string(areas[a].name)});
      const int unit_count = rng_.between(2, 4);
      for (int u = 0; u < unit_count; ++u) {
        Unit unit;
        unit.id = UnitId(make_id("U-", org.units.size() + 1, 2));
        unit.name = std::string(areas[a].units[static_cast<std::size_t>(u)]);
        unit.service_area = org.service_areas.back().id;
        if (members > 0) unit.member = org.members[org.units.size() % members].id;
        units_of_area_[a].push_back(org.units.size());
        org.units.push_back(std::move(unit));
      }
    }

    // People in roles: per area a sector leader and two owners, a benefit owner per unit,
    // project managers, the portfolio secretariat and a data protection officer.
    auto add_person = [&](Role role, std::size_t unit) {
      Person person;
      person.id = PersonId(make_id("P-", org.people.size() + 1, 3));
      person.name = std::string(first_names[rng_.index(first_names.size())]);
      person.name.append(" ").append(last_names[rng_.index(last_names.size())]);
      person.role = role;
      person.unit = org.units[unit].id;
      org.people.push_back(std::move(person));
      return org.people.back().id;
    };
    sector_leader_of_area_.resize(areas.size());
    owners_of_area_.resize(areas.size());
    for (std::size_t a = 0; a < areas.size(); ++a) {
      const auto& units = units_of_area_[a];
      sector_leader_of_area_[a] = add_person(Role::sector_leader, units[0]);
      for (int k = 0; k < 2; ++k)
        owners_of_area_[a].push_back(add_person(Role::owner, units[static_cast<std::size_t>(k) % units.size()]));
    }
    for (std::size_t u = 0; u < org.units.size(); ++u)
      benefit_owner_of_unit_.push_back(add_person(Role::benefit_owner, u));
    const std::size_t it_unit = units_of_area_.back()[0];  // the IT department
    for (int k = 0; k < 8; ++k) project_managers_.push_back(add_person(Role::project_manager, it_unit));
    for (int k = 0; k < 2; ++k) add_person(Role::secretariat, it_unit);
    add_person(Role::other, it_unit);
  }

  void make_goals() {
    auto& goals = portfolio_.strategy.goals;
    for (std::size_t g = 0; g < goal_titles.size(); ++g) {
      StrategicGoal goal;
      goal.id = GoalId("G-" + std::to_string(g + 1));
      goal.title = std::string(goal_titles[g]);
      goal.weight = rng_.between(2, 4) / 2.0;  // 1, 1.5 or 2: exact
      goals.push_back(std::move(goal));
    }
  }

  void make_components() {
    const auto& specs = currency_ == Currency::DKK ? components_dk : components_no;
    const int count = rng_.between(4, 6);
    for (int c = 0; c < count; ++c) {
      const auto& spec = specs[static_cast<std::size_t>(c)];
      SharedComponent component;
      component.id = ComponentId(make_id("C-", static_cast<std::size_t>(c) + 1, 2));
      component.name = std::string(spec.name);
      component.provider = std::string(spec.provider);
      if (rng_.chance(330)) {
        const int year = first_year_ + rng_.below(std::min(options_.years, 2));
        const int month = rng_.between(1, 12);
        component.available_from = date_of(year, month, 1);
      }
      portfolio_.components.push_back(std::move(component));
    }
  }

  // --- initiatives -----------------------------------------------------------------------
  void make_initiative(std::size_t i) {
    Initiative ini;
    ini.id = InitiativeId(make_id("T-", i + 1, width_));
    const std::size_t area = rng_.weighted(area_weights());
    const AreaSpec& spec = areas[area];
    const std::string_view subject = spec.subjects[rng_.index(spec.subjects.size())];
    const std::string_view prefix = title_prefixes[rng_.index(title_prefixes.size())];
    ini.title.reserve(prefix.size() + 1 + subject.size());
    ini.title.append(prefix).append(" ").append(subject);
    if (rng_.chance(300)) ini.description = std::string(descriptions[rng_.index(descriptions.size())]);

    ini.service_areas.push_back(portfolio_.organisation.service_areas[area].id);
    if (rng_.chance(200)) {
      const std::size_t other = (area + 1 + rng_.index(areas.size() - 1)) % areas.size();
      ini.service_areas.push_back(portfolio_.organisation.service_areas[other].id);
    }

    const Stage stage = all_stages[rng_.weighted(stage_weights)];
    ini.stage = stage;
    ini.phase = std::string(phase_of(stage, rng_));
    if (stage != Stage::idea || rng_.chance(300)) ini.owner = owners_of_area_[area][rng_.index(2)];
    if (stage != Stage::idea) {
      const int year = first_year_ - rng_.below(2);
      const int number = rng_.between(1, 20000);
      ini.case_reference = std::to_string(year) + "/" + std::to_string(number);
    }
    if (rng_.chance(250)) ini.programme = std::string(spec.programme);

    // Planned dates within the horizon; finished work started early, the pipeline starts later.
    const bool has_plan = stage == Stage::idea         ? rng_.chance(500)
                          : stage == Stage::registered ? rng_.chance(800)
                                                       : true;
    const auto& dc = duration_classes[rng_.weighted(duration_weights)];
    const int duration = std::min(rng_.between(dc.first, dc.second), horizon_days_ - 1);
    const int max_start = horizon_days_ - 1 - duration;
    int start_offset = 0;
    if (is_done(stage) || stage == Stage::cancelled)
      start_offset = rng_.below(max_start / 3 + 1);
    else if (is_pipeline(stage) || stage == Stage::rejected)
      start_offset = max_start / 4 + rng_.below(max_start - max_start / 4 + 1);
    else
      start_offset = rng_.below(max_start / 2 + 1);
    const Date start = horizon_start_ + days(start_offset);
    const Date end = start + days(duration);
    if (has_plan) {
      ini.planned.start = start;
      ini.planned.end = end;
    }
    if (is_started(stage) || (stage == Stage::cancelled && rng_.chance(500))) {
      const Date actual_start = clamp_to_horizon(start + days(rng_.below(61)));
      ini.actual.start = actual_start;
      if (is_done(stage))
        ini.actual.end = std::max(actual_start, clamp_to_horizon(end + days(rng_.between(-30, 120))));
      else if (stage == Stage::cancelled)
        ini.actual.end = clamp_to_horizon(actual_start + days(rng_.below(200)));
    }

    if (stage != Stage::idea && stage != Stage::registered) {
      if (stage != Stage::rejected || rng_.chance(500)) {
        Anchoring anchoring;
        anchoring.sector_leader = sector_leader_of_area_[area];
        anchoring.recommended = stage != Stage::rejected;
        anchoring.date = start - days(rng_.between(60, 240));
        ini.anchoring = std::move(anchoring);
      }
    }

    if (stage == Stage::in_progress || stage == Stage::paused || (stage == Stage::approved && rng_.chance(300))) {
      const int reports = stage == Stage::approved ? 1 : rng_.between(1, 4);
      ini.status.reserve(static_cast<std::size_t>(reports));
      for (int r = 0; r < reports; ++r) {
        StatusReport report;
        report.dimension = static_cast<StatusDimension>(rng_.below(4));
        report.rag = static_cast<Rag>(rng_.weighted(std::array<int, 3>{60, 30, 10}));
        if (report.rag != Rag::green) report.comment = std::string(status_comments[rng_.index(status_comments.size())]);
        report.date = start + days(30 * r + rng_.below(30));
        ini.status.push_back(std::move(report));
      }
    }

    const int start_year = year_of(start);
    const int end_year = year_of(end);
    const bool estimated = has_plan || rng_.chance(400);
    if (estimated) make_costs(ini, area, start_year, end_year);
    make_risks(ini, start);
    make_dependencies(ini, i);
    make_goal_contributions(ini);
    if (rng_.chance(80)) {
      Mandate mandate;
      mandate.reason = static_cast<MandatoryReason>(rng_.weighted(std::array<int, 3>{50, 35, 15}));
      constexpr std::array<std::string_view, 3> why{"Lovpålagt etter ny forskrift", "Krav etter personvernforordningen",
                                                    "Pålegg fra Statsforvalteren"};
      mandate.explanation = std::string(why[static_cast<std::size_t>(mandate.reason)]);
      ini.mandatory = std::move(mandate);
    }
    make_security(ini, stage, start);

    const std::size_t benefit_count = rng_.weighted(std::array<int, 3>{50, 40, 10});
    for (std::size_t b = 0; b < benefit_count; ++b) make_benefit(ini, i, area, subject, start_year, stage);

    portfolio_.initiatives.push_back(std::move(ini));
  }

  static const std::array<int, 6>& area_weights() {
    static const std::array<int, 6> weights = [] {
      std::array<int, 6> w{};
      for (std::size_t a = 0; a < areas.size(); ++a) w[a] = areas[a].weight;
      return w;
    }();
    return weights;
  }

  // A hump: investment in the first one to three years, operating from the year after, and
  // internal hours while the work goes on. Amounts in whole kroner, investment in thousands.
  void make_costs(Initiative& ini, std::size_t area, int start_year, int end_year) {
    const Stage stage = ini.stage;
    const auto& size = investment_classes[rng_.weighted(investment_class_weights)];
    const std::int64_t thousands = scaled(rng_.between(size.lo, size.hi), 1000) / 1000;
    const int investment_last = std::min(end_year, start_year + 2);
    const int investment_years = investment_last - start_year + 1;
    static constexpr std::array<std::array<std::int64_t, 3>, 3> humps{{{100, 0, 0}, {60, 40, 0}, {30, 50, 20}}};
    const auto& hump = humps[static_cast<std::size_t>(investment_years - 1)];
    const int operating_pct = rng_.between(8, 20);
    const std::int64_t operating = std::max<std::int64_t>(1, thousands * operating_pct / 100);
    const int operating_years = std::max(0, last_year_ - investment_last);
    const int project_role_count = rng_.chance(750) ? 2 : 1;
    const bool valued_hours = rng_.chance(500);
    const std::int64_t hourly_rate = scaled(850);
    std::optional<UnitId> bearer;
    if (rng_.chance(300))
      bearer = portfolio_.organisation.units[units_of_area_[area][rng_.index(units_of_area_[area].size())]].id;
    const bool counts = !is_dropped(stage);

    ini.costs.reserve(static_cast<std::size_t>(investment_years * (1 + project_role_count) + operating_years + 2));
    auto add = [&](int year, CostKind kind, CostBasis basis, std::int64_t minor) {
      CostLine line;
      line.year = year;
      line.kind = kind;
      line.basis = basis;
      line.amount = Money(minor, currency_);
      line.bearer = bearer;
      ini.costs.push_back(std::move(line));
      return &ini.costs.back();
    };

    std::int64_t assigned = 0;
    std::int64_t first_year_investment = 0;
    for (int k = 0; k < investment_years; ++k) {
      const std::int64_t part =
          k + 1 == investment_years ? thousands - assigned : thousands * hump[static_cast<std::size_t>(k)] / 100;
      assigned += part;
      const int year = start_year + k;
      const std::int64_t minor = major(part * 1000).minor_units();
      add(year, CostKind::investment, CostBasis::plan, minor);
      if (year == first_year_) first_year_investment = minor;
      if (counts) demand_investment_[static_cast<std::size_t>(year - first_year_)] += minor;
    }
    for (int year = investment_last + 1; year <= last_year_; ++year) {
      // Half a year of operation in the first year after go-live.
      const std::int64_t part = year == investment_last + 1 ? std::max<std::int64_t>(1, operating / 2) : operating;
      const std::int64_t minor = major(part * 1000).minor_units();
      add(year, CostKind::operating, CostBasis::plan, minor);
      if (counts) demand_operating_[static_cast<std::size_t>(year - first_year_)] += minor;
    }
    const std::size_t second_role = 1 + rng_.index(roles_ - 1);
    for (int year = start_year; year <= investment_last; ++year) {
      for (int r = 0; r < project_role_count; ++r) {
        const std::size_t role = r == 0 ? 0 : second_role;
        const long long hours = r == 0 ? rng_.between(2, 9) * 50LL : rng_.between(4, 60) * 50LL;
        CostLine* line = add(year, CostKind::internal_hours, CostBasis::plan,
                             valued_hours ? major(hours * hourly_rate).minor_units() : 0);
        line->hours = hours;
        line->role = std::string(resource_roles[role]);
        line->bearer.reset();  // the hours are the organisation's own; no unit pays cash
        if (counts) demand_hours_[static_cast<std::size_t>(year - first_year_) * roles_ + role] += hours;
      }
    }
    // Booked and expected amounts, to the øre, for work under way or done in the first year.
    if (first_year_investment > 0 && (stage == Stage::in_progress || is_done(stage))) {
      const int percent = rng_.between(85, 115);
      const std::int64_t actual = first_year_investment / 100 * percent + rng_.below(100);
      add(first_year_, CostKind::investment, CostBasis::actual, actual);
    }
    if (stage == Stage::in_progress && investment_last > first_year_ && start_year <= first_year_ + 1 &&
        rng_.chance(400)) {
      const int year = std::max(start_year, first_year_ + 1);
      for (const auto& line : ini.costs)
        if (line.year == year && line.kind == CostKind::investment && line.basis == CostBasis::plan) {
          const std::int64_t forecast = line.amount.minor_units() / 100 * rng_.between(90, 130);
          add(year, CostKind::investment, CostBasis::forecast, forecast);
          break;
        }
    }
  }

  void make_risks(Initiative& ini, Date start) {
    const std::size_t count = rng_.weighted(std::array<int, 4>{30, 35, 25, 10});
    ini.risks.reserve(count);
    for (std::size_t r = 0; r < count; ++r) {
      Risk risk;
      risk.id = RiskId("R" + std::to_string(r + 1));
      risk.title = std::string(risk_titles[rng_.index(risk_titles.size())]);
      risk.probability = rng_.between(1, 5);
      risk.consequence = rng_.between(1, 5);
      if (rng_.chance(600)) risk.owner = project_managers_[rng_.index(project_managers_.size())];
      if (rng_.chance(500)) risk.mitigation = std::string(mitigations[rng_.index(mitigations.size())]);
      if (rng_.chance(500)) risk.last_assessed = start + days(rng_.below(200));
      if (rng_.chance(400)) risk.financial_consequence = major(scaled(rng_.between(1, 40) * 50'000, 1000));
      ini.risks.push_back(std::move(risk));
    }
  }

  // Edges only to lower-numbered initiatives, so the graph is acyclic by construction. The
  // count has mean `dependencies_per_initiative` (uniform on [0, 2 × mean], in thousandths);
  // four in five edges are local (within the 40 previous initiatives: the same programme of
  // work), the rest long-range.
  void make_dependencies(Initiative& ini, std::size_t i) {
    std::size_t count = 0;
    if (out_degree_milli_ > 0) {
      const auto x = rng_.index(static_cast<std::uint64_t>(2 * out_degree_milli_) + 1);
      count = static_cast<std::size_t>(x / 1000) + (rng_.index(1000) < x % 1000 ? 1 : 0);
    }
    count = std::min(count, i);
    const bool on_component = rng_.chance(150);
    ini.dependencies.reserve(count + (on_component ? 1 : 0));
    std::uint32_t chain = 1;  // the longest chain of prerequisites ending here, this one included
    for (std::size_t k = 0, attempts = 0; k < count && attempts < count + 4; ++attempts) {
      const std::size_t target = rng_.chance(800) ? i - 1 - rng_.index(std::min<std::size_t>(i, 40)) : rng_.index(i);
      if (chain_[target] >= longest_chain_) continue;  // another attempt: its chain is as long as allowed
      const InitiativeId& target_id = portfolio_.initiatives[target].id;
      const bool duplicate = std::any_of(ini.dependencies.begin(), ini.dependencies.end(), [&](const Dependency& d) {
        return std::get<InitiativeId>(d.on) == target_id;
      });
      if (duplicate) continue;
      Dependency dependency;
      dependency.on = target_id;
      dependency.type = static_cast<DependencyType>(rng_.weighted(std::array<int, 4>{70, 15, 10, 5}));
      switch (dependency.type) {
        case DependencyType::finish_to_start: {
          const std::size_t lag = rng_.weighted(std::array<int, 3>{60, 25, 15});
          dependency.lag_days = lag == 0 ? 0 : lag == 1 ? 7 * rng_.between(1, 8) : -7 * rng_.between(1, 4);
          break;
        }
        case DependencyType::start_to_start:
          dependency.lag_days = rng_.between(14, 90);
          break;
        case DependencyType::finish_to_finish:
          dependency.lag_days = rng_.between(0, 30);
          break;
        case DependencyType::start_to_finish:
          dependency.lag_days = 0;
          break;
      }
      ini.dependencies.push_back(std::move(dependency));
      chain = std::max(chain, chain_[target] + 1);
      ++k;
    }
    chain_.push_back(chain);
    if (on_component) {
      Dependency dependency;
      dependency.on = portfolio_.components[rng_.index(portfolio_.components.size())].id;
      ini.dependencies.push_back(std::move(dependency));
    }
  }

  void make_goal_contributions(Initiative& ini) {
    const std::size_t count = 1 + rng_.weighted(std::array<int, 3>{45, 40, 15});
    std::array<std::size_t, 5> order{0, 1, 2, 3, 4};
    ini.goals.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
      std::swap(order[k], order[k + rng_.index(order.size() - k)]);  // partial Fisher-Yates
      GoalContribution contribution;
      contribution.goal = portfolio_.strategy.goals[order[k]].id;
      contribution.score = 1 + static_cast<int>(rng_.weighted(std::array<int, 5>{10, 20, 30, 25, 15}));
      ini.goals.push_back(std::move(contribution));
    }
  }

  void make_security(Initiative& ini, Stage stage, Date start) {
    auto& security = ini.security;
    security.processes_personal_data = rng_.chance(550);
    security.cloud_service = rng_.chance(450);
    security.app_acquisition = rng_.chance(100);
    const bool assessed = stage != Stage::idea && stage != Stage::registered;
    if (assessed && security.processes_personal_data && rng_.chance(700))
      security.dpia_done = start - days(rng_.below(180));
    if (assessed && rng_.chance(600)) security.ros_done = start - days(rng_.below(180));
    if (assessed && (security.cloud_service || security.app_acquisition) && rng_.chance(600))
      security.security_clearance = start - days(rng_.below(120));
    if (security.processes_personal_data && security.cloud_service) {
      const int count = rng_.between(1, 2);
      const std::size_t first = rng_.index(suppliers.size());
      security.processing_agreements.reserve(static_cast<std::size_t>(count));
      for (int k = 0; k < count; ++k) {
        ProcessingAgreement agreement;
        agreement.supplier = std::string(suppliers[(first + static_cast<std::size_t>(k)) % suppliers.size()]);
        agreement.processes_personal_data = true;
        if (rng_.chance(700)) agreement.signed_on = start - days(rng_.below(90));
        security.processing_agreements.push_back(std::move(agreement));
      }
    }
  }

  // A benefit that lands one or two years after the costs start, often in another unit.
  void make_benefit(const Initiative& ini, std::size_t i, std::size_t area, std::string_view subject, int start_year,
                    Stage stage) {
    const IndicatorSpec& spec = indicators[rng_.weighted(indicator_weights)];
    Benefit benefit;
    benefit.kind = spec.kind;
    benefit.title.reserve(spec.name.size() + 2 + subject.size());
    benefit.title.append(spec.name).append(": ").append(subject);

    const auto& org = portfolio_.organisation;
    const std::size_t who = rng_.weighted(std::array<int, 4>{45, 40, 15, org.members.empty() ? 0 : 10});
    if (who == 0 || who == 1) {
      // Another service area's unit (45 %) or a unit of the initiative's own area (40 %).
      std::size_t target_area = area;
      if (who == 0) target_area = (area + 1 + rng_.index(areas.size() - 1)) % areas.size();
      const auto& units = units_of_area_[target_area];
      const std::size_t unit = units[rng_.index(units.size())];
      benefit.recipient = {RecipientKind::unit, org.units[unit].id.str()};
      benefit.owner = benefit_owner_of_unit_[unit];
    } else if (who == 2) {
      benefit.recipient.kind = static_cast<RecipientKind>(
          2 + rng_.weighted(std::array<int, 3>{70, 20, 10}));  // citizens, businesses, other public bodies
      if (rng_.chance(500)) benefit.owner = benefit_owner_of_unit_[rng_.index(benefit_owner_of_unit_.size())];
    } else {
      benefit.recipient = {RecipientKind::member, org.members[rng_.index(org.members.size())].id.str()};
    }

    benefit.indicator.name = std::string(spec.name);
    benefit.indicator.unit = spec.unit.empty() ? std::string(currency_code(currency_)) : std::string(spec.unit);
    benefit.indicator.direction = spec.direction;

    const int benefit_start = start_year + rng_.between(1, 2);
    const int profile_years = rng_.between(3, 5);
    const int benefit_end = benefit_start + profile_years - 1;
    const bool money_unit = spec.unit.empty();
    if (spec.kind == BenefitKind::qualitative) {
      // Scores in halves (3.5 → 4.5) or whole percentages; both exact in binary.
      const bool score = spec.unit == "score 1-6";
      const int base = score ? rng_.between(6, 9) : rng_.between(40, 75);
      const int gain = score ? rng_.between(1, 3) : rng_.between(5, 20);
      benefit.baseline = IndicatorValue{score ? base / 2.0 : base, date_of(start_year, 1, 1), {}, std::nullopt};
      benefit.target = IndicatorValue{score ? (base + gain) / 2.0 : base + gain, date_of(benefit_end, 12, 31), {}, std::nullopt};
    } else {
      const std::int64_t full = money_unit ? scaled(rng_.between(spec.quantity_lo, spec.quantity_hi), 1000)
                                           : rng_.between(spec.quantity_lo, spec.quantity_hi);
      static constexpr std::array<std::int64_t, 5> ramp{30, 70, 100, 100, 100};
      benefit.profile.reserve(static_cast<std::size_t>(profile_years));
      int full_rate_year = benefit_start;  // the first year at the largest quantity
      for (int k = 0; k < profile_years; ++k) {
        const std::int64_t quantity = std::max<std::int64_t>(1, full * ramp[static_cast<std::size_t>(k)] / 100);
        if (k > 0 && static_cast<double>(quantity) > benefit.profile.back().quantity) full_rate_year = benefit_start + k;
        benefit.profile.push_back({benefit_start + k, static_cast<double>(quantity)});
      }
      benefit.value_per_unit = major(money_unit ? 1 : scaled(spec.value_per_unit_nok));
      // For "decrease" indicators the baseline is a level that the benefit brings down.
      const std::int64_t level = spec.direction == IndicatorDirection::decrease ? full * rng_.between(2, 5) : 0;
      const std::int64_t target = spec.direction == IndicatorDirection::decrease ? level - full : full;
      // The target is due at the end of the first year at the full rate.
      benefit.baseline = IndicatorValue{static_cast<double>(level), date_of(start_year, 1, 1), {}, std::nullopt};
      benefit.target = IndicatorValue{static_cast<double>(target), date_of(full_rate_year, 12, 31), {}, std::nullopt};
      if (is_done(stage) && rng_.chance(500)) {
        const int count = rng_.between(1, 2);
        for (int k = 1; k <= count; ++k) {
          const std::int64_t value = level + (target - level) * k / 4;
          benefit.measurements.push_back({static_cast<double>(value), date_of(benefit_start, 3 * k + 3, 1), {}, std::nullopt});
        }
      }
    }

    // Contributors: the initiative alone (often with part of the effect attributed elsewhere),
    // or together with a nearby earlier one; shares never sum above 100 %.
    if (i > 0 && rng_.chance(150)) {
      const std::size_t other = i - 1 - rng_.index(std::min<std::size_t>(i, 20));
      const int first = 5000 + 1000 * rng_.below(3);
      const int second = 10000 - first - 500 * rng_.below(3);
      benefit.contributors.push_back({ini.id, first});
      benefit.contributors.push_back({portfolio_.initiatives[other].id, second});
    } else {
      benefit.contributors.push_back({ini.id, rng_.chance(800) ? 10000 : 5000 + 1000 * rng_.below(5)});
    }
    if (!ini.goals.empty() && rng_.chance(600)) benefit.goals.push_back(ini.goals[rng_.index(ini.goals.size())].goal);
    portfolio_.benefits.push_back(std::move(benefit));
  }

  // Frames below demand (70-90 % of what the non-dropped initiatives plan), so that
  // prioritisation has something to decide; capacity likewise, in whole FTEs.
  void make_frames_and_capacity() {
    auto& strategy = portfolio_.strategy;
    const std::int64_t step = 1000 * minor_per_major(currency_);
    strategy.budget_frames.reserve(static_cast<std::size_t>(options_.years));
    strategy.capacity.reserve(static_cast<std::size_t>(options_.years) * roles_);
    for (int y = 0; y < options_.years; ++y) {
      const auto index = static_cast<std::size_t>(y);
      BudgetFrame frame;
      frame.year = first_year_ + y;
      frame.investment = Money(demand_investment_[index] / 100 * rng_.between(70, 90) / step * step, currency_);
      frame.operating = Money(demand_operating_[index] / 100 * rng_.between(80, 95) / step * step, currency_);
      strategy.budget_frames.push_back(frame);
      for (std::size_t role = 0; role < roles_; ++role) {
        const long long demand = demand_hours_[index * roles_ + role];
        const long long ftes = std::max(1LL, (demand * rng_.between(70, 85) / 100 + hours_per_fte - 1) / hours_per_fte);
        strategy.capacity.push_back({first_year_ + y, std::string(resource_roles[role]), ftes * hours_per_fte});
      }
    }
  }

  SyntheticOptions options_;
  Rng rng_;
  Currency currency_;
  Scale scale_;
  int first_year_, last_year_;
  Date horizon_start_, horizon_end_;
  int horizon_days_;
  long long out_degree_milli_;
  std::uint32_t longest_chain_;
  std::vector<std::uint32_t> chain_;  // of each initiative made so far: see chain_limit()
  int width_;
  std::size_t roles_ = 3;

  Portfolio portfolio_;
  std::vector<std::vector<std::size_t>> units_of_area_;
  std::vector<PersonId> sector_leader_of_area_;
  std::vector<std::vector<PersonId>> owners_of_area_;
  std::vector<PersonId> benefit_owner_of_unit_;
  std::vector<PersonId> project_managers_;
  // Planned demand of the initiatives that are not dropped, per year (and role), in minor
  // units and hours. An initiative plans at most about 10^11 minor units, so these cannot
  // overflow before memory runs out.
  std::vector<std::int64_t> demand_investment_, demand_operating_;
  std::vector<long long> demand_hours_;
};

void check(const SyntheticOptions& options) {
  auto fail = [](const std::string& message) {
    throw Error(ErrorCode::invalid_argument, "generate_portfolio: " + message);
  };
  const double degree = options.dependencies_per_initiative;
  if (!std::isfinite(degree) || degree < 0 || degree > 1000)
    fail("dependencies_per_initiative must be between 0 and 1000");
  if (options.years < 1 || options.years > 50) fail("years must be between 1 and 50");
  // Every date lies in the supported range (core/date_range.hpp): anchoring and assessments are
  // dated up to 240 days before the horizon, and benefit profiles run up to six years past it.
  if (options.first_year <= first_supported_year || options.first_year + options.years + 5 > last_supported_year)
    fail("first_year must be after " + std::to_string(first_supported_year) +
         " and the horizon with its benefit profiles end by " + std::to_string(last_supported_year));
  if (options.cooperation_members == 1 || options.cooperation_members > 100)
    fail("cooperation_members must be 0 (a municipality) or 2..100");
}

}  // namespace

Portfolio generate_portfolio(const SyntheticOptions& options) {
  check(options);
  return Generator(options).run();
}

}  // namespace tiltak
