#pragma once
// Words for people, in Norwegian bokmål, Danish and English.

#include <string_view>

#include "tiltak/benefits/realisation.hpp"
#include "tiltak/core/currency.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/governance/rulebook.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/organisation.hpp"
#include "tiltak/model/status.hpp"
#include "tiltak/model/system.hpp"

namespace tiltak {

std::string_view stage_label(Stage stage, Language language) noexcept;  // "Under gjennomføring"
std::string_view rag_label(Rag rag, Language language) noexcept;        // "Gul"
std::string_view role_label(Role role, Language language) noexcept;     // "Prosjektleder"
std::string_view dimension_label(StatusDimension dimension, Language language) noexcept;  // "Fremdrift"
std::string_view realisation_flag_label(RealisationFlag flag, Language language) noexcept;  // "Bak plan"
std::string_view severity_label(Severity severity, Language language) noexcept;  // "Advarsel"
std::string_view hosting_label(Hosting hosting, Language language) noexcept;      // "Felles drift"
std::string_view system_lifecycle_label(SystemLifecycle lifecycle, Language language) noexcept;  // "I drift"
// A resource role of the capacity plan (a free id): a person's role by its label
// ("project_manager" is "Prosjektleder"), any other id as written.
std::string_view resource_role_label(std::string_view role, Language language) noexcept;

// The customary language of a currency's users: nb for NOK, da for DKK, otherwise en.
Language default_language(Currency currency) noexcept;

}  // namespace tiltak
