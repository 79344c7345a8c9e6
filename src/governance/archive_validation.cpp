// Validating archive messages against the KS Fiks Arkiv schemas (include/tiltak/governance/
// fiks_arkiv.hpp): the bundled ones, or any XSD file.

#include <libxml/xmlschemas.h>

#include "governance/bundled_schemas.hpp"
#include "governance/xml_schema_check.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"

namespace tiltak {
namespace {

const std::string message_source = "<arkivmelding>";

// A message that is not well-formed XML has that one problem, with its line and column.
template <class Check>
std::vector<Problem> problems_of(std::string_view xml, Check check) {
  detail::XmlDocument document;
  try {
    document = detail::parse_untrusted_xml(xml, message_source);
  } catch (const Error& error) {
    return error.problems();
  }
  return check(document.get());
}

}  // namespace

std::vector<Problem> arkivmelding_problems(std::string_view xml) {
  return problems_of(xml, [](xmlDoc* document) {
    return detail::bundled_schema_problems(document, detail::FiksSchema::arkivmelding, message_source);
  });
}

std::vector<Problem> schema_problems(std::string_view xml, const std::filesystem::path& xsd) {
  // Checked here: libxml2 would print its own warning about a missing file to stderr.
  if (std::error_code ignored; !std::filesystem::is_regular_file(xsd, ignored))
    throw Error(ErrorCode::io_error, xsd.string() + ": cannot open the XML schema");
  const std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
      xmlSchemaNewParserCtxt(xsd.string().c_str()), &xmlSchemaFreeParserCtxt);
  if (!parser) throw std::bad_alloc();
  xmlSchemaSetParserStructuredErrors(parser.get(), [](void*, xmlError*) {}, nullptr);  // not to stderr
  const std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()), &xmlSchemaFree);
  if (!schema) throw Error(ErrorCode::io_error, xsd.string() + ": cannot read the XML schema");
  return problems_of(xml, [&](xmlDoc* document) { return detail::schema_check(document, schema.get(), message_source); });
}

}  // namespace tiltak
