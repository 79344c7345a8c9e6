#include "tiltak/reporting/labels.hpp"

#include <array>

namespace tiltak {
namespace {

struct Words {
  std::string_view nb, da, en;
  std::string_view in(Language language) const noexcept {
    return language == Language::nb ? nb : language == Language::da ? da : en;
  }
};

// In the order of enum Stage.
constexpr std::array<Words, 12> stage_words{{
    {"Idé", "Idé", "Idea"},
    {"Registrert", "Registreret", "Registered"},
    {"Forankret", "Forankret", "Anchored"},
    {"Til behandling i rådet", "Til behandling i rådet", "In council"},
    {"Anbefalt", "Anbefalet", "Recommended"},
    {"Godkjent", "Godkendt", "Approved"},
    {"Under gjennomføring", "Under gennemførelse", "In progress"},
    {"Fullført", "Gennemført", "Completed"},
    {"Avsluttet", "Afsluttet", "Closed"},
    {"Avvist", "Afvist", "Rejected"},
    {"Satt på vent", "Sat i bero", "Paused"},
    {"Avbrutt", "Annulleret", "Cancelled"},
}};

constexpr std::array<Words, 3> rag_words{{{"Grønn", "Grøn", "Green"}, {"Gul", "Gul", "Yellow"}, {"Rød", "Rød", "Red"}}};

// In the order of enum Role.
constexpr std::array<Words, 3> hosting_words{
    {{"Egen drift", "Egen drift", "Own"}, {"Felles drift", "Fælles drift", "Shared operations"}, {"Sky", "Cloud", "Cloud"}}};
constexpr std::array<Words, 4> system_lifecycle_words{{{"Planlagt", "Planlagt", "Planned"},
                                                       {"I drift", "I drift", "In operation"},
                                                       {"Utfases", "Udfases", "Phasing out"},
                                                       {"Avviklet", "Afviklet", "Decommissioned"}}};
constexpr std::array<Words, 6> role_words{{
    {"Eier", "Ejer", "Owner"},
    {"Gevinsteier", "Gevinstejer", "Benefit owner"},
    {"Sektorleder", "Sektorleder", "Sector leader"},
    {"Prosjektleder", "Projektleder", "Project manager"},
    {"Sekretariatet", "Sekretariatet", "Secretariat"},
    {"Annen rolle", "Anden rolle", "Other role"},
}};

// In the order of enum StatusDimension.
constexpr std::array<Words, 4> dimension_words{
    {{"Fremdrift", "Tidsplan", "Schedule"}, {"Kostnad", "Økonomi", "Cost"}, {"Omfang", "Omfang", "Scope"},
     {"Risiko", "Risiko", "Risk"}}};

// In the order of enum RealisationFlag.
constexpr std::array<Words, 5> realisation_flag_words{{
    {"Bak plan", "Bagud i forhold til plan", "Behind plan"},
    {"Mangler måling", "Mangler måling", "No measurement when due"},
    {"Mangler gevinsteier", "Mangler gevinstejer", "No owner"},
    {"Ikke målbar", "Ikke målbar", "Not measurable"},
    {"Målet går mot indikatorens retning", "Målet går mod indikatorens retning", "Target against the direction"},
}};

// In the order of enum Severity.
constexpr std::array<Words, 3> severity_words{
    {{"Feil", "Fejl", "Error"}, {"Advarsel", "Advarsel", "Warning"}, {"Merknad", "Bemærkning", "Note"}}};

}  // namespace

std::string_view severity_label(Severity severity, Language language) noexcept {
  return severity_words[static_cast<std::size_t>(severity)].in(language);
}

std::string_view resource_role_label(std::string_view role, Language language) noexcept {
  const auto person_role = enum_from_name<Role>(role);
  return person_role ? role_label(*person_role, language) : role;
}

std::string_view realisation_flag_label(RealisationFlag flag, Language language) noexcept {
  return realisation_flag_words[static_cast<std::size_t>(flag)].in(language);
}

std::string_view hosting_label(Hosting hosting, Language language) noexcept {
  return hosting_words[static_cast<std::size_t>(hosting)].in(language);
}

std::string_view system_lifecycle_label(SystemLifecycle lifecycle, Language language) noexcept {
  return system_lifecycle_words[static_cast<std::size_t>(lifecycle)].in(language);
}

std::string_view role_label(Role role, Language language) noexcept {
  return role_words[static_cast<std::size_t>(role)].in(language);
}

std::string_view dimension_label(StatusDimension dimension, Language language) noexcept {
  return dimension_words[static_cast<std::size_t>(dimension)].in(language);
}

std::string_view stage_label(Stage stage, Language language) noexcept {
  return stage_words[static_cast<std::size_t>(stage)].in(language);
}

std::string_view rag_label(Rag rag, Language language) noexcept {
  return rag_words[static_cast<std::size_t>(rag)].in(language);
}

Language default_language(Currency currency) noexcept {
  return currency == Currency::NOK ? Language::nb : currency == Currency::DKK ? Language::da : Language::en;
}

}  // namespace tiltak
