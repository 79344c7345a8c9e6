#include "tiltak/governance/fiks_arkiv.hpp"

#include <libxml/xmlwriter.h>

#include <charconv>
#include <limits>
#include <set>
#include <memory>

#include "governance/fiks_namespaces.hpp"
#include "governance/sha256.hpp"
#include "governance/xml_text.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/lifecycle_gates.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak {
namespace {

using detail::arkivmelding_ns;
using detail::decision_log_ns;
using detail::metadata_ns;

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

// Text for the message, each field with its JSON Pointer into the portfolio document: text
// XML 1.0 cannot carry (control characters such as U+0001 or U+000B, broken UTF-8) is refused
// with the field's pointer rather than written as a message that is not XML.
class Texts {
 public:
  const std::string& operator()(const std::string& text, std::string pointer) {
    if (const auto why = detail::xml_text_problem(text))
      problems_.push_back({"<portfolio>", std::move(pointer), 0, 0, "", *why});  // not echoed: it is the problem
    return text;
  }
  void check() {
    if (!problems_.empty()) throw Error(ErrorCode::validation_error, std::move(problems_));
  }

 private:
  std::vector<Problem> problems_;
};

// The sending system names the external keys (fagsystem, minLength 1) and is their first step.
void check_system(std::string_view system) {
  std::string why;
  if (system.empty())
    why = "the system name is empty; the archive needs one (fagsystem)";
  else if (system.find('/') != std::string_view::npos)
    why = "the system name may not contain '/', which separates the steps of the keys";
  else if (const auto problem = detail::xml_text_problem(system))
    why = *problem;
  if (!why.empty()) throw Error(ErrorCode::invalid_argument, Problem{"system", "", 0, 0, problem_value(system), why});
}

// Every message is checked against the bundled schemas before it leaves the library.
std::string validated(std::string xml) {
  if (auto problems = arkivmelding_problems(xml); !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
  return xml;
}

void check_documents(const std::vector<ArchiveDocument>& documents) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const ArchiveDocument& document = documents[i];
    const std::string which = "document " + std::to_string(i + 1);
    std::string why;
    if (document.title.empty() || document.file_name.empty() || document.mime_type.empty())
      why = "needs a title, a file name and a MIME type";
    else if (const auto problem = detail::xml_text_problem(document.title + document.file_name + document.mime_type))
      why = *problem;
    else if (!names.insert(document.file_name).second)
      why = "has the file name of another document; the package holds each name once";
    else if (document.content.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
      why = "is larger than an archive message can describe (2 GiB - 1 bytes)";
    if (!why.empty())
      throw Error(ErrorCode::invalid_argument, Problem{"documents", "", 0, 0, problem_value(document.file_name), which + " " + why});
  }
}

// A dokumentbeskrivelse with its one dokumentobjekt (version 1, production format), the first
// the main document, the others attachments.
void write_document(Writer& w, const ArchiveDocument& document, std::size_t i) {
  w.start("dokumentbeskrivelse");
  w.code("dokumentstatus", "F", "Dokumentet er ferdigstilt");
  w.element("tittel", document.title);
  if (i == 0) w.code("tilknyttetRegistreringSom", "H", "Hoveddokument");
  else w.code("tilknyttetRegistreringSom", "V", "Vedlegg");
  w.element("dokumentnummer", std::to_string(i + 1));
  w.start("dokumentobjekt");
  w.element("versjonsnummer", "1");
  w.code("variantformat", "P", "Produksjonsformat");
  w.element("mimeType", document.mime_type);
  w.element("filnavn", document.file_name);
  w.element("referanseDokumentfil", document.file_name);
  w.element("sjekksum", detail::sha256_hex(document.content));
  w.element("sjekksumAlgoritme", "SHA256");
  w.element("filstoerrelse", std::to_string(document.content.size()));
  w.end();
  w.end();
}

}  // namespace

