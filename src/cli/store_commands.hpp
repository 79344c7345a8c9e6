#pragma once
// The store commands of the tiltak tool: store init|import|export|history|show|diff
// (docs/store.md).

#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "tiltak/reporting/report.hpp"

namespace tiltak::cli {

// The rows of the command table for store.
std::vector<Command> store_commands();

// Every command that reads a FILE also reads a store at --at REV|DATE; says so in its usage.
std::vector<Command> with_store_reading(std::vector<Command> commands);

// The report to compare with for `report LOCATION --since SINCE`: the file SINCE (a previous
// report's JSON) when it exists, else the report of LOCATION at the revision or date SINCE,
// with `options` but as of the day (UTC) of that revision.
std::string previous_report_json(const std::string& location, const std::string& since, ReportOptions options);

}  // namespace tiltak::cli
