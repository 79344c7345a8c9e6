#include "governance/xml_document.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

struct ParserFree {
  void operator()(xmlParserCtxt* context) const noexcept { xmlFreeParserCtxt(context); }
};

// Why the parse was stopped by us, when it was; the line and column are the parser's.
struct Refusal {
  std::string reason;
  int line = 0, column = 0;
};

void refuse(void* user, const char* reason) {
  auto* context = static_cast<xmlParserCtxt*>(user);
  auto* refusal = static_cast<Refusal*>(context->_private);
  if (refusal->reason.empty()) {
    refusal->reason = reason;
    refusal->line = xmlSAX2GetLineNumber(context);
    refusal->column = xmlSAX2GetColumnNumber(context);
  }
  xmlStopParser(context);
}

// Called at "<!DOCTYPE name" before anything inside it is read: entity declarations (the
// "billion laughs"), parameter entities and external subsets never reach the parser's tables.
void on_doctype(void* user, const xmlChar*, const xmlChar*, const xmlChar*) {
  refuse(user, "a document type declaration (<!DOCTYPE ...>) is not accepted: receipts and messages have no DTD, "
               "and entities could expand without bound or read files");
}

[[noreturn]] void fail(const std::string& source, std::size_t line, std::size_t column, std::string message) {
  throw Error(ErrorCode::parse_error, Problem{source, "", line, column, "", std::move(message)});
}

}  // namespace

bool named(const xmlNode* node, const char* name, const char* ns) {
  return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, xml_chars(name)) && node->ns &&
         xmlStrEqual(node->ns->href, xml_chars(ns));
}

const xmlNode* child(const xmlNode* parent, const char* name, const char* ns) {
  for (const xmlNode* node = parent ? parent->children : nullptr; node; node = node->next)
    if (named(node, name, ns)) return node;
  return nullptr;
}

std::string text_of(const xmlNode* node) {
  if (!node) return {};
  const std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(node), xmlFree);
  return content ? reinterpret_cast<const char*>(content.get()) : "";
}

std::string attribute_of(const xmlNode* node, const char* name) {
  if (!node) return {};
  const std::unique_ptr<xmlChar, void (*)(void*)> value(xmlGetNoNsProp(node, xml_chars(name)), xmlFree);
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

std::size_t line_of(const xmlNode* node) {
  const long line = node ? xmlGetLineNo(node) : 0;
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

XmlDocument parse_untrusted_xml(std::string_view xml, const std::string& source) {
  if (xml.size() > max_archive_xml_bytes)
    fail(source, 0, 0,
         "the XML is " + std::to_string(xml.size()) + " bytes; at most " + std::to_string(max_archive_xml_bytes) + " are read");
  const std::unique_ptr<xmlParserCtxt, ParserFree> context(xmlNewParserCtxt());
  if (!context || !context->sax) throw std::bad_alloc();
  Refusal refusal;
  context->_private = &refusal;
  context->sax->internalSubset = on_doctype;
  // No XML_PARSE_NOENT (no substitution), no DTDLOAD/DTDATTR/DTDVALID, no network; errors are
  // collected here instead of printed.
  XmlDocument document(xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()), source.c_str(),
                                         nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!refusal.reason.empty())
    fail(source, static_cast<std::size_t>(refusal.line), static_cast<std::size_t>(refusal.column), refusal.reason);
  if (!document || !context->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    std::string message = error && error->message ? error->message : "not well-formed XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    fail(source, error && error->line > 0 ? static_cast<std::size_t>(error->line) : 0,
         error && error->int2 > 0 ? static_cast<std::size_t>(error->int2) : 0, "not well-formed XML: " + message);
  }
  return document;
}

}  // namespace tiltak::detail
