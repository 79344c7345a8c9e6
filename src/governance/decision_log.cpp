#include "tiltak/governance/decision_log.hpp"

#include <nlohmann/json.hpp>

#include "governance/sha256.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

std::string decision_hash(const Decision& d) {
  // The canonical form: fixed field order, compact, UTF-8 as given. Changing it breaks every
  // stored log, so it is documented in docs/governance.md and pinned by a test. The registry
  // entry is left out: the archive assigns it after the decision (apply_archive_receipt).
  nlohmann::ordered_json canonical{
      {"initiative", d.initiative.str()},
      {"from", enum_name(d.from)},
      {"to", enum_name(d.to)},
      {"body", enum_name(d.body)},
      {"decided_by", d.decided_by},
      {"date", to_iso(d.date)},
      {"amount", d.amount ? nlohmann::ordered_json(d.amount->to_string()) : nlohmann::ordered_json(nullptr)},
      {"currency", d.amount ? nlohmann::ordered_json(currency_code(d.amount->currency())) : nlohmann::ordered_json(nullptr)},
      {"conditions", d.conditions},
      {"reason", d.reason},
      {"case_reference", d.case_reference},
      {"previous_hash", d.previous_hash}};
  // Added with late registrations, and only when set, so that every entry logged before keeps
  // its hash.
  if (d.late_registration) canonical["late_registration"] = true;
  return detail::sha256_hex(canonical.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

void append_decision(std::vector<Decision>& log, Decision decision) {
  decision.previous_hash = log.empty() ? std::string() : log.back().hash;
  decision.hash = decision_hash(decision);
  log.push_back(std::move(decision));
}

ChainAnchor chain_head(const std::vector<Decision>& log) {
  if (log.empty()) return {};
  return {log.size(), log.back().hash, log.size(), log.back().hash};
}

LogVerification verify_decision_log(const std::vector<Decision>& log) {
  LogVerification result;
  result.entries = log.size();
  for (std::size_t i = 0; i < log.size(); ++i) {
    const std::string expected_previous = i == 0 ? std::string() : log[i - 1].hash;
    std::string reason;
    if (log[i].previous_hash != expected_previous)
      reason = i == 0 ? "the first entry names a previous entry" : "previous_hash does not match the entry before";
    else if (log[i].hash != decision_hash(log[i]))
      reason = "hash does not match the entry's content";
    if (!reason.empty()) {
      result.intact = false;
      result.first_broken = i;
      result.reason = std::move(reason);
      return result;
    }
  }
  return result;
}

Portfolio replay_decisions(Portfolio initial, const std::vector<Decision>& log) {
  for (std::size_t i = 0; i < log.size(); ++i) {
    const Decision& d = log[i];
    Problem problem;
    problem.source = "<decision log>";
    problem.pointer = "/decisions/" + std::to_string(i);
    problem.value = problem_value(d.initiative.str());
    Initiative* initiative = initial.find_initiative(d.initiative);
    if (!initiative) {
      problem.message = "no initiative has this id";
      throw Error(ErrorCode::validation_error, std::move(problem));
    }
    if (initiative->stage != d.from) {
      problem.message = "the decision moves it from " + std::string(enum_name(d.from)) + ", but it is " +
                        std::string(enum_name(initiative->stage)) + " at that point";
      throw Error(ErrorCode::validation_error, std::move(problem));
    }
    initiative->stage = d.to;
  }
  initial.decisions = log;
  return initial;
}

}  // namespace tiltak
