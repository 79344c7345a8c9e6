#pragma once
// The case/archive link through KS Fiks Arkiv v1 (docs/governance.md, "Archive messages"):
// `arkivmelding` messages that file an initiative as a case (saksmappe) with a registry entry
// (journalpost), and a gate decision as a registry entry in that case; and the archive's
// receipt (`arkivmeldingKvittering`), whose case and registry numbers are read back.
// The messages validate against schemas/fiks-arkiv/no.ks.fiks.arkiv.v1.arkivering.
// arkivmelding.opprett.xsd. Carrying them (Fiks IO) is the host system's part.
//
// The archive finds what it filed before by the external keys the sender chooses:
// "<system>/<initiative>" for the case, "<system>/<initiative>/registrering" for its
// registration, "<system>/<initiative>/vedtak/<n>" for the n-th entry (1-based) of the
// decision log. Resending a message is therefore safe.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/core/error.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// A new case file for the initiative with one registry entry, its registration.
// Error(not_found) for an unknown id; Error(invalid_argument) for an empty `system` or one with
// '/' or characters XML cannot carry; Error(validation_error) for a text XML 1.0 cannot carry
// (each with its JSON Pointer: "/initiatives/3/title") or a message that would break the
// bundled schema. No message is handed out that does not validate.
std::string arkivmelding_for_registration(const Portfolio& portfolio, const InitiativeId& id,
                                          std::string_view system = "tiltak");

// The `index`-th decision of the log (0-based; decision index + 1 to people) as a registry
// entry in the initiative's case: by its case number when the initiative has one, and by the
// case's external key; with the decision's entry hash and the chain head as the log's anchor.
// Error(not_found) when there is no such decision; Error(validation_error) when the chain does
// not verify or a text cannot be carried by XML 1.0 (with its pointer), or the message would
// break the schema.
// A document filed with a decision (the saksframlegg, the report the body decided on). Its bytes
// travel beside the message in the Fiks IO package under `file_name`; the message describes it
// as a dokumentobjekt with the file's SHA-256, so the archive can check what it received.
struct ArchiveDocument {
  std::string title;      // "Saksframlegg: Min side"
  std::string file_name;  // "saksframlegg.pdf": filnavn and referanseDokumentfil, unique per message
  std::string mime_type = "application/pdf";
  std::string content;    // the file's bytes, at most 2 GiB - 1 (filstoerrelse is an xs:int)
};

// `documents`: the first is the main document (hoveddokument), the rest attachments (vedlegg);
// Error(invalid_argument) for one without a title or file name, or two with one file name.
std::string arkivmelding_for_decision(const Portfolio& portfolio, std::size_t index,
                                      std::string_view system = "tiltak",
                                      const std::vector<ArchiveDocument>& documents = {});

// Receipts and messages are a few kilobytes; XML read from outside is refused beyond 1 MiB
// before libxml2 sees it, so a hostile input's cost is bounded.
inline constexpr std::size_t max_archive_xml_bytes = std::size_t{1} << 20;

struct ArchivedCase {
  std::string key;        // the external key the message gave it
  std::string system_id;  // the archive's systemID
  bool created = false;   // false: the case existed already (a resend)
  int year = 0, sequence = 0;
  std::string case_number() const;  // saksnummer "2026/1234"
  bool operator==(const ArchivedCase&) const = default;
};

struct ArchivedEntry {
  std::string key;
  std::string system_id;
  bool created = false;
  int journal_year = 0, journal_sequence = 0;
  std::optional<int> number_in_case;  // journalpostnummer within the case
  std::string registry_number() const;  // "2026/5678" (journalår/journalsekvensnummer)
  bool operator==(const ArchivedEntry&) const = default;
};

struct ArchiveReceipt {
  std::optional<ArchivedCase> case_file;
  std::optional<ArchivedEntry> entry;
  bool operator==(const ArchiveReceipt&) const = default;
};

// The receipt as the archive sent it, read safely (docs/governance.md, "Receipts"): at most
// 1 MiB, no document type declaration (so no entities of any kind), validated against the
// receipt schema, years from 1000 to 9999 and sequence numbers from 1. Error(parse_error) with
// line and column for text that is too large, not well-formed or has a DOCTYPE;
// Error(validation_error) with the lines for one that breaks the schema or the ranges.
ArchiveReceipt read_archive_receipt(std::string_view xml);

// Writes the receipt's numbers where the keys point: the initiative's case_reference and
// registry_entry, or a decision's registry_entry (outside the decision's hash, since the
// archive assigns it after the decision). Error(not_found) for a key that names nothing here;
// Error(validation_error) when a number is stored already and the receipt gives another (a
// conflict, never an overwrite); in both cases nothing changes.
void apply_archive_receipt(Portfolio& portfolio, const ArchiveReceipt& receipt, std::string_view system = "tiltak");

// The anchor a decision message carries (virksomhetsspesifikkeMetadata, docs/governance.md):
// read from the archive's copy of the message, it is evidence from outside the portfolio file
// for verify_decision_log(). Read as safely as a receipt; Error(validation_error) for a message
// that breaks the schema or carries no anchor.
ChainAnchor read_chain_anchor(std::string_view arkivmelding_xml);

// Every way `xml` breaks the bundled KS Fiks Arkiv arkivmelding schema (the XSDs of
// schemas/fiks-arkiv/, compiled into the library), each with its line; empty when it validates.
// Text that is not well-formed XML, or has a DOCTYPE, is one problem with line and column.
std::vector<Problem> arkivmelding_problems(std::string_view xml);

// Every way `xml` breaks the XML schema at `xsd` (e.g. schemas/fiks-arkiv/no.ks.fiks.arkiv.v1.
// arkivering.arkivmelding.opprett.xsd, which imports its siblings), each with its line; empty
// when it validates. Error(io_error) when the schema cannot be read.
std::vector<Problem> schema_problems(std::string_view xml, const std::filesystem::path& xsd);

}  // namespace tiltak
