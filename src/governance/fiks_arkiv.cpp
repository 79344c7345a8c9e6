#include "tiltak/governance/fiks_arkiv.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

#include <charconv>
#include <memory>

#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {
namespace {

constexpr const char* arkivmelding_ns = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1";
constexpr const char* kvittering_ns =
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1";
constexpr const char* metadata_ns = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1";

const auto* x(const char* text) { return reinterpret_cast<const xmlChar*>(text); }
const auto* x(const std::string& text) { return x(text.c_str()); }

// libxml2's text writer into memory. Each call's status is checked once, at the end: the writer
// keeps failing after its first error, so a failed message is never handed out.
class Writer {
 public:
  Writer() : buffer_(xmlBufferCreate(), &xmlBufferFree) {
    if (!buffer_) throw std::bad_alloc();
    writer_ = xmlNewTextWriterMemory(buffer_.get(), 0);
    if (!writer_) throw std::bad_alloc();
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, x("  "));
    check(xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr));
  }
  ~Writer() {
    if (writer_) xmlFreeTextWriter(writer_);
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void start(const char* name) { check(xmlTextWriterStartElement(writer_, x(name))); }
  void end() { check(xmlTextWriterEndElement(writer_)); }
  void attribute(const char* name, const char* value) { check(xmlTextWriterWriteAttribute(writer_, x(name), x(value))); }
  void element(const char* name, const std::string& text) {
    check(xmlTextWriterWriteElement(writer_, x(name), x(text)));
  }
  void code(const char* name, const char* code, const char* description = nullptr) {
    start(name);
    element("n5mdk:kode", code);
    if (description) element("n5mdk:beskrivelse", description);
    end();
  }
  void external_key(const char* name, std::string_view system, const std::string& key) {
    start(name);
    element("n5mdk:fagsystem", std::string(system));
    element("n5mdk:noekkel", key);
    end();
  }

  std::string finish() {
    check(xmlTextWriterEndDocument(writer_));
    xmlFreeTextWriter(writer_);  // flushes into the buffer
    writer_ = nullptr;
    if (!ok_) throw Error(ErrorCode::internal, "libxml2 could not write the archive message");
    return {reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
            static_cast<std::size_t>(xmlBufferLength(buffer_.get()))};
  }

 private:
  void check(int status) { ok_ = ok_ && status >= 0; }
  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer_;
  xmlTextWriterPtr writer_ = nullptr;
  bool ok_ = true;
};

void start_message(Writer& w, std::string_view system, int files) {
  w.start("arkivmelding");
  w.attribute("xmlns", arkivmelding_ns);
  w.attribute("xmlns:n5mdk", metadata_ns);
  w.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.element("system", std::string(system));
  w.element("antallFiler", std::to_string(files));
}

std::string case_key(std::string_view system, const InitiativeId& id) { return std::string(system) + "/" + id.str(); }

const Initiative& find(const Portfolio& portfolio, const InitiativeId& id) {
  if (const auto* initiative = portfolio.find_initiative(id)) return *initiative;
  throw Error(ErrorCode::not_found, Problem{"<portfolio>", "", 0, 0, id.str(), "no initiative has this id"});
}

// "2026/1234" as saksår and sekvensnummer; nullopt for anything else.
std::optional<std::pair<int, int>> year_and_sequence(const std::string& reference) {
  const auto slash = reference.find('/');
  if (slash == std::string::npos) return std::nullopt;
  int year = 0, sequence = 0;
  const char* begin = reference.data();
  const char* end = begin + reference.size();
  const auto [after_year, e1] = std::from_chars(begin, begin + slash, year);
  const auto [after_sequence, e2] = std::from_chars(begin + slash + 1, end, sequence);
  if (e1 != std::errc() || e2 != std::errc() || after_year != begin + slash || after_sequence != end) return std::nullopt;
  return std::pair{year, sequence};
}

}  // namespace

std::string arkivmelding_for_registration(const Portfolio& portfolio, const InitiativeId& id, std::string_view system) {
  const Initiative& initiative = find(portfolio, id);
  const std::string key = case_key(system, id);
  Writer w;
  start_message(w, system, 0);
  w.start("mappe");
  w.attribute("xsi:type", "saksmappe");
  w.element("tittel", "Digitaliseringstiltak: " + initiative.title);
  if (!initiative.description.empty()) w.element("beskrivelse", initiative.description);
  w.external_key("referanseEksternNoekkel", system, key);
  w.end();
  w.start("registrering");
  w.attribute("xsi:type", "journalpost");
  w.start("referanseForelderMappe");
  w.external_key("n5mdk:referanseEksternNoekkel", system, key);
  w.end();
  w.element("tittel", "Registrering av tiltak: " + initiative.title);
  w.external_key("referanseEksternNoekkel", system, key + "/registrering");
  w.code("journalposttype", "N", "Organinternt dokument for oppfølging");
  w.end();
  w.end();
  return w.finish();
}

