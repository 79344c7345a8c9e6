#include "store/document_parts.hpp"

#include <array>

#include "io/json_reader.hpp"
#include "io/portfolio_writer.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

struct Collection {
  const char* key;   // the document's array
  const char* kind;  // the kind of its entities
};
// The arrays that hold entities, and the order their kinds follow the portfolio in the parts.
constexpr std::array<Collection, 3> collections{
    {{"initiatives", "initiative"}, {"benefits", "benefit"}, {"decisions", "decision"}}};

std::string entity_id(const Json& item, const char* kind, std::size_t index) {
  if (std::string_view(kind) == "decision") return std::to_string(index + 1);
  return item.at("id").get<std::string>();
}

}  // namespace

std::vector<DocumentPart> split_document(std::string_view canonical_json) {
  Json document = parse_json(canonical_json, "<store>");
  std::vector<DocumentPart> parts{{"portfolio", "", ""}};
  for (const auto& [key, kind] : collections) {
    const auto found = document.find(key);
    if (found == document.end()) continue;
    for (std::size_t i = 0; i < found->size(); ++i)
      parts.push_back({kind, entity_id((*found)[i], kind, i), (*found)[i].dump()});
    *found = Json::array();  // keeps the key's place in the document's order
  }
  parts.front().content = document.dump();
  return parts;
}

DocumentPart portfolio_part(const Portfolio& portfolio) {
  // Written in the version of the whole document: an initiative's system actions need version 2
  // as much as the systems here do.
  const Portfolio own_fields{portfolio.name,       portfolio.currency, portfolio.organisation,
                             portfolio.strategy,   portfolio.components, {}, {}, {}, portfolio.systems,
                             written_schema_version(portfolio)};
  Json document = to_document(own_fields);
  // The document writes an array only when it holds something; split_document leaves such an
  // array in its place, empty, and the collections close the document in this order.
  const auto keep_place = [&](const char* key, bool present) {
    if (present) document[key] = Json::array();
  };
  keep_place("initiatives", !portfolio.initiatives.empty());
  keep_place("benefits", !portfolio.benefits.empty());
  keep_place("decisions", !portfolio.decisions.empty());
  return {"portfolio", "", document.dump()};
}

DocumentPart entity_part(const Initiative& initiative) {
  return {"initiative", initiative.id.str(), to_document(initiative).dump()};
}

DocumentPart entity_part(const Benefit& benefit) { return {"benefit", benefit.id.str(), to_document(benefit).dump()}; }

DocumentPart entity_part(const Decision& decision, std::size_t index) {
  return {"decision", std::to_string(index + 1), to_document(decision).dump()};
}

std::vector<DocumentPart> split_portfolio(const Portfolio& portfolio) {
  std::vector<DocumentPart> parts{portfolio_part(portfolio)};
  parts.reserve(1 + portfolio.initiatives.size() + portfolio.benefits.size() + portfolio.decisions.size());
  for (const auto& initiative : portfolio.initiatives) parts.push_back(entity_part(initiative));
  for (const auto& benefit : portfolio.benefits) parts.push_back(entity_part(benefit));
  for (std::size_t i = 0; i < portfolio.decisions.size(); ++i) parts.push_back(entity_part(portfolio.decisions[i], i));
  return parts;
}

std::string join_document(const std::vector<DocumentPart>& parts) {
  if (parts.empty() || parts.front().kind != "portfolio")
    throw Error(ErrorCode::internal, "store: a stored state without its portfolio entity");
  Json document = parse_json(parts.front().content, "<store>");
  for (auto part = parts.begin() + 1; part != parts.end(); ++part) {
    const auto* collection = std::find_if(collections.begin(), collections.end(),
                                          [&](const Collection& c) { return part->kind == c.kind; });
    const auto array = collection == collections.end() ? document.end() : document.find(collection->key);
    if (array == document.end())
      throw Error(ErrorCode::internal, "store: a stored " + part->kind + " \"" + part->id + "\" has no place in the document");
    array->push_back(parse_json(part->content, "<store>"));
  }
  return document.dump(2) + "\n";
}

std::string decision_hash(const DocumentPart& decision) {
  return parse_json(decision.content, "<store>").at("hash").get<std::string>();
}

std::vector<std::string> decision_hashes(const std::vector<DocumentPart>& parts) {
  std::vector<std::string> hashes;
  for (const auto& part : parts)
    if (part.kind == "decision") hashes.push_back(decision_hash(part));
  return hashes;
}

std::string chain_head(const std::vector<DocumentPart>& parts) {
  for (auto part = parts.rbegin(); part != parts.rend(); ++part)
    if (part->kind == "decision") return decision_hash(*part);
  return "";
}

}  // namespace tiltak::detail
