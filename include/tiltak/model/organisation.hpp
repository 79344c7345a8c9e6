#pragma once
// Who runs the portfolio: one municipality, or a cooperation of municipalities that share
// costs by an agreed key, with its service areas, units and the few people in roles.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/id.hpp"

namespace tiltak {

enum class OrganisationKind { municipality, cooperation };

// A member municipality of a cooperation. The cost-sharing keys of all members sum to
// 10 000 basis points (100 %); kept as integers so that the sum is exact.
struct Member {
  MemberId id;
  std::string name;
  int cost_share_basis_points = 0;
  bool operator==(const Member&) const = default;
};

// Tjenesteområde / fagområde: e.g. health and care, schools, kindergartens.
struct ServiceArea {
  ServiceAreaId id;
  std::string name;
  bool operator==(const ServiceArea&) const = default;
};

// An organisational unit (a department, an institution). In a cooperation it belongs to a member.
struct Unit {
  UnitId id;
  std::string name;
  ServiceAreaId service_area;
  std::optional<MemberId> member;
  bool operator==(const Unit&) const = default;
};

enum class Role { owner, benefit_owner, sector_leader, project_manager, secretariat, other };

// Only what the governance model needs: name, role and unit. No contact data, no ids of persons.
struct Person {
  PersonId id;
  std::string name;
  Role role = Role::other;
  std::optional<UnitId> unit;
  bool operator==(const Person&) const = default;
};

struct Organisation {
  std::string name;
  OrganisationKind kind = OrganisationKind::municipality;
  std::vector<Member> members;  // empty for a single municipality
  std::vector<ServiceArea> service_areas;
  std::vector<Unit> units;
  std::vector<Person> people;
  bool operator==(const Organisation&) const = default;
};

}  // namespace tiltak
