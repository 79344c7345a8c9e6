#pragma once
// One validation of a parsed XML document against a compiled XML schema, the problems collected
// with their lines (shared by the bundled schemas and schema_problems()).

#include <libxml/xmlschemas.h>

#include <string>
#include <vector>

#include "governance/xml_document.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak::detail {

std::vector<Problem> schema_check(xmlDoc* document, xmlSchema* schema, const std::string& source);

}  // namespace tiltak::detail
