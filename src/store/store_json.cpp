#include "tiltak/store/store_json.hpp"

#include "io/json_output.hpp"
#include "io/json_reader.hpp"

namespace tiltak {
namespace {

detail::OutputJson revision_object(const Revision& revision) {
  return {{"revision", revision.number},   {"author", revision.author},         {"time", revision.time},
          {"message", revision.message}, {"chain_head", revision.chain_head}};
}

detail::OutputJson changes_array(const std::vector<EntityChange>& changes) {
  detail::OutputJson list = detail::OutputJson::array();
  for (const auto& change : changes)
    list.push_back({{"entity", change.entity}, {"id", change.id}, {"change", entity_change_name(change.kind)}});
  return list;
}

}  // namespace

std::string_view entity_change_name(EntityChange::Kind kind) noexcept {
  switch (kind) {
    case EntityChange::Kind::added: return "added";
    case EntityChange::Kind::removed: return "removed";
    case EntityChange::Kind::changed: break;
  }
  return "changed";
}

std::string revisions_to_json(const std::vector<Revision>& revisions) {
  detail::OutputJson list = detail::OutputJson::array();
  for (const auto& revision : revisions) list.push_back(revision_object(revision));
  return detail::dump_json(list, 2);
}

std::string entity_changes_to_json(const std::vector<EntityChange>& changes) {
  return detail::dump_json(changes_array(changes), 2);
}

std::string revision_to_json(const Revision& revision) { return detail::dump_json(revision_object(revision), 2); }

std::string revision_to_json(const Revision& revision, const std::vector<EntityChange>& changes) {
  auto object = revision_object(revision);
  object["changes"] = changes_array(changes);
  return detail::dump_json(object, 2);
}

ChangeInfo change_info_from_json(std::string_view json, std::string_view source) {
  const detail::Json document = detail::parse_json(json, source);
  detail::DocumentReader reader(std::string(source), Currency::NOK);
  detail::ObjectReader object(reader, document, "", {"author", "message", "time"});
  ChangeInfo info;
  object.required("author", info.author);
  object.optional("message", info.message);
  object.optional("time", info.time);
  if (!reader.problems().empty()) throw Error(ErrorCode::validation_error, reader.take_problems());
  return info;
}

}  // namespace tiltak
