// Archive receipts (KS Fiks Arkiv arkivmeldingKvittering; tiltak archive-receipt): the receipt is
// read and its numbers written into a copy of the fixture portfolio, as the CLI does; the
// portfolio must stay valid.

#include "harness.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/governance/governance_json.hpp"
#include "tiltak/model/validation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const tiltak::ArchiveReceipt receipt = tiltak::read_archive_receipt(tiltak_fuzz::text(data, size));
    tiltak::archive_receipt_to_json(receipt);
    tiltak::Portfolio portfolio = tiltak_fuzz::fixture_portfolio();
    tiltak::apply_archive_receipt(portfolio, receipt);
    tiltak_fuzz::require(tiltak::validate(portfolio).empty(), "a receipt applied leaves the portfolio valid");
  } catch (const tiltak::Error& error) {
    tiltak_fuzz::documented(error);
  }
  return 0;
}
