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

}  // namespace

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