std::string arkivmelding_for_decision(const Portfolio& portfolio, std::size_t index, std::string_view system) {
  if (index >= portfolio.decisions.size())
    throw Error(ErrorCode::not_found, "the decision log has no entry " + std::to_string(index) + " (it has " +
                                          std::to_string(portfolio.decisions.size()) + ")");
  const Decision& d = portfolio.decisions[index];
  const Initiative& initiative = find(portfolio, d.initiative);
  const std::string key = case_key(system, d.initiative);
  std::string body = body_label(d.body, Language::nb);
  body[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[0])));
  Writer w;
  start_message(w, system, 0);
  w.start("registrering");
  w.attribute("xsi:type", "journalpost");
  w.start("referanseForelderMappe");
  const std::string& reference = initiative.case_reference.empty() ? d.case_reference : initiative.case_reference;
  if (const auto number = year_and_sequence(reference)) {
    w.start("n5mdk:saksnummer");
    w.element("n5mdk:saksaar", std::to_string(number->first));
    w.element("n5mdk:sakssekvensnummer", std::to_string(number->second));
    w.end();
  }
  w.external_key("n5mdk:referanseEksternNoekkel", system, key);
  w.end();
  w.element("tittel", "Vedtak i " + body_label(d.body, Language::nb) + ": " + initiative.title + " (" +
                          std::string(enum_name(d.from)) + " → " + std::string(enum_name(d.to)) + ")");
  std::string description = d.reason;
  if (d.amount) description += (description.empty() ? "" : " ") + ("Beløp: " + format_money(*d.amount, Language::nb) + ".");
  if (!d.conditions.empty()) description += (description.empty() ? "" : " ") + ("Vilkår: " + d.conditions);
  if (!description.empty()) w.element("beskrivelse", description);
  w.start("korrespondansepart");
  w.code("korrespondanseparttype", "IA");
  w.element("korrespondansepartNavn", d.decided_by.empty() ? body : body + " (" + d.decided_by + ")");
  w.end();
  w.external_key("referanseEksternNoekkel", system, key + "/vedtak/" + std::to_string(index + 1));
  w.code("journalposttype", "X", "Organinternt dokument uten oppfølging");
  w.code("journalstatus", "F", "Ferdigstilt fra saksbehandler");
  w.element("dokumentetsDato", to_iso(d.date));
  w.end();
  w.end();
  return w.finish();
}

std::string ArchivedCase::case_number() const { return std::to_string(year) + "/" + std::to_string(sequence); }
std::string ArchivedEntry::registry_number() const {
  return std::to_string(journal_year) + "/" + std::to_string(journal_sequence);
}

namespace {

bool named(const xmlNode* node, const char* name, const char* ns) {
  return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, x(name)) && node->ns &&
         xmlStrEqual(node->ns->href, x(ns));
}

const xmlNode* child(const xmlNode* parent, const char* name, const char* ns = kvittering_ns) {
  for (const xmlNode* node = parent->children; node; node = node->next)
    if (named(node, name, ns)) return node;
  return nullptr;
}

std::string text_of(const xmlNode* node) {
  if (!node) return {};
  std::unique_ptr<xmlChar, void (*)(void*)> content(xmlNodeGetContent(node), xmlFree);
  return content ? reinterpret_cast<const char*>(content.get()) : "";
}

[[noreturn]] void bad_receipt(const std::string& what) {
  throw Error(ErrorCode::parse_error, Problem{"<kvittering>", "", 0, 0, "", what});
}

std::string required_text(const xmlNode* parent, const char* name, const char* where) {
  const xmlNode* node = child(parent, name);
  if (!node) bad_receipt(std::string(where) + " has no " + name);
  return text_of(node);
}

int required_int(const xmlNode* parent, const char* name, const char* where) {
  const std::string text = required_text(parent, name, where);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) bad_receipt(std::string(where) + "/" + name + " is not a number: \"" + text + "\"");
  return value;
}

template <class Entry>
void read_common(const xmlNode* node, const char* where, Entry& out) {
  out.system_id = required_text(node, "systemID", where);
  const xmlNode* key = child(node, "referanseEksternNoekkel");
  if (!key) bad_receipt(std::string(where) + " has no referanseEksternNoekkel");
  out.key = text_of(child(key, "noekkel", metadata_ns));
  out.created = required_text(node, "opprettetEllerEksisterende", where) == "Opprettet";
}

}  // namespace

