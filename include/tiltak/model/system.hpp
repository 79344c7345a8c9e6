#pragma once
// An IT system in the municipality's register (fagsystem / it-system), with its contracts and
// its data-processing agreement: the duties of governance that outlive every project (issue 23).
// Anchors: KITOS, the Danish municipalities' IT-system catalogue, and the joint data-processor
// secretariat, which supervises a supplier once for every member that uses its system.
//
// Contracts live inside their system: a contract is the system's, and its end date matters
// through the system (the deadline of the system's replacement). A system has at most one
// data-processing agreement, with its supplier.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"
#include "tiltak/core/id.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/security.hpp"

namespace tiltak {

// Where a system runs: on the municipality's own servers, in shared (inter-municipal)
// operations, or as a cloud service, which needs central clearance.
enum class Hosting { own, shared_operations, cloud };

enum class SystemLifecycle { planned, in_operation, phasing_out, decommissioned };

// What stops when the system stops.
enum class Criticality { low, medium, high, critical };

// What a contract must say about security: recorded, so that a rule can ask for it.
struct SecurityRequirements {
  bool encryption = false;              // data encrypted in transit and at rest
  bool central_user_directory = false;  // log-in through the municipality's central directory
  bool inspection_right = false;        // the municipality may inspect (audit) the supplier
  bool operator==(const SecurityRequirements&) const = default;
};

// A contract for the system with its supplier. An open-ended contract has no end.
struct Contract {
  std::string reference;  // the contract's number or case reference, e.g. "2021/443"
  Date start;
  std::optional<Date> end;
  int notice_months = 0;  // notice period before the end, 0..120
  SecurityRequirements security;
  bool operator==(const Contract&) const = default;
};

struct ItSystem {
  SystemId id;
  std::string name;
  std::optional<PersonId> owner;  // systemeier / systemejer
  std::vector<UnitId> units;      // the units that use it
  std::vector<MemberId> members;  // in a cooperation: the member municipalities that use it
  std::string supplier;
  Hosting hosting = Hosting::own;
  bool personal_data = false;       // processes personal data
  bool special_categories = false;  // of the special categories (GDPR art. 9); implies personal_data
  SystemLifecycle lifecycle = SystemLifecycle::in_operation;
  std::optional<Money> running_cost;  // a year, in the portfolio's currency
  std::optional<UnitId> cost_bearer;  // the unit whose budget carries the running cost
  Criticality criticality = Criticality::medium;
  std::optional<Date> risk_assessed;    // the last risk assessment (ROS)
  std::optional<Date> cloud_clearance;  // central clearance of the cloud service
  std::vector<Contract> contracts;
  std::optional<ProcessingAgreement> processing_agreement;  // with last_supervision
  bool operator==(const ItSystem&) const = default;
};

// What an initiative does to a system. `replaces` names the system replaced (`system`) and the
// one introduced in its place (`with`); the others name one system.
enum class SystemActionKind { introduces, replaces, changes, decommissions };

struct SystemAction {
  SystemActionKind kind = SystemActionKind::introduces;
  SystemId system;
  std::optional<SystemId> with;  // replaces only: the system introduced in its place
  bool operator==(const SystemAction&) const = default;
};

}  // namespace tiltak
