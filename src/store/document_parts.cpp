#include "store/document_parts.hpp"

#include <array>

#include "io/json_reader.hpp"
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

std::string chain_head(const std::vector<DocumentPart>& parts) {
  for (auto part = parts.rbegin(); part != parts.rend(); ++part)
    if (part->kind == "decision") return decision_hash(*part);
  return "";
}

}  // namespace tiltak::detail
