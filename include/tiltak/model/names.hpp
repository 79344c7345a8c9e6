#pragma once
// The names of the model's enumerations in documents and in every API: lower-case English
// with underscores ("in_progress", "finish_to_start").

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "tiltak/core/currency.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/model/benefit.hpp"
#include "tiltak/model/cost.hpp"
#include "tiltak/model/decision.hpp"
#include "tiltak/model/dependency.hpp"
#include "tiltak/model/initiative.hpp"
#include "tiltak/model/lifecycle.hpp"
#include "tiltak/model/organisation.hpp"
#include "tiltak/model/status.hpp"
#include "tiltak/model/system.hpp"

namespace tiltak {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

// Specialised in names.cpp for every enumeration that appears in a document.
template <class E>
std::span<const EnumName<E>> enum_names() noexcept;

#define TILTAK_DECLARE_ENUM_NAMES(E) \
  template <>                        \
  std::span<const EnumName<E>> enum_names<E>() noexcept
TILTAK_DECLARE_ENUM_NAMES(OrganisationKind);
TILTAK_DECLARE_ENUM_NAMES(Role);
TILTAK_DECLARE_ENUM_NAMES(StatusDimension);
TILTAK_DECLARE_ENUM_NAMES(Rag);
TILTAK_DECLARE_ENUM_NAMES(CostKind);
TILTAK_DECLARE_ENUM_NAMES(CostBasis);
TILTAK_DECLARE_ENUM_NAMES(DependencyType);
TILTAK_DECLARE_ENUM_NAMES(BenefitKind);
TILTAK_DECLARE_ENUM_NAMES(RecipientKind);
TILTAK_DECLARE_ENUM_NAMES(IndicatorDirection);
TILTAK_DECLARE_ENUM_NAMES(MandatoryReason);
TILTAK_DECLARE_ENUM_NAMES(DecisionBody);
TILTAK_DECLARE_ENUM_NAMES(Stage);
TILTAK_DECLARE_ENUM_NAMES(Commitment);
TILTAK_DECLARE_ENUM_NAMES(Hosting);
TILTAK_DECLARE_ENUM_NAMES(SystemLifecycle);
TILTAK_DECLARE_ENUM_NAMES(Criticality);
TILTAK_DECLARE_ENUM_NAMES(SystemActionKind);
TILTAK_DECLARE_ENUM_NAMES(Currency);  // ISO 4217 codes, as currency_code()
TILTAK_DECLARE_ENUM_NAMES(Language);  // "nb", "da", "en", as language_code()
#undef TILTAK_DECLARE_ENUM_NAMES

template <class E>
std::string_view enum_name(E value) noexcept {
  for (const auto& entry : enum_names<E>())
    if (entry.value == value) return entry.name;
  return "unknown";
}

template <class E>
std::optional<E> enum_from_name(std::string_view name) noexcept {
  for (const auto& entry : enum_names<E>())
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

// "green, yellow, red" for error messages.
template <class E>
std::string enum_name_list() {
  std::string list;
  for (const auto& entry : enum_names<E>()) list += (list.empty() ? "" : ", ") + std::string(entry.name);
  return list;
}

}  // namespace tiltak
