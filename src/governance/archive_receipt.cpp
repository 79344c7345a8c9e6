// Reading the archive's receipt (arkivmeldingKvittering) and storing its numbers
// (include/tiltak/governance/fiks_arkiv.hpp; docs/governance.md, "Receipts").

#include <charconv>

#include "governance/bundled_schemas.hpp"
#include "governance/fiks_namespaces.hpp"
#include "governance/xml_document.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"

namespace tiltak {
namespace {

using detail::xml_chars;

using detail::kvittering_ns;
using detail::metadata_ns;
const std::string receipt_source = "<kvittering>";

// Archive years as case numbers write them ("2026/1234"); sequence numbers count from 1.
constexpr int first_year = 1000, last_year = 9999;

using detail::line_of;
using detail::named;
using detail::text_of;

const xmlNode* receipt_child(const xmlNode* parent, const char* name, const char* ns = kvittering_ns) {
  return detail::child(parent, name, ns);
}

[[noreturn]] void bad_receipt(const xmlNode* node, const std::string& value, const std::string& what) {
  throw Error(ErrorCode::validation_error, Problem{receipt_source, "", line_of(node), 0, problem_value(value), what});
}

// The schema has made sure the element is there and an xs:int; the range is ours.
int number(const xmlNode* parent, const char* name, const char* where, int low, int high) {
  const xmlNode* node = receipt_child(parent, name);
  const std::string text = text_of(node);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (!node || error != std::errc() || end != text.data() + text.size() || value < low || value > high)
    bad_receipt(node, text,
                std::string(where) + "/" + name + " must be a whole number from " + std::to_string(low) + " to " +
                    std::to_string(high) + ", not \"" + text + "\"");
  return value;
}

template <class Entry>
void read_common(const xmlNode* node, Entry& out) {
  out.system_id = text_of(receipt_child(node, "systemID"));
  out.key = text_of(receipt_child(receipt_child(node, "referanseEksternNoekkel"), "noekkel", metadata_ns));
  out.created = text_of(receipt_child(node, "opprettetEllerEksisterende")) == "Opprettet";
}

}  // namespace

std::string ArchivedCase::case_number() const { return std::to_string(year) + "/" + std::to_string(sequence); }
std::string ArchivedEntry::registry_number() const {
  return std::to_string(journal_year) + "/" + std::to_string(journal_sequence);
}

ArchiveReceipt read_archive_receipt(std::string_view xml) {
  const detail::XmlDocument document = detail::parse_untrusted_xml(xml, receipt_source);
  const xmlNode* root = xmlDocGetRootElement(document.get());
  if (!named(root, "arkivmeldingKvittering", kvittering_ns))
    bad_receipt(root, "", "expected an arkivmeldingKvittering in namespace " + std::string(kvittering_ns));
  if (auto problems = detail::bundled_schema_problems(document.get(), detail::FiksSchema::kvittering, receipt_source);
      !problems.empty())
    throw Error(ErrorCode::validation_error, std::move(problems));
  ArchiveReceipt receipt;
  constexpr int most = std::numeric_limits<int>::max();
  if (const xmlNode* node = receipt_child(root, "mappeKvittering")) {
    ArchivedCase c;
    read_common(node, c);
    c.year = number(node, "saksaar", "mappeKvittering", first_year, last_year);
    c.sequence = number(node, "sakssekvensnummer", "mappeKvittering", 1, most);
    receipt.case_file = std::move(c);
  }
  if (const xmlNode* node = receipt_child(root, "registreringKvittering")) {
    ArchivedEntry e;
    read_common(node, e);
    e.journal_year = number(node, "journalaar", "registreringKvittering", first_year, last_year);
    e.journal_sequence = number(node, "journalsekvensnummer", "registreringKvittering", 1, most);
    if (receipt_child(node, "journalpostnummer"))
      e.number_in_case = number(node, "journalpostnummer", "registreringKvittering", 1, most);
    receipt.entry = std::move(e);
  }
  if (!receipt.case_file && !receipt.entry)
    bad_receipt(root, "", "the receipt has neither mappeKvittering nor registreringKvittering");
  return receipt;
}

namespace {

// A number the archive gave before is never replaced by another: two receipts that disagree
// mean a wrong key or a wrong archive, which a person has to look at.
void store(std::string& stored, const std::string& given, const std::string& pointer, const std::string& key) {
  if (!stored.empty() && stored != given)
    throw Error(ErrorCode::validation_error,
                Problem{receipt_source, pointer, 0, 0, problem_value(given),
                        "the receipt for " + key + " gives " + given + ", but " + stored +
                            " is stored; a receipt never overwrites a number the archive gave"});
  stored = given;
}

}  // namespace

void apply_archive_receipt(Portfolio& portfolio, const ArchiveReceipt& receipt, std::string_view system) {
  Portfolio updated = portfolio;  // applied on a copy: nothing changes on an unknown key or a conflict
  const std::string prefix = std::string(system) + "/";
  auto unknown = [](const std::string& key) {
    throw Error(ErrorCode::not_found, Problem{receipt_source, "", 0, 0, problem_value(key), "the key names nothing in this portfolio"});
  };
  auto initiative_of = [&](const std::string& id) -> std::size_t {
    for (std::size_t i = 0; i < updated.initiatives.size(); ++i)
      if (updated.initiatives[i].id.str() == id) return i;
    unknown(prefix + id);
    return 0;
  };
  if (receipt.case_file) {
    const std::string& key = receipt.case_file->key;
    if (key.rfind(prefix, 0) != 0 || key.find('/', prefix.size()) != std::string::npos) unknown(key);
    const std::size_t i = initiative_of(key.substr(prefix.size()));
    store(updated.initiatives[i].case_reference, receipt.case_file->case_number(),
          "/initiatives/" + std::to_string(i) + "/case_reference", key);
  }
  if (receipt.entry) {
    const std::string& key = receipt.entry->key;
    const auto slash = key.find('/', prefix.size());
    if (key.rfind(prefix, 0) != 0 || slash == std::string::npos) unknown(key);
    const std::size_t i = initiative_of(key.substr(prefix.size(), slash - prefix.size()));
    const std::string rest = key.substr(slash + 1);
    const std::string number = receipt.entry->registry_number();
    if (rest == "registrering") {
      store(updated.initiatives[i].registry_entry, number, "/initiatives/" + std::to_string(i) + "/registry_entry", key);
    } else if (rest.rfind("vedtak/", 0) == 0) {
      std::size_t n = 0;
      const std::string text = rest.substr(7);
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
      if (error != std::errc() || end != text.data() + text.size() || n == 0 || n > updated.decisions.size() ||
          updated.decisions[n - 1].initiative != updated.initiatives[i].id)
        unknown(key);
      // The receipt is stored against the entry's hash, which the message carried: from here on
      // the log must hold this entry unchanged (verify_decision_log). A broken chain gets none.
      if (const LogVerification chain = verify_decision_log(updated.decisions); !chain.intact)
        throw Error(ErrorCode::validation_error,
                    Problem{receipt_source, "/decisions/" + std::to_string(*chain.first_broken), 0, 0, problem_value(key),
                            "the decision log does not verify (decision " + std::to_string(*chain.first_broken + 1) +
                                ": " + chain.reason + "); no receipt is stored against a broken chain"});
      Decision& decision = updated.decisions[n - 1];
      store(decision.registry_entry, number, "/decisions/" + std::to_string(n - 1) + "/registry_entry", key);
      store(decision.acknowledged_hash, decision.hash, "/decisions/" + std::to_string(n - 1) + "/acknowledged_hash",
            key);
    } else {
      unknown(key);
    }
  }
  portfolio = std::move(updated);
}

}  // namespace tiltak
