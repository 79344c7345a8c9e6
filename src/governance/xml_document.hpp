#pragma once
// Reading XML that comes from outside (the archive's receipts, messages to check) with libxml2,
// safely: a size cap, no DTD (so no entities, internal or external, and nothing fetched), and
// every failure as an Error with the line and column (docs/governance.md, "Reading XML").

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "tiltak/governance/fiks_arkiv.hpp"

namespace tiltak::detail {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlDocFree>;

// Error(parse_error) with `source`, line and column for text that is too large
// (max_archive_xml_bytes), not
// well-formed, or has a document type declaration (<!DOCTYPE ...>), which is refused before its
// declarations are read.
XmlDocument parse_untrusted_xml(std::string_view xml, const std::string& source);

inline const xmlChar* xml_chars(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

// Walking a parsed document: an element by local name and namespace, its text, its line.
bool named(const xmlNode* node, const char* name, const char* ns);
const xmlNode* child(const xmlNode* parent, const char* name, const char* ns);  // nullptr when absent
std::string text_of(const xmlNode* node);                                      // "" for nullptr
std::string attribute_of(const xmlNode* node, const char* name);              // "" when absent
std::size_t line_of(const xmlNode* node);                                      // 0 when unknown

}  // namespace tiltak::detail