ArchiveReceipt read_archive_receipt(std::string_view xml) {
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "kvittering.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      &xmlFreeDoc);
  if (!document) bad_receipt("not well-formed XML");
  const xmlNode* root = xmlDocGetRootElement(document.get());
  if (!named(root, "arkivmeldingKvittering", kvittering_ns))
    bad_receipt("expected an arkivmeldingKvittering in namespace " + std::string(kvittering_ns));
  ArchiveReceipt receipt;
  if (const xmlNode* node = child(root, "mappeKvittering")) {
    ArchivedCase c;
    read_common(node, "mappeKvittering", c);
    c.year = required_int(node, "saksaar", "mappeKvittering");
    c.sequence = required_int(node, "sakssekvensnummer", "mappeKvittering");
    receipt.case_file = std::move(c);
  }
  if (const xmlNode* node = child(root, "registreringKvittering")) {
    ArchivedEntry e;
    read_common(node, "registreringKvittering", e);
    e.journal_year = required_int(node, "journalaar", "registreringKvittering");
    e.journal_sequence = required_int(node, "journalsekvensnummer", "registreringKvittering");
    if (child(node, "journalpostnummer")) e.number_in_case = required_int(node, "journalpostnummer", "registreringKvittering");
    receipt.entry = std::move(e);
  }
  if (!receipt.case_file && !receipt.entry) bad_receipt("the receipt has neither mappeKvittering nor registreringKvittering");
  return receipt;
}

void apply_archive_receipt(Portfolio& portfolio, const ArchiveReceipt& receipt, std::string_view system) {
  Portfolio updated = portfolio;  // applied on a copy: nothing changes on an unknown key
  const std::string prefix = std::string(system) + "/";
  auto unknown = [](const std::string& key) {
    throw Error(ErrorCode::not_found, Problem{"<kvittering>", "", 0, 0, key, "the key names nothing in this portfolio"});
  };
  auto initiative_of = [&](const std::string& id) -> Initiative& {
    Initiative* initiative = updated.find_initiative(InitiativeId(id));
    if (!initiative) unknown(prefix + id);
    return *initiative;
  };
  if (receipt.case_file) {
    const std::string& key = receipt.case_file->key;
    if (key.rfind(prefix, 0) != 0 || key.find('/', prefix.size()) != std::string::npos) unknown(key);
    initiative_of(key.substr(prefix.size())).case_reference = receipt.case_file->case_number();
  }
  if (receipt.entry) {
    const std::string& key = receipt.entry->key;
    const auto slash = key.find('/', prefix.size());
    if (key.rfind(prefix, 0) != 0 || slash == std::string::npos) unknown(key);
    Initiative& initiative = initiative_of(key.substr(prefix.size(), slash - prefix.size()));
    const std::string rest = key.substr(slash + 1);
    if (rest == "registrering") {
      initiative.registry_entry = receipt.entry->registry_number();
    } else if (rest.rfind("vedtak/", 0) == 0) {
      std::size_t n = 0;
      const std::string number = rest.substr(7);
      const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), n);
      if (error != std::errc() || end != number.data() + number.size() || n == 0 || n > updated.decisions.size() ||
          updated.decisions[n - 1].initiative != initiative.id)
        unknown(key);
      updated.decisions[n - 1].registry_entry = receipt.entry->registry_number();
    } else {
      unknown(key);
    }
  }
  portfolio = std::move(updated);
}

namespace {

// libxml2 reports validity errors through a callback; this one collects them.
void collect(void* sink, xmlError* error) {
  if (!error) return;
  std::string message = error->message ? error->message : "invalid";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  static_cast<std::vector<Problem>*>(sink)->push_back(
      {"<arkivmelding>", "", static_cast<std::size_t>(error->line > 0 ? error->line : 0), 0, "", std::move(message)});
}

}  // namespace

std::vector<Problem> schema_problems(std::string_view xml, const std::filesystem::path& xsd) {
  std::vector<Problem> schema_errors, problems;
  // Checked here: libxml2 would print its own warning about a missing file to stderr.
  if (std::error_code ignored; !std::filesystem::is_regular_file(xsd, ignored))
    throw Error(ErrorCode::io_error, xsd.string() + ": cannot open the XML schema");
  const std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
      xmlSchemaNewParserCtxt(xsd.string().c_str()), &xmlSchemaFreeParserCtxt);
  if (!parser) throw std::bad_alloc();
  xmlSchemaSetParserStructuredErrors(parser.get(), collect, &schema_errors);
  const std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()), &xmlSchemaFree);
  if (!schema)
    throw Error(ErrorCode::io_error, xsd.string() + ": cannot read the XML schema" +
                                         (schema_errors.empty() ? "" : ": " + schema_errors.front().message));
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "arkivmelding.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      &xmlFreeDoc);
  if (!document) return {{"<arkivmelding>", "", 0, 0, "", "not well-formed XML"}};
  const std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(
      xmlSchemaNewValidCtxt(schema.get()), &xmlSchemaFreeValidCtxt);
  if (!validator) throw std::bad_alloc();
  xmlSchemaSetValidStructuredErrors(validator.get(), collect, &problems);
  if (xmlSchemaValidateDoc(validator.get(), document.get()) != 0 && problems.empty())
    problems.push_back({"<arkivmelding>", "", 0, 0, "", "does not validate"});
  return problems;
}

}  // namespace tiltak
