#pragma once
// The KS Fiks Arkiv v1 schemas tiltak validates against (schemas/fiks-arkiv/), compiled into
// the library so that every message is checked before it is handed out, with no data
// directory at run time (generated from those files at build time; they stay the one source).

#include <libxml/tree.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {

struct BundledSchemaFile {
  std::string_view name;  // as the schemas import each other ("./metadatakatalog.xsd")
  std::string_view text;  // NUL-terminated: a string literal
};

std::span<const BundledSchemaFile> bundled_schema_files() noexcept;

enum class FiksSchema { arkivmelding, kvittering };

// Every way `document` breaks the schema, each with `source` and its line; empty when it
// validates. The schemas are compiled once per process and then shared (read-only) by threads.
std::vector<Problem> bundled_schema_problems(xmlDoc* document, FiksSchema schema, const std::string& source);

}  // namespace tiltak::detail
