#pragma once
// Who pays and who gains: a matrix of cost bearers against benefit recipients, in present values
// from the appraisal (docs/benefits.md, "Who pays and who gains").
//
// Parties: the units, service areas or member municipalities of the organisation (at the chosen
// level), the organisation as a whole, and the parties outside it (citizens, businesses, other
// public bodies). A cost line's bearer is its payer; a cost line without a bearer is shared by
// the members' cost-sharing keys (a single municipality: the organisation pays).
// Cell (p, r) = Σ over initiatives of PV benefits of the initiative received by r × the share
// of the initiative's PV costs borne by p: the benefit that p's money buys for r. Benefits of an
// initiative without valued costs have no payer and are shown apart.

#include <optional>
#include <string>
#include <vector>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/model/names.hpp"

namespace tiltak {

enum class PartyKind { organisation, member, service_area, unit, citizens, businesses, other_public_bodies };
template <>
std::span<const EnumName<PartyKind>> enum_names<PartyKind>() noexcept;

// The level at which the organisation's parties are shown.
enum class PartyLevel { unit, service_area, member };
template <>
std::span<const EnumName<PartyLevel>> enum_names<PartyLevel>() noexcept;

struct Party {
  PartyKind kind = PartyKind::organisation;
  std::string id;  // empty for the organisation and the parties outside it
  auto operator<=>(const Party&) const = default;
};

// The party a cost bearer or benefit recipient is at `level`: a unit maps to its service area
// or member (the organisation when it has none); a unit unknown to the organisation stays a unit.
Party party_of(const Organisation& organisation, const Recipient& recipient, PartyLevel level);

// What the analyses of who pays and who gains count, and how (docs/benefits.md).
struct PayersOptions {
  AppraisalOptions appraisal;
  PartyLevel level = PartyLevel::unit;
  // The initiatives counted: the committed ones (approved, in progress, completed, closed)
  // unless asked otherwise, so that no total mixes what was decided with what was not.
  Commitments counted;
  // The gevinstuttak's part of the planned cash-releasing gains, 0 to 1. None: the withdrawal
  // share of the parameter set's co-financing rules (Digdir: 50 %), else the whole gain.
  std::optional<double> withdrawal_share;
};

struct PayerRecipientCell {
  Party payer;
  Party recipient;
  Money present_value{0, Currency::NOK};
  bool operator==(const PayerRecipientCell&) const = default;
};

struct PartyBalance {
  Party party;
  Money pv_costs_borne{0, Currency::NOK};        // positive
  Money pv_benefits_received{0, Currency::NOK};
  Money net{0, Currency::NOK};                   // received − borne
  bool operator==(const PartyBalance&) const = default;
};

struct PayerRecipientMatrix {
  std::string parameter_set;
  Currency currency = Currency::NOK;
  int discount_year = 0;
  PartyLevel level = PartyLevel::unit;
  Commitments counted;
  std::vector<Party> payers;      // rows, ordered by kind then id
  std::vector<Party> recipients;  // columns, ordered by kind then id
  std::vector<PayerRecipientCell> cells;  // the non-zero cells, row by row
  std::vector<PartyBalance> parties;      // every party that pays or gains, ordered
  Money benefits_without_payer{0, Currency::NOK};  // PV benefits of initiatives without valued costs
  bool operator==(const PayerRecipientMatrix&) const = default;
};

// Over the initiatives options.counted counts. Cells are rounded once from their unrounded sums;
// the parties' balances are each initiative's appraised PV costs and benefits apportioned by the
// allocation rule, so they add up to the appraisal's totals of those initiatives
// (docs/benefits.md). Errors as appraise_portfolio().
PayerRecipientMatrix payer_recipient_matrix(const Portfolio& portfolio, const ParameterSet& parameters,
                                            const PayersOptions& options = {});

}  // namespace tiltak
