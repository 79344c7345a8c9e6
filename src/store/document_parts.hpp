#pragma once
// A portfolio document cut into the entities a store keeps one row each for, and put back
// together byte for byte (the document's canonical text: to_json of the portfolio).

#include <string>
#include <string_view>
#include <vector>

#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

// One entity: `kind` is "portfolio" (the document without its initiatives, benefits and
// decisions: name, currency, organisation, strategy, components), "initiative", "benefit" or
// "decision"; `id` its id ("" for the portfolio, the 1-based number for a decision);
// `content` its compact JSON text.
struct DocumentPart {
  std::string kind;
  std::string id;
  std::string content;
  bool operator==(const DocumentPart&) const = default;
};

// The parts in document order: the portfolio first, then the initiatives, benefits and
// decisions as they stand in their arrays.
std::vector<DocumentPart> split_document(std::string_view canonical_json);
// The same parts made from the portfolio itself, without writing and reading its whole
// document: split_document(to_json(portfolio)) == split_portfolio(portfolio).
std::vector<DocumentPart> split_portfolio(const Portfolio& portfolio);
DocumentPart portfolio_part(const Portfolio& portfolio);
DocumentPart entity_part(const Initiative& initiative);
DocumentPart entity_part(const Benefit& benefit);
DocumentPart entity_part(const Decision& decision, std::size_t index);  // index: its place in the log

// The canonical text again. Error(internal) when the parts do not make one document.
std::string join_document(const std::vector<DocumentPart>& parts);

// The hash of one decision's part.
std::string decision_hash(const DocumentPart& decision);
// The hashes of the decisions among the parts, in the log's order.
std::vector<std::string> decision_hashes(const std::vector<DocumentPart>& parts);
// The decision log's last hash in the parts ("" when there are no decisions).
std::string chain_head(const std::vector<DocumentPart>& parts);

}  // namespace tiltak::detail
