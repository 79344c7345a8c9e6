#pragma once
// Security and privacy facts that the governance rules check (GDPR, cloud clearance).

#include <optional>
#include <string>
#include <vector>

#include "tiltak/core/date.hpp"

namespace tiltak {

// A supplier's data-processing agreement (databehandleravtale / databehandleraftale).
struct ProcessingAgreement {
  std::string supplier;
  bool processes_personal_data = false;
  std::optional<Date> signed_on;  // empty = no agreement yet
  // The last supervision (tilsyn) of the data processor, also when done once for every member
  // by a joint secretariat. Recorded for a system's agreement (model/system.hpp).
  std::optional<Date> last_supervision;
  bool operator==(const ProcessingAgreement&) const = default;
};

struct SecurityFacts {
  bool processes_personal_data = false;
  bool cloud_service = false;    // acquires or uses a cloud service
  bool app_acquisition = false;  // acquires an app
  std::optional<Date> dpia_done;           // data protection impact assessment (GDPR art. 35)
  std::optional<Date> ros_done;            // risk and vulnerability assessment (ROS)
  std::optional<Date> security_clearance;  // central security clearance of cloud service / app
  std::vector<ProcessingAgreement> processing_agreements;
  bool operator==(const SecurityFacts&) const = default;
};

}  // namespace tiltak
