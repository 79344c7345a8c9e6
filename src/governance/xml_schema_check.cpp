#include "governance/xml_schema_check.hpp"

#include <memory>

namespace tiltak::detail {
namespace {

struct Sink {
  std::vector<Problem>* problems;
  const std::string* source;
};

// libxml2 reports validity errors through a callback; this one collects them.
void collect(void* user, xmlError* error) {
  if (!error) return;
  const auto* sink = static_cast<Sink*>(user);
  std::string message = error->message ? error->message : "invalid";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  sink->problems->push_back(
      {*sink->source, "", static_cast<std::size_t>(error->line > 0 ? error->line : 0), 0, "", std::move(message)});
}

}  // namespace

std::vector<Problem> schema_check(xmlDoc* document, xmlSchema* schema, const std::string& source) {
  std::vector<Problem> problems;
  Sink sink{&problems, &source};
  const std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(xmlSchemaNewValidCtxt(schema),
                                                                                          &xmlSchemaFreeValidCtxt);
  if (!validator) throw std::bad_alloc();
  xmlSchemaSetValidStructuredErrors(validator.get(), collect, &sink);
  if (xmlSchemaValidateDoc(validator.get(), document) != 0 && problems.empty())
    problems.push_back({source, "", 0, 0, "", "does not validate against the schema"});
  return problems;
}

}  // namespace tiltak::detail
