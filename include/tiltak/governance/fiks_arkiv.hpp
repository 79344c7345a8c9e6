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
#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// A new case file for the initiative with one registry entry, its registration.
// Error(not_found) for an unknown id.
std::string arkivmelding_for_registration(const Portfolio& portfolio, const InitiativeId& id,
                                          std::string_view system = "tiltak");

// The `index`-th decision of the log (0-based) as a registry entry in the initiative's case:
// by its case number when the initiative has one, and by the case's external key.
// Error(not_found) when there is no such decision.
std::string arkivmelding_for_decision(const Portfolio& portfolio, std::size_t index,
                                      std::string_view system = "tiltak");

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

// Error(parse_error) for text that is not XML or not an arkivmeldingKvittering, naming what
// is missing.
ArchiveReceipt read_archive_receipt(std::string_view xml);

// Writes the receipt's numbers where the keys point: the initiative's case_reference and
// registry_entry, or a decision's registry_entry (outside the decision's hash, since the
// archive assigns it after the decision). Error(not_found) for a key that names nothing here;
// then nothing changes.
void apply_archive_receipt(Portfolio& portfolio, const ArchiveReceipt& receipt, std::string_view system = "tiltak");

// Every way `xml` breaks the XML schema at `xsd` (e.g. schemas/fiks-arkiv/no.ks.fiks.arkiv.v1.
// arkivering.arkivmelding.opprett.xsd, which imports its siblings), each with its line; empty
// when it validates. Error(io_error) when the schema cannot be read.
std::vector<Problem> schema_problems(std::string_view xml, const std::filesystem::path& xsd);

}  // namespace tiltak
