#pragma once
// Strong id types: an initiative id cannot be passed where a unit id is expected.

#include <compare>
#include <functional>
#include <string>
#include <utility>

namespace tiltak {

template <class Tag>
class Id {
 public:
  Id() = default;
  explicit Id(std::string value) : value_(std::move(value)) {}

  const std::string& str() const noexcept { return value_; }
  bool empty() const noexcept { return value_.empty(); }

  auto operator<=>(const Id&) const = default;

 private:
  std::string value_;
};

using InitiativeId = Id<struct InitiativeTag>;
using BenefitId = Id<struct BenefitTag>;
using GoalId = Id<struct GoalTag>;
using ServiceAreaId = Id<struct ServiceAreaTag>;
using UnitId = Id<struct UnitTag>;
using MemberId = Id<struct MemberTag>;
using PersonId = Id<struct PersonTag>;
using ComponentId = Id<struct ComponentTag>;
using RiskId = Id<struct RiskTag>;
using SystemId = Id<struct SystemTag>;

}  // namespace tiltak

template <class Tag>
struct std::hash<tiltak::Id<Tag>> {
  std::size_t operator()(const tiltak::Id<Tag>& id) const noexcept { return std::hash<std::string>{}(id.str()); }
};