std::string arkivmelding_for_registration(const Portfolio& portfolio, const InitiativeId& id, std::string_view system) {
  check_system(system);
  const std::size_t index = portfolio.initiative_index(id);
  const Initiative& initiative = portfolio.initiatives[index];
  const std::string at = "/initiatives/" + std::to_string(index);
  Texts texts;
  const std::string& title = texts(initiative.title, at + "/title");
  const std::string& description = texts(initiative.description, at + "/description");
  texts(id.str(), at + "/id");
  texts.check();
  const std::string key = case_key(system, id);
  Writer w;
  start_message(w, system, 0);
  w.start("mappe");
  w.attribute("xsi:type", "saksmappe");
  w.element("tittel", "Digitaliseringstiltak: " + title);
  if (!description.empty()) w.element("beskrivelse", description);
  w.external_key("referanseEksternNoekkel", system, key);
  w.end();
  w.start("registrering");
  w.attribute("xsi:type", "journalpost");
  w.start("referanseForelderMappe");
  w.external_key("n5mdk:referanseEksternNoekkel", system, key);
  w.end();
  w.element("tittel", "Registrering av tiltak: " + title);
  w.external_key("referanseEksternNoekkel", system, key + "/registrering");
  w.code("journalposttype", "N", "Organinternt dokument for oppfølging");
  w.end();
  w.end();
  return validated(w.finish());
}

std::string arkivmelding_for_decision(const Portfolio& portfolio, std::size_t index, std::string_view system,
                                      const std::vector<ArchiveDocument>& documents) {
  check_system(system);
  if (index >= portfolio.decisions.size())
    throw Error(ErrorCode::not_found, "the decision log has no decision " + std::to_string(index + 1) + " (it has " +
                                          std::to_string(portfolio.decisions.size()) + ")");
  if (const LogVerification chain = verify_decision_log(portfolio.decisions); !chain.intact)
    throw Error(ErrorCode::validation_error,
                Problem{"<decision log>", "/decisions/" + std::to_string(*chain.first_broken), 0, 0, "",
                        "decision " + std::to_string(*chain.first_broken + 1) + ": " + chain.reason +
                            "; no archive message anchors a broken chain"});
  const Decision& d = portfolio.decisions[index];
  const std::size_t position = portfolio.initiative_index(d.initiative);
  const Initiative& initiative = portfolio.initiatives[position];
  const std::string at = "/decisions/" + std::to_string(index);
  Texts texts;
  const std::string& title = texts(initiative.title, "/initiatives/" + std::to_string(position) + "/title");
  texts(d.initiative.str(), at + "/initiative");
  texts(d.reason, at + "/reason");
  texts(d.conditions, at + "/conditions");
  texts(d.decided_by, at + "/decided_by");
  texts.check();
  check_documents(documents);
  const std::string key = case_key(system, d.initiative);
  std::string body = body_label(d.body, Language::nb);
  body[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[0])));
  Writer w;
  start_message(w, system, static_cast<int>(documents.size()));
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
  for (std::size_t i = 0; i < documents.size(); ++i) write_document(w, documents[i], i);
  // The archive reads Norwegian: the stages in its words too, not the document's names.
  w.element("tittel", "Vedtak i " + body_label(d.body, Language::nb) + ": " + title + " (" +
                          std::string(stage_label(d.from, Language::nb)) + " → " +
                          std::string(stage_label(d.to, Language::nb)) + ")");
  // A late registration says so in the archive too, so the record shows why it is out of order.
  std::string description = d.late_registration ? "Etterregistrert." : "";
  if (!d.reason.empty()) description += (description.empty() ? "" : " ") + d.reason;
  if (d.amount) description += (description.empty() ? "" : " ") + ("Beløp: " + format_money(*d.amount, Language::nb) + ".");
  if (!d.conditions.empty()) description += (description.empty() ? "" : " ") + ("Vilkår: " + d.conditions);
  if (!description.empty()) w.element("beskrivelse", description);
  // The anchor (docs/governance.md, "What the chain proves"): once the archive holds this, the
  // entry and every entry up to the head can no longer be changed or cut unnoticed.
  w.start("virksomhetsspesifikkeMetadata");
  w.start("tl:beslutningslogg");
  w.attribute("xmlns:tl", decision_log_ns);
  w.start("tl:vedtak");
  w.attribute("nummer", std::to_string(index + 1).c_str());
  w.attribute("hash", d.hash.c_str());
  w.end();
  const ChainAnchor head = chain_head(portfolio.decisions);
  w.start("tl:kjedehode");
  w.attribute("nummer", std::to_string(head.number).c_str());
  w.attribute("hash", head.hash.c_str());
  w.end();
  w.end();
  w.end();
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
  return validated(w.finish());
}

}  // namespace tiltak
