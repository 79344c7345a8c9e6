#include "governance/bundled_schemas.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

#include "governance/xml_schema_check.hpp"

namespace tiltak::detail {
namespace {

// The schemas import each other by relative schemaLocation; read from this base, libxml2 asks
// its entity loader for "tiltak-bundled:…/fiks-arkiv/metadatakatalog.xsd" (however it spells
// the empty authority), which the loader below answers from the compiled-in text. Nothing is
// read from the file system or the network.
constexpr std::string_view scheme = "tiltak-bundled:";
constexpr std::string_view base = "tiltak-bundled:///fiks-arkiv/";
constexpr std::string_view folder = "fiks-arkiv/";

xmlExternalEntityLoader previous_loader = nullptr;

xmlParserInputPtr bundled_loader(const char* url, const char* id, xmlParserCtxtPtr context) {
  std::string_view wanted = url ? url : "";
  if (wanted.substr(0, scheme.size()) != scheme) return previous_loader(url, id, context);
  wanted.remove_prefix(scheme.size());
  while (!wanted.empty() && wanted.front() == '/') wanted.remove_prefix(1);
  if (wanted.substr(0, folder.size()) != folder) return nullptr;
  wanted.remove_prefix(folder.size());
  for (const auto& file : bundled_schema_files())
    if (wanted == file.name) {
      xmlParserInputPtr input = xmlNewStringInputStream(context, xml_chars(file.text.data()));
      if (input) input->filename = reinterpret_cast<const char*>(xmlStrdup(xml_chars(url)));
      return input;
    }
  return nullptr;
}

xmlSchema* compile(std::string_view name) {
  for (const auto& file : bundled_schema_files()) {
    if (file.name != name) continue;
    const std::string url = std::string(base) + std::string(name);
    // Kept for the life of the process, like the compiled schema that refers to it.
    xmlDoc* document = xmlReadMemory(file.text.data(), static_cast<int>(file.text.size()), url.c_str(), nullptr,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlSchemaParserCtxt* parser = document ? xmlSchemaNewDocParserCtxt(document) : nullptr;
    xmlSchema* schema = parser ? xmlSchemaParse(parser) : nullptr;
    if (parser) xmlSchemaFreeParserCtxt(parser);
    if (!schema) throw Error(ErrorCode::internal, "the bundled XML schema " + url + " does not compile");
    return schema;
  }
  throw Error(ErrorCode::internal, "no bundled XML schema " + std::string(name));
}

struct Compiled {
  xmlSchema* arkivmelding = nullptr;
  xmlSchema* kvittering = nullptr;
};

// Compiled on first use (a function-local static: once, thread-safe). libxml2's entity loader
// is process-wide, so ours is installed only for the compilation and passes every other URL on
// to the one it replaced.
const Compiled& compiled() {
  static const Compiled schemas = [] {
    previous_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(bundled_loader);
    Compiled out;
    try {
      out.arkivmelding = compile("no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd");
      out.kvittering = compile("no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.kvittering.xsd");
    } catch (...) {
      xmlSetExternalEntityLoader(previous_loader);
      throw;
    }
    xmlSetExternalEntityLoader(previous_loader);
    return out;
  }();
  return schemas;
}

}  // namespace

std::vector<Problem> bundled_schema_problems(xmlDoc* document, FiksSchema schema, const std::string& source) {
  const Compiled& schemas = compiled();
  return schema_check(document, schema == FiksSchema::arkivmelding ? schemas.arkivmelding : schemas.kvittering, source);
}

}  // namespace tiltak::detail
