// The decision record verified as a whole: chain, stages and acknowledgements
// (include/tiltak/governance/decision_log.hpp; docs/governance.md, "What the chain proves").

#include <algorithm>
#include <map>
#include <vector>

#include "tiltak/governance/decision_log.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak {
namespace {

std::string text(Language language, std::string nb, std::string da, std::string en) {
  return language == Language::nb ? nb : language == Language::da ? da : en;
}

// Stages as people read them in the message's language (the report's words).
std::string stage(Stage s, Language language) { return std::string(stage_label(s, language)); }

std::string at(std::size_t index) { return "/decisions/" + std::to_string(index); }
std::string number(std::size_t index) { return std::to_string(index + 1); }

class Findings {
 public:
  explicit Findings(LogVerification& result) : result_(result) {}
  void add(std::string kind, std::string pointer, std::string message) {
    result_.intact = false;
    result_.findings.push_back({"<decision log>", std::move(pointer), 0, 0, std::move(kind), std::move(message)});
  }

 private:
  LogVerification& result_;
};

// Who vouches for a (number, hash): the archive, the store's history, or both.
struct Witnesses {
  bool archive = false;
  bool store_history = false;
};

// "the archive acknowledged" or "the store's history records", as the evidence says.
std::string witness(const Witnesses& w, Language language) {
  if (w.archive)
    return text(language, "arkivet har kvittert for", "arkivet har kvitteret for", "the archive acknowledged");
  return text(language, "lagerets historikk har", "lagerets historik har", "the store's history records");
}

// One vouched-for (number, hash) against the log; true when the log still holds it.
bool check_vouched(const std::vector<Decision>& log, std::size_t n, const std::string& hash, const Witnesses& by,
                   Findings& findings, Language language) {
  if (n == 0) return false;
  if (n > log.size()) {
    findings.add("cut_tail", "/decisions",
                 witness(by, language) + text(language, " vedtak ", " beslutning ", " decision ") + std::to_string(n) +
                     text(language, ", men loggen slutter ved vedtak ", ", men loggen slutter ved beslutning ",
                          ", but the log ends at decision ") +
                     std::to_string(log.size()) +
                     text(language, ": vedtak er fjernet", ": beslutninger er fjernet", ": decisions were removed"));
    return false;
  }
  if (log[n - 1].hash != hash) {
    const std::string where = by.archive ? text(language, " i arkivet, ", " i arkivet, ", " in the archive, ")
                                         : text(language, " i historikken, ", " i historikken, ", " in the history, ");
    findings.add("changed", at(n - 1),
                 text(language, "vedtak ", "beslutning ", "decision ") + std::to_string(n) +
                     text(language, " er ikke det ", " er ikke den, ", " is not the one ") + witness(by, language) +
                     " (hash " + hash.substr(0, 12) + where + log[n - 1].hash.substr(0, 12) +
                     text(language, " her): loggen er endret og kjeden beregnet på nytt",
                          " her): loggen er ændret og kæden beregnet igen",
                          " here): the log was changed and the chain re-hashed"));
    return false;
  }
  return true;
}

void check_stages(const Portfolio& portfolio, Findings& findings, Language language) {
  std::map<std::string, std::size_t> last;  // initiative id -> index of its last decision
  for (std::size_t i = 0; i < portfolio.decisions.size(); ++i) {
    const Decision& d = portfolio.decisions[i];
    if (!portfolio.find_initiative(d.initiative)) {
      findings.add("replay", at(i) + "/initiative",
                   text(language, "vedtak " + number(i) + " gjelder " + d.initiative.str() + ", som ikke finnes",
                        "beslutning " + number(i) + " gælder " + d.initiative.str() + ", som ikke findes",
                        "decision " + number(i) + " is on " + d.initiative.str() + ", which does not exist"));
      continue;
    }
    if (const auto before = last.find(d.initiative.str()); before != last.end()) {
      const Stage left = portfolio.decisions[before->second].to;
      if (left != d.from)
        findings.add("replay", at(i) + "/from",
                     text(language, "vedtak " + number(i) + " flytter " + d.initiative.str() + " fra ",
                          "beslutning " + number(i) + " flytter " + d.initiative.str() + " fra ",
                          "decision " + number(i) + " moves " + d.initiative.str() + " from ") +
                         stage(d.from, language) +
                         text(language, ", men vedtak " + number(before->second) + " etterlot det i ",
                              ", men beslutning " + number(before->second) + " efterlod det i ",
                              ", but decision " + number(before->second) + " left it ") +
                         stage(left, language));
    }
    last[d.initiative.str()] = i;
  }
  for (std::size_t k = 0; k < portfolio.initiatives.size(); ++k) {
    const Initiative& initiative = portfolio.initiatives[k];
    const auto found = last.find(initiative.id.str());
    if (found == last.end() || portfolio.decisions[found->second].to == initiative.stage) continue;
    findings.add("stage_without_decision", "/initiatives/" + std::to_string(k) + "/stage",
                 initiative.id.str() + text(language, " står som ", " står som ", " is ") +
                     stage(initiative.stage, language) +
                     text(language, ", men siste vedtak (" + number(found->second) + ") flyttet det til ",
                          ", men seneste beslutning (" + number(found->second) + ") flyttede det til ",
                          ", but its last decision (" + number(found->second) + ") moved it to ") +
                     stage(portfolio.decisions[found->second].to, language) +
                     text(language, ": ingen vedtak står bak stadiet", ": ingen beslutning står bag stadiet",
                          ": no decision is behind the stage"));
  }
}

}  // namespace

LogVerification verify_decision_log(const Portfolio& portfolio, const std::vector<ChainAnchor>& anchors,
                                    Language language) {
  const auto& log = portfolio.decisions;
  LogVerification result = verify_decision_log(log);
  result.language = language;
  Findings findings(result);
  if (result.first_broken) {
    result.findings.push_back({"<decision log>", at(*result.first_broken), 0, 0, "chain",
                               text(language, "vedtak ", "beslutning ", "decision ") + number(*result.first_broken) +
                                   ": " + result.reason});
  }
  // Each vouched-for (number, hash) once, however many receipts, archived copies and revisions
  // name it.
  std::map<std::pair<std::size_t, std::string>, Witnesses> vouched;
  for (std::size_t i = 0; i < log.size(); ++i)
    if (!log[i].acknowledged_hash.empty()) vouched[{i + 1, log[i].acknowledged_hash}].archive = true;
  for (const auto& anchor : anchors) {
    for (const auto& key : {std::pair{anchor.number, anchor.hash}, std::pair{anchor.head_number, anchor.head_hash}}) {
      Witnesses& w = vouched[key];
      (anchor.source == AnchorSource::archive ? w.archive : w.store_history) = true;
    }
  }
  // Evidence at or after a number the log fails vouches for nothing: the file's own receipts
  // may have been rewritten to agree with a re-hashed chain.
  std::size_t first_failed = log.size() + 1;
  std::vector<std::pair<std::size_t, Witnesses>> held;
  for (const auto& [key, by] : vouched) {
    if (check_vouched(log, key.first, key.second, by, findings, language))
      held.push_back({key.first, by});
    else if (key.first > 0)
      first_failed = std::min(first_failed, key.first);
  }
  for (const auto& [n, by] : held) {
    if (n >= first_failed) continue;
    if (by.archive) result.acknowledged = std::max(result.acknowledged, n);
    if (by.store_history) result.recorded = std::max(result.recorded, n);
  }
  check_stages(portfolio, findings, language);
  return result;
}

}  // namespace tiltak
