// The decision log's anchor read back from an archived decision message
// (include/tiltak/governance/fiks_arkiv.hpp; docs/governance.md, "What the chain proves").

#include <charconv>

#include "governance/bundled_schemas.hpp"
#include "governance/fiks_namespaces.hpp"
#include "governance/xml_document.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"

namespace tiltak {
namespace {

using detail::attribute_of;
using detail::child;

const std::string source = "<arkivmelding>";

[[noreturn]] void no_anchor(const xmlNode* node, const std::string& value, const std::string& what) {
  throw Error(ErrorCode::validation_error, Problem{source, "", detail::line_of(node), 0, problem_value(value), what});
}

// nummer="n" (from 1) and hash="<64 lower-case hex digits>" of tl:vedtak or tl:kjedehode.
std::pair<std::size_t, std::string> entry_of(const xmlNode* log, const char* name) {
  const xmlNode* node = child(log, name, detail::decision_log_ns);
  if (!node) no_anchor(log, "", std::string("the decision log's anchor has no ") + name);
  const std::string number = attribute_of(node, "nummer");
  std::size_t n = 0;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), n);
  if (error != std::errc() || end != number.data() + number.size() || n == 0)
    no_anchor(node, number, std::string(name) + "/@nummer must be a decision number from 1");
  std::string hash = attribute_of(node, "hash");
  if (hash.size() != 64 || hash.find_first_not_of("0123456789abcdef") != std::string::npos)
    no_anchor(node, hash, std::string(name) + "/@hash must be a SHA-256 in 64 lower-case hex digits");
  return {n, std::move(hash)};
}

}  // namespace

ChainAnchor read_chain_anchor(std::string_view xml) {
  const detail::XmlDocument document = detail::parse_untrusted_xml(xml, source);
  if (auto problems = detail::bundled_schema_problems(document.get(), detail::FiksSchema::arkivmelding, source);
      !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
  const xmlNode* root = xmlDocGetRootElement(document.get());
  const xmlNode* entry = child(root, "registrering", detail::arkivmelding_ns);
  const xmlNode* log =
      child(child(entry, "virksomhetsspesifikkeMetadata", detail::arkivmelding_ns), "beslutningslogg",
            detail::decision_log_ns);
  if (!log) no_anchor(entry ? entry : root, "", "not a decision message of tiltak: no beslutningslogg in virksomhetsspesifikkeMetadata");
  ChainAnchor anchor;
  std::tie(anchor.number, anchor.hash) = entry_of(log, "vedtak");
  std::tie(anchor.head_number, anchor.head_hash) = entry_of(log, "kjedehode");
  if (anchor.head_number < anchor.number)
    no_anchor(log, std::to_string(anchor.head_number), "the chain head comes before the decision it anchors");
  return anchor;
}

}  // namespace tiltak
