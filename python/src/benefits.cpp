// tiltak/benefits as Python: ParameterSet (built-in and from JSON), DiscountCurve, present
// value, NPV and internal rates of return of (year, Money) flows, and the cost–benefit
// appraisal of initiatives and portfolios (appraise_initiative, appraise_portfolio).
//
// Results (Appraisal, InitiativeAppraisal, PortfolioAppraisal, ...) are the C++ structs bound
// read-only, as in graph.cpp: attribute reads return copies, == compares every field, repr
// shows the main ones. A CashFlow is a (year, Money) tuple both ways; a RateBand a
// (through_year or None, rate) tuple. FlowCategory and IrrOutcome are str.
//
// Threads: appraise_initiative and appraise_portfolio run without the GIL on the portfolio's
// snapshot (portfolio_snapshot()).

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "bindings.hpp"
#include "casters.hpp"
#include "helpers.hpp"
#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/appraisal_json.hpp"
#include "tiltak/benefits/realisation_json.hpp"
#include "tiltak/benefits/cash_flow.hpp"
#include "tiltak/benefits/discount_curve.hpp"
#include "tiltak/benefits/irr.hpp"
#include "tiltak/benefits/gains_withdrawal.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/benefits/payers.hpp"
#include "tiltak/benefits/payers_json.hpp"
#include "tiltak/benefits/plus_minus.hpp"
#include "tiltak/benefits/realisation.hpp"
#include "tiltak/benefits/slip_value.hpp"
#include "tiltak/benefits/uncertainty.hpp"
#include "tiltak/benefits/valuation.hpp"
#include "tiltak/model/portfolio.hpp"
#include "result_class.hpp"
#include "value_class.hpp"

TILTAK_PYTHON_ENUM(tiltak::FlowCategory, "flow category");
TILTAK_PYTHON_ENUM(tiltak::IrrOutcome, "IRR outcome");
TILTAK_PYTHON_ENUM(tiltak::RealisationFlag, "realisation flag");
TILTAK_PYTHON_ENUM(tiltak::PartyLevel, "party level");
TILTAK_PYTHON_ENUM(tiltak::PartyKind, "party kind");
TILTAK_PYTHON_ENUM(tiltak::Commitment, "commitment");
TILTAK_PYTHON_ENUM(tiltak::WithdrawalShareSource, "withdrawal share source");
TILTAK_PYTHON_ENUM(tiltak::CofinancingLimit, "co-financing limit");

namespace pybind11::detail {

// Party <-> (kind, id or None).
template <>
struct type_caster<tiltak::Party> {
  PYBIND11_TYPE_CASTER(tiltak::Party, const_name("tuple[str, str | None]"));

  bool load(handle source, bool convert) {
    if (!source || !(PyTuple_Check(source.ptr()) || PyList_Check(source.ptr()))) return false;
    const auto items = reinterpret_borrow<sequence>(source);
    if (items.size() != 2) return false;
    make_caster<tiltak::PartyKind> kind;
    make_caster<std::optional<std::string>> id;
    if (!kind.load(items[0], convert) || !id.load(items[1], convert)) return false;
    value.kind = cast_op<tiltak::PartyKind>(std::move(kind));
    value.id = cast_op<std::optional<std::string>>(std::move(id)).value_or("");
    return true;
  }

  static handle cast(const tiltak::Party& party, return_value_policy /*policy*/, handle /*parent*/) {
    return pybind11::make_tuple(pybind11::str(std::string(tiltak::enum_name(party.kind))),
                                party.id.empty() ? object(none()) : object(pybind11::str(party.id)))
        .release();
  }
};

// Commitments <-> a tuple of commitment names ("committed", "pipeline", "paused", "dropped").
template <>
struct type_caster<tiltak::Commitments> {
  PYBIND11_TYPE_CASTER(tiltak::Commitments, const_name("tuple[str, ...]"));

  bool load(handle source, bool convert) {
    if (!source || PyUnicode_Check(source.ptr()) || !PySequence_Check(source.ptr())) return false;
    std::vector<tiltak::Commitment> counted;
    for (const auto item : reinterpret_borrow<sequence>(source)) {
      make_caster<tiltak::Commitment> commitment;
      if (!commitment.load(item, convert)) return false;
      counted.push_back(cast_op<tiltak::Commitment>(std::move(commitment)));
    }
    if (counted.empty()) throw value_error("counted must name at least one of: " +
                                           tiltak::enum_name_list<tiltak::Commitment>());
    value = tiltak::Commitments(counted);
    return true;
  }

  static handle cast(const tiltak::Commitments& counted, return_value_policy /*policy*/, handle /*parent*/) {
    list names;
    for (const auto& [commitment, name] : tiltak::enum_names<tiltak::Commitment>())
      if (counted.contains(commitment)) names.append(pybind11::str(std::string(name)));
    return pybind11::tuple(names).release();
  }
};

// RateBand <-> (through_year or None, rate).
template <>
struct type_caster<tiltak::RateBand> {
  PYBIND11_TYPE_CASTER(tiltak::RateBand, const_name("tuple[int | None, float]"));

  bool load(handle source, bool convert) {
    if (!source || !(PyTuple_Check(source.ptr()) || PyList_Check(source.ptr()))) return false;
    const auto items = reinterpret_borrow<sequence>(source);
    if (items.size() != 2) return false;
    make_caster<std::optional<int>> through;
    make_caster<double> rate;
    if (!through.load(items[0], convert) || !rate.load(items[1], convert)) return false;
    value.through_year = cast_op<std::optional<int>>(std::move(through));
    value.rate = cast_op<double>(rate);
    return true;
  }

  static handle cast(const tiltak::RateBand& band, return_value_policy /*policy*/, handle /*parent*/) {
    return make_tuple(band.through_year ? object(pybind11::int_(*band.through_year)) : object(none()), band.rate).release();
  }
};

}  // namespace pybind11::detail

namespace tiltak_python {
namespace {

using namespace tiltak;

// One part of the payers document (payers_to_json: "matrix", "budget_withdrawal" or
// "cofinancing") as JSON text: the library writes the three together, each result hands out
// its own part.
std::string payers_part(const PayerRecipientMatrix& matrix, const BudgetWithdrawal& withdrawal,
                        const std::optional<CofinancingReport>& cofinancing, const char* part) {
  const py::module_ json = py::module_::import("json");
  py::dict document = json.attr("loads")(payers_to_json(PayersReport{matrix, withdrawal, cofinancing}));
  if (std::string(part) == "matrix") {
    document.attr("pop")("budget_withdrawal");
    document.attr("pop")("cofinancing");
  } else {
    py::object value = document[part];
    document = py::dict();
    document[part] = value;
  }
  return json.attr("dumps")(document, py::arg("ensure_ascii") = false).cast<std::string>();
}

py::object benefits_function(const char* name) { return python_function("tiltak._benefits", name); }

// A ParameterSet, a built-in id, or None (the currency's default_parameter_set).
ParameterSet parameters_of(const py::object& parameters, Currency currency) {
  if (parameters.is_none()) return default_parameter_set(currency);
  if (py::isinstance<py::str>(parameters)) return builtin_parameter_set(parameters.cast<std::string>());
  return parameters.cast<ParameterSet>();
}

AppraisalOptions options_of(std::optional<int> discount_year, std::optional<int> band_anchor_year,
                            std::optional<int> opening_year, std::optional<int> analysis_period_years,
                            std::optional<int> lifetime_years, std::optional<bool> residual_value,
                            std::optional<double> tax_financing_rate, CostBasis cost_basis) {
  AppraisalOptions options;
  options.discount_year = discount_year;
  options.band_anchor_year = band_anchor_year;
  options.opening_year = opening_year;
  options.analysis_period_years = analysis_period_years;
  options.lifetime_years = lifetime_years;
  options.residual_value = residual_value;
  options.tax_financing_rate = tax_financing_rate;
  options.cost_basis = cost_basis;
  return options;
}

// Whole-number columns under their names.
void put_int64_columns(py::dict& columns,
                       std::initializer_list<std::pair<const char*, const std::vector<std::int64_t>*>> named) {
  for (const auto& [name, values] : named) columns[name] = numpy_array(*values);
}

// The columns of PortfolioAppraisal.to_frame(), one pass over the initiatives without copying
// an Appraisal per row (tiltak/_benefits.py gives them their dtypes).
py::dict appraisal_columns(const PortfolioAppraisal& result) {
  const std::size_t n = result.initiatives.size();
  py::list id(n), title(n);
  std::vector<std::int64_t> pv_costs(n), pv_benefits(n), npv(n), npv_tax(n), payback(n), discounted_payback(n);
  std::vector<double> bcr(n);
  std::vector<bool> payback_missing(n), discounted_payback_missing(n);
  for (std::size_t i = 0; i < n; ++i) {
    const InitiativeAppraisal& row = result.initiatives[i];
    const Appraisal& a = row.appraisal;
    id[i] = py::str(row.initiative.str());
    title[i] = py::str(row.title);
    pv_costs[i] = a.pv_costs.minor_units();
    pv_benefits[i] = a.pv_benefits.minor_units();
    npv[i] = a.npv.minor_units();
    npv_tax[i] = a.npv_with_tax_financing.minor_units();
    bcr[i] = a.benefit_cost_ratio.value_or(std::numeric_limits<double>::quiet_NaN());
    payback[i] = a.payback_year.value_or(0);
    payback_missing[i] = !a.payback_year;
    discounted_payback[i] = a.discounted_payback_year.value_or(0);
    discounted_payback_missing[i] = !a.discounted_payback_year;
  }
  auto mask = [](const std::vector<bool>& missing) {
    py::array_t<bool> out(static_cast<py::ssize_t>(missing.size()));
    std::copy(missing.begin(), missing.end(), out.mutable_data());
    return out;
  };
  py::dict columns;
  columns["id"] = id;
  columns["title"] = title;
  put_int64_columns(columns, {{"pv_costs", &pv_costs},
                              {"pv_benefits", &pv_benefits},
                              {"npv", &npv},
                              {"npv_with_tax_financing", &npv_tax},
                              {"payback_year", &payback},
                              {"discounted_payback_year", &discounted_payback}});
  columns["bcr"] = numpy_array(bcr);
  columns["payback_year_missing"] = mask(payback_missing);
  columns["discounted_payback_year_missing"] = mask(discounted_payback_missing);
  return columns;
}

// The valued flows of every initiative as columns (PortfolioAppraisal.flows_frame()): the
// initiative's position, year, category, amount and public share.
py::dict flow_columns(const PortfolioAppraisal& result) {
  std::vector<std::int64_t> position, year, amount, public_share;
  std::vector<std::int8_t> category;
  py::list ids(result.initiatives.size());
  for (std::size_t i = 0; i < result.initiatives.size(); ++i) {
    ids[i] = py::str(result.initiatives[i].initiative.str());
    for (const FlowLine& line : result.initiatives[i].appraisal.flows) {
      position.push_back(static_cast<std::int64_t>(i));
      year.push_back(line.flow.year);
      amount.push_back(line.flow.amount.minor_units());
      public_share.push_back(line.public_share_basis_points);
      category.push_back(static_cast<std::int8_t>(line.category));
    }
  }
  py::dict columns;
  columns["ids"] = ids;
  put_int64_columns(columns, {{"position", &position},
                              {"year", &year},
                              {"amount_minor", &amount},
                              {"public_share_basis_points", &public_share}});
  columns["category"] = numpy_array(category);
  py::list category_names;  // the codes' names, in declaration order
  for (const auto& entry : enum_names<FlowCategory>()) category_names.append(py::str(std::string(entry.name)));
  columns["category_names"] = category_names;
  return columns;
}

void bind_parameters(py::module_& m) {
  py::class_<ParameterSet> set(
      m, "ParameterSet",
      "A jurisdiction's parameters for cost-benefit analysis (read-only): discount-rate bands, tax-financing "
      "rate, analysis period and lifetime, price year with a CPI, real price growth. Get one with "
      "parameter_set(id) or parameters_from_json(text). See docs/benefits.md.");
  readonly(set, "id", &ParameterSet::id, "The set's id: \"no-2021\", \"dk-2023\", ...");
  readonly(set, "title", &ParameterSet::title, "Plain-language name.");
  readonly(set, "source", &ParameterSet::source, "Citation of the primary sources.");
  readonly(set, "bands", &ParameterSet::bands,
           "list[(through_year or None, rate)]: the discount-rate bands, rates as fractions (0.04 for 4 %), band "
           "years counted from the band anchor year; the last band is open (None).");
  readonly(set, "tax_financing_rate", &ParameterSet::tax_financing_rate,
           "Tax-financing cost (NO) or tax distortion loss (DK) per krone of net public-budget effect (0.2).");
  readonly(set, "analysis_period_years", &ParameterSet::analysis_period_years,
           "Years valued from the opening year on; None: no limit.");
  readonly(set, "lifetime_years", &ParameterSet::lifetime_years,
           "Lifetime from the opening year on; None: equal to the analysis period.");
  readonly(set, "residual_value", &ParameterSet::residual_value,
           "Whether value beyond the analysis period (up to the lifetime) is counted.");
  readonly(set, "price_year", &ParameterSet::price_year, "Price year (kroneår) or None.");
  readonly(set, "cpi", &ParameterSet::cpi, "dict[int, float]: consumer price index by year.");
  readonly(set, "real_price_growth", &ParameterSet::real_price_growth,
           "Real price growth per year of values of time, as a fraction.");
  readonly(set, "discount_year", &ParameterSet::discount_year, "Default discount year, or None.");
  readonly(set, "band_anchor_year", &ParameterSet::band_anchor_year, "Default band anchor year, or None.");
  set.def("to_json", &parameters_to_json, "The JSON form; parameters_from_json(s.to_json()) == s.");
  set.def("problems", [](const ParameterSet& self) { return parameter_problems(self); },
          "list[Problem]: every rule problem, with JSON Pointers; empty when valid.");
  set.def(py::pickle([](const ParameterSet& self) { return py::make_tuple(parameters_to_json(self)); },
                     [](const py::tuple& state) { return parameters_from_json(state[0].cast<std::string>()); }));
  finish_result(set, {"id", "title", "bands", "tax_financing_rate", "analysis_period_years", "lifetime_years"});

  m.def(
      "parameter_set", [](const std::string& id) { return builtin_parameter_set(id); }, py::arg("id"),
      "A built-in ParameterSet by id (parameter_set_ids()). NotFoundError for an unknown id.");
  m.def("parameter_set_ids", &builtin_parameter_set_ids,
        "The ids of the built-in parameter sets, oldest first: [\"dk-2013\", ..., \"no-2021\"].");
  m.def(
      "parameters_from_json",
      [](const std::string& text, const std::string& source) { return parameters_from_json(text, source); },
      py::arg("text"), py::arg("source") = "<memory>",
      "A municipality's own ParameterSet from JSON (format in docs/benefits.md; \"based_on\" starts from a "
      "built-in set). ParseError for malformed JSON, ValidationError with every problem otherwise.");
}

void bind_curve(py::module_& m) {
  py::class_<DiscountCurve> curve_class(
      m, "DiscountCurve",
      "A banded real discount curve, accumulated year by year: DF(discount_year) = 1, the step into year s "
      "carries the rate of band year s - band_anchor_year. Immutable.");
  curve_class
      .def(py::init<const ParameterSet&, int, int>(), py::arg("parameters"), py::arg("band_anchor_year"),
           py::arg("discount_year"), "The curve of a ParameterSet's bands.")
      .def(py::init<std::vector<RateBand>, int, int>(), py::arg("bands"), py::arg("band_anchor_year"),
           py::arg("discount_year"),
           "A curve of bands: list of (through_year or None, rate). ValidationError for bad bands.")
      .def_static("flat", &DiscountCurve::flat, py::arg("rate"), py::arg("discount_year"), "One flat rate.")
      .def_property_readonly("discount_year", &DiscountCurve::discount_year, "The year with factor 1.")
      .def_property_readonly("band_anchor_year", &DiscountCurve::band_anchor_year, "Band year 0.")
      .def_property_readonly("bands", [](const DiscountCurve& self) { return self.bands(); },
                             "list[(through_year or None, rate)].")
      .def("rate", &DiscountCurve::rate, py::arg("year"), "The rate of the step from year - 1 into year.")
      .def(
          "factor", [](const DiscountCurve& self, int year) { return static_cast<double>(self.factor(year)); },
          py::arg("year"), "The discount factor DF(year), a float (computed in long double).")
      .def(
          "__eq__", [](const DiscountCurve& a, const DiscountCurve& b) { return a == b; }, py::is_operator())
      .def(
          "__ne__", [](const DiscountCurve& a, const DiscountCurve& b) { return !(a == b); }, py::is_operator())
      .def("__repr__", [](const DiscountCurve& self) {
        return "<tiltak.DiscountCurve discount_year=" + std::to_string(self.discount_year()) +
               " band_anchor_year=" + std::to_string(self.band_anchor_year()) + ">";
      });
  curve_class.attr("__hash__") = py::none();

  m.def(
      "present_value",
      [](const std::vector<CashFlow>& flows, const DiscountCurve& curve, std::optional<Currency> currency) {
        return currency ? present_value(flows, curve, *currency) : present_value(flows, curve);
      },
      py::arg("flows"), py::arg("curve"), py::arg("currency") = py::none(),
      "round(sum of DF(year) x amount) of flows, a list of (year, Money), rounded once to øre/cent. With no "
      "flows: zero in ``currency``, or InvalidArgumentError when it is None. CurrencyMismatchError for mixed "
      "currencies.");
  m.def(
      "npv",
      [](const std::vector<CashFlow>& flows, const DiscountCurve& curve, std::optional<Currency> currency) {
        return currency ? npv(flows, curve, *currency) : present_value(flows, curve);
      },
      py::arg("flows"), py::arg("curve"), py::arg("currency") = py::none(),
      "The net present value of signed flows (benefits +, costs -): the same as present_value().");

  py::class_<IrrResult> irr(m, "IrrResult", "Internal rates of return (internal_rates_of_return()).");
  readonly(irr, "rates", &IrrResult::rates, "list[float]: every rate with NPV = 0, ascending, as fractions.");
  readonly(irr, "outcome", &IrrResult::outcome, "\"none\", \"one\" or \"several\".");
  readonly(irr, "sign_changes", &IrrResult::sign_changes, "Sign changes of the yearly net flows (Descartes' bound).");
  readonly(irr, "consistent_with_descartes", &IrrResult::consistent_with_descartes,
           "False when a root lies outside the scanned range or only touches zero: treat with care.");
  finish_result(irr, {"rates", "outcome", "sign_changes", "consistent_with_descartes"});

  m.def("internal_rates_of_return", &internal_rates_of_return, py::arg("flows"),
        "Every rate r in (-0.99, 10] at which the NPV of flows (a list of (year, Money)) at one flat rate is "
        "zero: an IrrResult. CurrencyMismatchError for mixed currencies.");
}

void bind_appraisal(py::module_& m) {
  py::class_<CumulativePoint> point(m, "CumulativePoint", "One year of a cumulative net cash curve.");
  readonly(point, "year", &CumulativePoint::year, "Calendar year.");
  readonly(point, "flow", &CumulativePoint::flow, "Money: the year's net flow (discounted on a discounted curve).");
  readonly(point, "cumulative", &CumulativePoint::cumulative, "Money: the running sum.");
  finish_result(point, {"year", "flow", "cumulative"});

  py::class_<Hump> hump(m, "Hump", "The hump (J-curve) of a cumulative curve.");
  readonly(hump, "depth", &Hump::depth, "Money: the most negative cumulative value (zero if never negative).");
  readonly(hump, "trough_year", &Hump::trough_year, "The first year the depth is reached.");
  readonly(hump, "positive_year", &Hump::positive_year,
           "The first year from which the cumulative stays >= 0; None if it ends negative.");
  finish_result(hump, {"depth", "trough_year", "positive_year"});

  py::class_<FlowLine> line(m, "FlowLine", "A valued cash flow with what it is and who it concerns.");
  readonly(line, "flow", &FlowLine::flow, "(year, Money): positive a gain, negative a cost.");
  readonly(line, "category", &FlowLine::category, "\"investment\", \"operating\", \"internal_hours\" or \"benefit\".");
  readonly(line, "public_share_basis_points", &FlowLine::public_share_basis_points,
           "The part on public budgets in basis points (10000 = 100 %).");
  readonly(line, "benefit", &FlowLine::benefit, "The benefit id of a benefit flow, else None.");
  readonly(line, "payer", &FlowLine::payer, "A cost line's bearer (unit id), or None.");
  readonly(line, "recipient", &FlowLine::recipient, "A benefit's Recipient, or None.");
  finish_result(line, {"flow", "category", "public_share_basis_points", "benefit"});

  py::class_<BenefitValue> value(m, "BenefitValue", "One benefit's part in an appraisal.");
  readonly(value, "id", &BenefitValue::id, "Benefit id.");
  readonly(value, "title", &BenefitValue::title, "Benefit title.");
  readonly(value, "share_basis_points", &BenefitValue::share_basis_points,
           "The attribution share (a portfolio: the sum of shares), basis points.");
  readonly(value, "nominal", &BenefitValue::nominal, "Money: attributed amounts summed, valued horizon only.");
  readonly(value, "present_value", &BenefitValue::present_value, "Money: their present value.");
  readonly(value, "unattributed_present_value", &BenefitValue::unattributed_present_value,
           "Money: portfolio only, the PV of the part attributed to no initiative (in no total).");
  finish_result(value, {"id", "share_basis_points", "nominal", "present_value"});

  py::class_<UnvaluedBenefit> unvalued(m, "UnvaluedBenefit", "A benefit not valued in money, kept visible.");
  readonly(unvalued, "id", &UnvaluedBenefit::id, "Benefit id.");
  readonly(unvalued, "title", &UnvaluedBenefit::title, "Benefit title.");
  readonly(unvalued, "kind", &UnvaluedBenefit::kind, "The benefit kind.");
  readonly(unvalued, "reason", &UnvaluedBenefit::reason, "\"qualitative\" or \"no value per unit\".");
  finish_result(unvalued, {"id", "kind", "reason"});

  py::class_<Appraisal> appraisal(
      m, "Appraisal",
      "The figures of one appraisal. Costs (pv_costs, pv_investment) are positive; every other Money is signed. "
      "Ratios are floats or None, years int or None.");
  readonly(appraisal, "currency", &Appraisal::currency, "ISO code.");
  readonly(appraisal, "discount_year", &Appraisal::discount_year, "The year discounted to.");
  readonly(appraisal, "pv_benefits", &Appraisal::pv_benefits, "Money: present value of the benefits.");
  readonly(appraisal, "pv_costs", &Appraisal::pv_costs, "Money (positive): investment + operating + internal hours.");
  readonly(appraisal, "pv_investment", &Appraisal::pv_investment, "Money (positive): the investment.");
  readonly(appraisal, "npv", &Appraisal::npv, "Money: net present value without tax-financing cost.");
  readonly(appraisal, "residual_value", &Appraisal::residual_value, "Money: the part of npv beyond the analysis period.");
  readonly(appraisal, "pv_public_budget", &Appraisal::pv_public_budget, "Money: signed net effect on public budgets.");
  readonly(appraisal, "pv_tax_financing", &Appraisal::pv_tax_financing, "Money: signed tax-financing item.");
  readonly(appraisal, "npv_with_tax_financing", &Appraisal::npv_with_tax_financing, "Money: npv + pv_tax_financing.");
  readonly(appraisal, "beyond_horizon_benefits", &Appraisal::beyond_horizon_benefits,
           "Money: benefits after the valued horizon, nominal.");
  readonly(appraisal, "beyond_horizon_costs", &Appraisal::beyond_horizon_costs,
           "Money: costs after the valued horizon, nominal.");
  readonly(appraisal, "benefit_cost_ratio", &Appraisal::benefit_cost_ratio, "pv_benefits / pv_costs, or None.");
  readonly(appraisal, "net_benefit_per_budget_krone", &Appraisal::net_benefit_per_budget_krone,
           "npv_with_tax_financing / -pv_public_budget, or None.");
  readonly(appraisal, "npv_per_invested_krone", &Appraisal::npv_per_invested_krone,
           "npv_with_tax_financing / pv_investment, or None.");
  readonly(appraisal, "payback_year", &Appraisal::payback_year, "Nominal payback year, or None.");
  readonly(appraisal, "discounted_payback_year", &Appraisal::discounted_payback_year,
           "Discounted payback year, or None.");
  readonly(appraisal, "irr", &Appraisal::irr,
           "IrrResult of the valued flows, or None when not searched (irr=False).");
  readonly(appraisal, "cumulative_nominal", &Appraisal::cumulative_nominal, "list[CumulativePoint].");
  readonly(appraisal, "cumulative_discounted", &Appraisal::cumulative_discounted, "list[CumulativePoint].");
  readonly(appraisal, "nominal_hump", &Appraisal::nominal_hump, "Hump, or None without flows.");
  readonly(appraisal, "discounted_hump", &Appraisal::discounted_hump, "Hump, or None without flows.");
  readonly(appraisal, "tax_financing", &Appraisal::tax_financing, "list[(year, Money)]: tax-financing item per year.");
  readonly(appraisal, "benefits", &Appraisal::benefits, "list[BenefitValue].");
  readonly(appraisal, "unvalued_benefits", &Appraisal::unvalued_benefits, "list[UnvaluedBenefit].");
  readonly(appraisal, "flows", &Appraisal::flows, "list[FlowLine]: the valued flows, tagged.");
  appraisal.def(
      "curve_frame", [](const py::object& self) { return benefits_function("curve_frame")(self); },
      "pandas.DataFrame with one row per year of the cumulative curves (nominal and discounted), to plot the "
      "hump. Needs pandas.");
  finish_result(appraisal, {"discount_year", "pv_benefits", "pv_costs", "npv", "npv_with_tax_financing",
                            "benefit_cost_ratio", "payback_year"});

  py::class_<InitiativeAppraisal> initiative(m, "InitiativeAppraisal", "The appraisal of one initiative.");
  readonly(initiative, "parameter_set", &InitiativeAppraisal::parameter_set, "Id of the parameter set used.");
  readonly(initiative, "initiative", &InitiativeAppraisal::initiative, "Initiative id.");
  readonly(initiative, "title", &InitiativeAppraisal::title, "Initiative title.");
  readonly(initiative, "opening_year", &InitiativeAppraisal::opening_year, "The year effects start.");
  readonly(initiative, "band_anchor_year", &InitiativeAppraisal::band_anchor_year, "Band year 0.");
  readonly(initiative, "appraisal", &InitiativeAppraisal::appraisal, "Appraisal: the figures.");
  initiative.def("to_json", [](const InitiativeAppraisal& self) { return initiative_appraisal_to_json(self); },
                 "The appraisal as its JSON document (docs/benefits.md).");
  finish_result(initiative, {"initiative", "opening_year", "band_anchor_year"});

  py::class_<PortfolioAppraisal> portfolio_class(m, "PortfolioAppraisal",
                                           "The appraisal of a portfolio: the total and each initiative.");
  readonly(portfolio_class, "parameter_set", &PortfolioAppraisal::parameter_set, "Id of the parameter set used.");
  readonly(portfolio_class, "total", &PortfolioAppraisal::total,
           "Appraisal: sums over the initiatives; curves, payback and IRR of the summed flows.");
  readonly(portfolio_class, "initiatives", &PortfolioAppraisal::initiatives, "list[InitiativeAppraisal] in portfolio order.");
  portfolio_class
      .def(
          "__getitem__",
          [](const PortfolioAppraisal& self, const std::string& id) {
            for (const auto& i : self.initiatives)
              if (i.initiative.str() == id) return i;
            throw py::key_error(id);
          },
          py::arg("id"), "The InitiativeAppraisal of initiative ``id``; KeyError when absent.")
      .def("__len__", [](const PortfolioAppraisal& self) { return self.initiatives.size(); })
      .def(
          "to_frame", [](const py::object& self) { return benefits_function("appraisal_frame")(self); },
          "pandas.DataFrame with one row per initiative: id, pv_costs, pv_benefits, npv, npv_with_tax_financing "
          "(each *_minor int64 and float), bcr, payback_year. Needs pandas.")
      .def(
          "curve_frame", [](const py::object& self) { return benefits_function("curve_frame")(self.attr("total")); },
          "The total's curve_frame(). Needs pandas.");
  portfolio_class.def("_columns", &appraisal_columns, "The columns of to_frame() (tiltak/_benefits.py).");
  portfolio_class.def("_flow_columns", &flow_columns, "The columns of flows_frame() (tiltak/_benefits.py).");
  portfolio_class.def(
      "flows_frame", [](const py::object& self) { return benefits_function("flows_frame")(self); },
      "pandas.DataFrame with one row per valued flow of every initiative, in portfolio order: initiative, year, "
      "category (categorical), amount_minor (int64) and amount (float64), public_share_basis_points. Needs "
      "pandas.");
  portfolio_class.def("to_json", [](const PortfolioAppraisal& self) { return portfolio_appraisal_to_json(self); },
                      "The appraisal as its JSON document (docs/benefits.md).");
  finish_result(portfolio_class, {"total"});

  const char* options_doc =
      " ``parameters`` is a ParameterSet, a built-in id, or None (\"no-2021\" for NOK, \"dk-2023\" for DKK; "
      "InvalidArgumentError for other currencies). The keyword options override the set's defaults (AppraisalOptions in appraisal.hpp). "
      "``irr=False`` skips the search for internal rates of return (each ``irr`` is then None). "
      "ValidationError for bad parameters. Releases the GIL.";
  m.def(
      "appraise_portfolio",
      [](const py::object& portfolio, const py::object& parameters, std::optional<int> discount_year,
         std::optional<int> band_anchor_year, std::optional<int> opening_year,
         std::optional<int> analysis_period_years, std::optional<int> lifetime_years,
         std::optional<bool> residual_value, std::optional<double> tax_financing_rate, CostBasis cost_basis,
         bool irr) {
        auto snapshot = portfolio_snapshot(portfolio);
        const ParameterSet set = parameters_of(parameters, snapshot->currency);
        AppraisalOptions options = options_of(discount_year, band_anchor_year, opening_year, analysis_period_years,
                                              lifetime_years, residual_value, tax_financing_rate, cost_basis);
        options.internal_rates_of_return = irr;
        py::gil_scoped_release release;
        return appraise_portfolio(*snapshot, set, options);
      },
      py::arg("portfolio"), py::arg("parameters") = py::none(), py::kw_only(), py::arg("discount_year") = py::none(),
      py::arg("band_anchor_year") = py::none(), py::arg("opening_year") = py::none(),
      py::arg("analysis_period_years") = py::none(), py::arg("lifetime_years") = py::none(),
      py::arg("residual_value") = py::none(), py::arg("tax_financing_rate") = py::none(),
      py::arg("cost_basis") = CostBasis::plan, py::arg("irr") = true,
      (std::string("Cost-benefit appraisal of every initiative and the portfolio: a PortfolioAppraisal.") +
       options_doc)
          .c_str());
  m.def(
      "appraise_initiative",
      [](const py::object& portfolio, const InitiativeId& id, const py::object& parameters,
         std::optional<int> discount_year, std::optional<int> band_anchor_year, std::optional<int> opening_year,
         std::optional<int> analysis_period_years, std::optional<int> lifetime_years,
         std::optional<bool> residual_value, std::optional<double> tax_financing_rate, CostBasis cost_basis,
         bool irr) {
        auto snapshot = portfolio_snapshot(portfolio);
        const ParameterSet set = parameters_of(parameters, snapshot->currency);
        AppraisalOptions options = options_of(discount_year, band_anchor_year, opening_year, analysis_period_years,
                                              lifetime_years, residual_value, tax_financing_rate, cost_basis);
        options.internal_rates_of_return = irr;
        py::gil_scoped_release release;
        return appraise_initiative(*snapshot, id, set, options);
      },
      py::arg("portfolio"), py::arg("id"), py::arg("parameters") = py::none(), py::kw_only(),
      py::arg("discount_year") = py::none(), py::arg("band_anchor_year") = py::none(),
      py::arg("opening_year") = py::none(), py::arg("analysis_period_years") = py::none(),
      py::arg("lifetime_years") = py::none(), py::arg("residual_value") = py::none(),
      py::arg("tax_financing_rate") = py::none(), py::arg("cost_basis") = CostBasis::plan, py::arg("irr") = true,
      (std::string("Cost-benefit appraisal of initiative ``id``: an InitiativeAppraisal. NotFoundError for an "
                   "unknown id.") +
       options_doc)
          .c_str());
}

RealisationOptions realisation_options(const Date& as_of, int measurement_grace_days, double behind_plan_tolerance) {
  RealisationOptions options;
  options.as_of = as_of;
  options.measurement_grace_days = measurement_grace_days;
  options.behind_plan_tolerance = behind_plan_tolerance;
  return options;
}

void bind_realisation(py::module_& m) {
  py::class_<MeasuredPoint> point(m, "MeasuredPoint", "One measurement seen against the plan.");
  readonly(point, "date", &MeasuredPoint::date, "datetime.date of the measurement.");
  readonly(point, "value", &MeasuredPoint::value, "The measured indicator value, as recorded.");
  readonly(point, "period_start", &MeasuredPoint::period_start,
           "datetime.date: the start of the period a period total covers, or None for an annual level.");
  readonly(point, "annual_level", &MeasuredPoint::annual_level,
           "The annual level the degree is computed from (a period total × 365 / the period's days).");
  readonly(point, "degree", &MeasuredPoint::degree, "Realisation degree (1.0 = target), or None.");
  readonly(point, "planned_degree", &MeasuredPoint::planned_degree, "The plan at that date, or None.");
  finish_result(point, {"date", "value", "degree", "planned_degree"});

  py::class_<RealisationYear> year(m, "RealisationYear", "One profile year: planned against realised.");
  readonly(year, "year", &RealisationYear::year, "The year.");
  readonly(year, "planned_quantity", &RealisationYear::planned_quantity, "Planned quantity (indicator units).");
  readonly(year, "planned_degree", &RealisationYear::planned_degree, "Quantity / the largest quantity.");
  readonly(year, "degree", &RealisationYear::degree, "Degree of the year's latest measurement, or None.");
  readonly(year, "planned_value", &RealisationYear::planned_value, "Money planned in the year.");
  readonly(year, "realised_value", &RealisationYear::realised_value, "Money realised, or None.");
  finish_result(year, {"year", "planned_degree", "degree", "planned_value", "realised_value"});

  py::class_<RealisationForecast> forecast(m, "RealisationForecast",
                                           "Least-squares trend of degree on time (years of 365.25 days).");
  readonly(forecast, "slope_per_year", &RealisationForecast::slope_per_year, "Degree gained per year.");
  readonly(forecast, "intercept", &RealisationForecast::intercept, "Degree at the first measurement.");
  readonly(forecast, "degree_at_target", &RealisationForecast::degree_at_target, "At the target date, or None.");
  readonly(forecast, "full_realisation", &RealisationForecast::full_realisation,
           "datetime.date when the trend reaches 1.0, or None.");
  readonly(forecast, "remaining_value", &RealisationForecast::remaining_value,
           "Money of the later profile years at the trend (clamped to 0..1).");
  finish_result(forecast, {"slope_per_year", "degree_at_target", "full_realisation", "remaining_value"});

  py::class_<BenefitRealisation> benefit(m, "BenefitRealisation", "One benefit's realisation as of a date.");
  readonly(benefit, "id", &BenefitRealisation::id, "Benefit id.");
  readonly(benefit, "title", &BenefitRealisation::title, "Benefit title.");
  readonly(benefit, "owner", &BenefitRealisation::owner, "Owner person id, or None.");
  readonly(benefit, "direction", &BenefitRealisation::direction, "\"increase\" or \"decrease\".");
  readonly(benefit, "valued_in_money", &BenefitRealisation::valued_in_money, "Whether money figures apply.");
  readonly(benefit, "measurements", &BenefitRealisation::measurements, "list[MeasuredPoint] up to as_of.");
  readonly(benefit, "latest_degree", &BenefitRealisation::latest_degree, "Degree of the latest measurement.");
  readonly(benefit, "planned_degree_now", &BenefitRealisation::planned_degree_now, "The plan at as_of.");
  readonly(benefit, "years", &BenefitRealisation::years, "list[RealisationYear].");
  readonly(benefit, "planned_to_date", &BenefitRealisation::planned_to_date, "Money: profile years <= as-of year.");
  readonly(benefit, "planned_to_date_unattributed", &BenefitRealisation::planned_to_date_unattributed,
           "Money: its part attributed to no initiative (not in the appraisal or the report's economy).");
  readonly(benefit, "realised_to_date", &BenefitRealisation::realised_to_date, "Money realised in those years.");
  readonly(benefit, "forecast", &BenefitRealisation::forecast, "RealisationForecast, or None.");
  readonly(benefit, "flags", &BenefitRealisation::flags,
           "list[str]: behind_plan, no_measurement_when_due, no_owner, not_measurable, target_against_direction.");
  readonly(benefit, "as_of", &BenefitRealisation::as_of, "datetime.date: the day it is read on.");
  benefit.def(
      "to_json",
      [](const BenefitRealisation& self) {
        return benefit_realisation_to_json(self, self.as_of, self.planned_to_date.currency());
      },
      "The realisation as its JSON document (docs/benefits.md).");
  benefit.def(
      "plot", [](const py::object& self, const py::object& ax) { return benefits_function("plot_realisation")(self, ax); },
      py::arg("ax") = py::none(), "Plot the planned degree against the measured degrees and the trend. Needs matplotlib.");
  finish_result(benefit, {"id", "latest_degree", "planned_degree_now", "flags"});

  py::class_<RealisationSummary> summary(m, "RealisationSummary", "Realisation of every benefit, rolled up.");
  readonly(summary, "as_of", &RealisationSummary::as_of, "datetime.date.");
  readonly(summary, "currency", &RealisationSummary::currency, "ISO code.");
  readonly(summary, "planned_to_date", &RealisationSummary::planned_to_date, "Money.");
  readonly(summary, "planned_to_date_unattributed", &RealisationSummary::planned_to_date_unattributed,
           "Money: the part attributed to no initiative.");
  readonly(summary, "realised_to_date", &RealisationSummary::realised_to_date, "Money.");
  readonly(summary, "forecast_remaining", &RealisationSummary::forecast_remaining, "Money.");
  readonly(summary, "behind_plan", &RealisationSummary::behind_plan, "Number of benefits behind plan.");
  readonly(summary, "no_measurement_when_due", &RealisationSummary::no_measurement_when_due, "Number.");
  readonly(summary, "no_owner", &RealisationSummary::no_owner, "Number.");
  readonly(summary, "not_measurable", &RealisationSummary::not_measurable, "Number.");
  readonly(summary, "target_against_direction", &RealisationSummary::target_against_direction, "Number.");
  readonly(summary, "benefits", &RealisationSummary::benefits, "list[BenefitRealisation] in portfolio order.");
  summary.def(
      "to_frame", [](const py::object& self) { return benefits_function("realisation_frame")(self); },
      "pandas.DataFrame with one row per benefit. Needs pandas.");
  summary.def("to_json", [](const RealisationSummary& self) { return portfolio_realisation_to_json(self); },
              "The summary as its JSON document (docs/benefits.md).");
  finish_result(summary, {"as_of", "planned_to_date", "realised_to_date", "behind_plan"});

  m.def(
      "portfolio_realisation",
      [](const py::object& portfolio, const Date& as_of, int measurement_grace_days, double behind_plan_tolerance) {
        auto snapshot = portfolio_snapshot(portfolio);
        const auto options = realisation_options(as_of, measurement_grace_days, behind_plan_tolerance);
        py::gil_scoped_release release;
        return portfolio_realisation(*snapshot, options);
      },
      py::arg("portfolio"), py::arg("as_of"), py::kw_only(), py::arg("measurement_grace_days") = 0,
      py::arg("behind_plan_tolerance") = 0.0,
      "Realisation tracking of every benefit as of ``as_of`` (datetime.date): a RealisationSummary. See "
      "docs/benefits.md, \"Realisation tracking\". Releases the GIL.");
  m.def(
      "benefit_realisation",
      [](const py::object& portfolio, const BenefitId& id, const Date& as_of, int measurement_grace_days,
         double behind_plan_tolerance) {
        auto snapshot = portfolio_snapshot(portfolio);
        const auto options = realisation_options(as_of, measurement_grace_days, behind_plan_tolerance);
        py::gil_scoped_release release;
        return benefit_realisation(*snapshot, id, options);
      },
      py::arg("portfolio"), py::arg("id"), py::arg("as_of"), py::kw_only(), py::arg("measurement_grace_days") = 0,
      py::arg("behind_plan_tolerance") = 0.0,
      "Realisation of benefit ``id`` as of ``as_of``: a BenefitRealisation. NotFoundError for an unknown id.");
}

void bind_payers(py::module_& m) {
  py::class_<PayerRecipientCell> cell(m, "PayerRecipientCell", "Benefit PV a payer's money buys for a recipient.");
  readonly(cell, "payer", &PayerRecipientCell::payer, "(kind, id or None).");
  readonly(cell, "recipient", &PayerRecipientCell::recipient, "(kind, id or None).");
  readonly(cell, "present_value", &PayerRecipientCell::present_value, "Money.");
  finish_result(cell, {"payer", "recipient", "present_value"});

  py::class_<PartyBalance> balance(m, "PartyBalance", "What a party bears and receives, in present values.");
  readonly(balance, "party", &PartyBalance::party, "(kind, id or None).");
  readonly(balance, "pv_costs_borne", &PartyBalance::pv_costs_borne, "Money (positive).");
  readonly(balance, "pv_benefits_received", &PartyBalance::pv_benefits_received, "Money.");
  readonly(balance, "net", &PartyBalance::net, "Money: received - borne.");
  finish_result(balance, {"party", "pv_costs_borne", "pv_benefits_received", "net"});

  py::class_<PayerRecipientMatrix> matrix(m, "PayerRecipientMatrix",
                                          "Cost bearers against benefit recipients (docs/benefits.md).");
  readonly(matrix, "parameter_set", &PayerRecipientMatrix::parameter_set, "Id of the parameter set used.");
  readonly(matrix, "currency", &PayerRecipientMatrix::currency, "ISO code.");
  readonly(matrix, "discount_year", &PayerRecipientMatrix::discount_year, "The year discounted to.");
  readonly(matrix, "level", &PayerRecipientMatrix::level, "\"unit\", \"service_area\" or \"member\".");
  readonly(matrix, "payers", &PayerRecipientMatrix::payers, "list[(kind, id)]: the rows.");
  readonly(matrix, "recipients", &PayerRecipientMatrix::recipients, "list[(kind, id)]: the columns.");
  readonly(matrix, "cells", &PayerRecipientMatrix::cells, "list[PayerRecipientCell]: the non-zero cells.");
  readonly(matrix, "parties", &PayerRecipientMatrix::parties, "list[PartyBalance].");
  readonly(matrix, "benefits_without_payer", &PayerRecipientMatrix::benefits_without_payer,
           "Money: PV benefits of initiatives without valued costs.");
  matrix.def(
      "to_frame", [](const py::object& self) { return benefits_function("payer_matrix_frame")(self); },
      "pandas.DataFrame, payers as rows and recipients as columns, float kroner. Needs pandas.");
  matrix.def(
      "plot", [](const py::object& self, const py::object& ax) { return benefits_function("plot_payer_matrix")(self, ax); },
      py::arg("ax") = py::none(), "A heat map of the matrix. Needs matplotlib and pandas.");
  matrix.def("to_json", [](const PayerRecipientMatrix& self) { return payers_part(self, {}, std::nullopt, "matrix"); },
             "The matrix as in the payers document (docs/benefits.md), without budget_withdrawal and cofinancing.");
  finish_result(matrix, {"level", "payers", "recipients"});

  py::class_<PartyWithdrawal> party(m, "PartyWithdrawal", "Gevinstuttak of one party.");
  readonly(party, "party", &PartyWithdrawal::party, "(kind, id or None).");
  readonly(party, "years", &PartyWithdrawal::years, "list[(year, Money)].");
  readonly(party, "total", &PartyWithdrawal::total, "Money.");
  finish_result(party, {"party", "total"});

  py::class_<BudgetWithdrawal> withdrawal(m, "BudgetWithdrawal",
                                          "Budget effect that can be withdrawn (gevinstuttak) per party and year.");
  readonly(withdrawal, "currency", &BudgetWithdrawal::currency, "ISO code.");
  readonly(withdrawal, "level", &BudgetWithdrawal::level, "The party level.");
  readonly(withdrawal, "counted", &BudgetWithdrawal::counted, "The commitments counted (\"committed\", ...).");
  readonly(withdrawal, "withdrawal_share", &BudgetWithdrawal::withdrawal_share, "Part of the planned gains withdrawn.");
  readonly(withdrawal, "share_source", &BudgetWithdrawal::share_source,
           "\"parameter_set\", \"whole_gain\" or \"options\": where the share came from.");
  readonly(withdrawal, "planned_gains", &BudgetWithdrawal::planned_gains,
           "Money: the counted initiatives' planned cash-releasing gains inside the organisation.");
  readonly(withdrawal, "parties", &BudgetWithdrawal::parties, "list[PartyWithdrawal].");
  readonly(withdrawal, "by_year", &BudgetWithdrawal::by_year, "list[(year, Money)].");
  readonly(withdrawal, "total", &BudgetWithdrawal::total, "Money.");
  withdrawal.def(
      "to_json",
      [](const BudgetWithdrawal& self) {
        PayerRecipientMatrix none;
        none.currency = self.currency;
        return payers_part(none, self, std::nullopt, "budget_withdrawal");
      },
      "{\"budget_withdrawal\": ...} as in the payers document (docs/benefits.md).");
  finish_result(withdrawal, {"level", "total"});

  py::class_<CofinancingYear> year(m, "CofinancingYear", "One year of the co-financing rule.");
  readonly(year, "year", &CofinancingYear::year, "The year.");
  readonly(year, "internal_gains", &CofinancingYear::internal_gains, "Money.");
  readonly(year, "operating_costs", &CofinancingYear::operating_costs, "Money (positive).");
  readonly(year, "net_gain", &CofinancingYear::net_gain, "Money.");
  readonly(year, "withdrawal", &CofinancingYear::withdrawal, "Money.");
  finish_result(year, {"year", "net_gain", "withdrawal"});

  py::class_<CofinancingAssessment> assessment(m, "CofinancingAssessment", "One initiative against Digdir's rules.");
  readonly(assessment, "initiative", &CofinancingAssessment::initiative, "Initiative id.");
  readonly(assessment, "title", &CofinancingAssessment::title, "Initiative title.");
  readonly(assessment, "commitment", &CofinancingAssessment::commitment, "Where the initiative stands.");
  readonly(assessment, "project_cost", &CofinancingAssessment::project_cost, "Money: investment + internal hours.");
  readonly(assessment, "eligible", &CofinancingAssessment::eligible, "bool: within every limit of the scheme.");
  readonly(assessment, "outside", &CofinancingAssessment::outside,
           "list[str]: the limits it breaks (\"min_project_cost\", \"max_project_cost\", \"max_budget_years\").");
  readonly(assessment, "within_cost_limits", &CofinancingAssessment::within_cost_limits, "bool.");
  readonly(assessment, "max_grant", &CofinancingAssessment::max_grant, "Money.");
  readonly(assessment, "budget_years", &CofinancingAssessment::budget_years, "int.");
  readonly(assessment, "within_budget_years", &CofinancingAssessment::within_budget_years, "bool.");
  readonly(assessment, "npv_per_invested_krone", &CofinancingAssessment::npv_per_invested_krone, "float or None.");
  readonly(assessment, "years", &CofinancingAssessment::years, "list[CofinancingYear].");
  readonly(assessment, "total_withdrawal", &CofinancingAssessment::total_withdrawal,
           "Money: what the rule would withdraw; in the report's total only when eligible.");
  finish_result(assessment, {"initiative", "project_cost", "eligible", "total_withdrawal"});

  py::class_<CofinancingReport> report(m, "CofinancingReport", "Digdir's co-financing rule over the portfolio.");
  readonly(report, "parameter_set", &CofinancingReport::parameter_set, "Id of the parameter set used.");
  readonly(report, "source", &CofinancingReport::source, "Where the scheme's rules are stated.");
  readonly(report, "counted", &CofinancingReport::counted, "The commitments counted.");
  report.def_property_readonly("withdrawal_share", [](const CofinancingReport& r) { return r.rules.withdrawal_share; },
                               "Part of the internal net gain withdrawn (0.5).");
  readonly(report, "initiatives", &CofinancingReport::initiatives, "list[CofinancingAssessment].");
  readonly(report, "total_withdrawal", &CofinancingReport::total_withdrawal, "Money: of the eligible initiatives.");
  report.def(
      "to_json",
      [](const CofinancingReport& self) {
        PayerRecipientMatrix none;
        none.currency = self.total_withdrawal.currency();
        return payers_part(none, {}, self, "cofinancing");
      },
      "{\"cofinancing\": ...} as in the payers document (docs/benefits.md).");
  pickled<CofinancingReport>(
      report, "rules",
      [](const CofinancingReport& r) {
        const CofinancingRules& c = r.rules;
        return py::object(py::make_tuple(c.withdrawal_share, c.currency, c.min_project_cost, c.max_project_cost,
                                         c.max_grant_share, c.max_grant, c.max_budget_years, c.source));
      },
      [](CofinancingReport& r, py::handle value) {
        const auto t = value.cast<py::tuple>();
        CofinancingRules& c = r.rules;
        c.withdrawal_share = t[0].cast<double>();
        c.currency = t[1].cast<Currency>();
        c.min_project_cost = t[2].cast<std::optional<Money>>();
        c.max_project_cost = t[3].cast<std::optional<Money>>();
        c.max_grant_share = t[4].cast<double>();
        c.max_grant = t[5].cast<std::optional<Money>>();
        c.max_budget_years = t[6].cast<std::optional<int>>();
        c.source = t[7].cast<std::string>();
      });
  finish_result(report, {"parameter_set", "total_withdrawal"});

  // The three analyses of who pays and who gains take the same options (PayersOptions).
  const auto payers_function = [&m](const char* name, auto analyse, const char* doc) {
    m.def(
        name,
        [analyse](const py::object& portfolio, const py::object& parameters, PartyLevel level, Commitments counted,
                  std::optional<double> withdrawal_share, std::optional<int> discount_year) {
          auto snapshot = portfolio_snapshot(portfolio);
          const ParameterSet set = parameters_of(parameters, snapshot->currency);
          PayersOptions options;
          options.level = level;
          options.counted = counted;
          options.withdrawal_share = withdrawal_share;
          options.appraisal.discount_year = discount_year;
          py::gil_scoped_release release;
          return analyse(*snapshot, set, options);
        },
        py::arg("portfolio"), py::arg("parameters") = py::none(), py::kw_only(), py::arg("level") = PartyLevel::unit,
        py::arg("counted") = Commitments{}, py::arg("withdrawal_share") = py::none(),
        py::arg("discount_year") = py::none(), doc);
  };
  payers_function(
      "payer_recipient_matrix",
      [](const Portfolio& p, const ParameterSet& set, const PayersOptions& o) { return payer_recipient_matrix(p, set, o); },
      "Who pays and who gains: a PayerRecipientMatrix. ``level``: \"unit\", \"service_area\" or \"member\"; "
      "``counted``: the commitments counted, (\"committed\",) by default, add \"pipeline\", \"paused\", "
      "\"dropped\" to count more. Releases the GIL.");
  payers_function(
      "budget_withdrawal",
      [](const Portfolio& p, const ParameterSet& set, const PayersOptions& o) { return budget_withdrawal(p, set, o); },
      "Gevinstuttak per party and year: a BudgetWithdrawal. The parameter set's withdrawal share (50 % under "
      "no-2021's co-financing rules, the whole gain without rules) unless ``withdrawal_share`` (0 to 1); "
      "committed initiatives only unless ``counted``.");
  payers_function(
      "cofinancing_assessment",
      [](const Portfolio& p, const ParameterSet& set, const PayersOptions& o) { return cofinancing_assessment(p, set, o); },
      "Digdir's co-financing rule (50 % of internal net gains withdrawn) and limits: a CofinancingReport; each "
      "initiative says whether it is eligible and which limits it is outside; the total counts eligible ones. "
      "InvalidArgumentError when the parameter set has no co-financing rules.");
}

// A JSON input given as text, or as a dict / list (tiltak._results.options_json: Money,
// Decimal and dates become their document text).
std::string json_input(const py::object& input) {
  if (py::isinstance<py::str>(input)) return input.cast<std::string>();
  return py::module_::import("tiltak._results").attr("options_json")(input).cast<std::string>();
}


// The plus-minus method and the uncertainty analysis hand out their JSON documents as dicts
// (docs/benefits.md lists the fields); _benefits.py makes DataFrames and plots of them.
void bind_effects_and_uncertainty(py::module_& m) {
  m.def(
      "plus_minus",
      [](const py::object& portfolio, const py::object& assessments, const py::object& parameters) {
        auto snapshot = portfolio_snapshot(portfolio);
        const ParameterSet set = parameters_of(parameters, snapshot->currency);
        const PlusMinusInput input = plus_minus_input_from_json(json_input(assessments), "assessments");
        std::string text;
        {
          py::gil_scoped_release release;
          text = plus_minus_to_json(plus_minus(*snapshot, set, input));
        }
        return json_loads(text);
      },
      py::arg("portfolio"), py::arg("assessments") = py::dict(py::arg("assessments") = py::list()),
      py::arg("parameters") = py::none(),
      "The plus-minus method: ``assessments`` as a dict or JSON text ({\"assessments\": [{\"benefit\", "
      "\"significance\", \"scope\", \"note\"}], \"matrix\": optional}). Returns the result document as a "
      "dict; every benefit without a money value is listed. ValidationError for bad input.");
  m.def(
      "uncertainty_analysis",
      [](const py::object& portfolio, const py::object& estimates, const py::object& parameters) {
        auto snapshot = portfolio_snapshot(portfolio);
        const ParameterSet set = parameters_of(parameters, snapshot->currency);
        const UncertaintyInput input = uncertainty_input_from_json(json_input(estimates), "estimates");
        std::string text;
        {
          py::gil_scoped_release release;
          text = uncertainty_to_json(uncertainty_analysis(*snapshot, set, input));
        }
        return json_loads(text);
      },
      py::arg("portfolio"), py::arg("estimates") = py::dict(), py::arg("parameters") = py::none(),
      "Monte Carlo (triangular, seeded, the same for any thread count) and tornado of the NPV with "
      "tax-financing cost: ``estimates`` as a dict or JSON text ({\"seed\", \"draws\", \"threads\", "
      "\"defaults\", \"initiatives\": {id: {\"cost_factor\": [low, likely, high], \"benefit_factor\", "
      "\"delay_years\"}}}). Returns the result document as a dict. Releases the GIL.");
  m.def(
      "slip_value_change",
      [](const py::object& portfolio, const InitiativeId& id, long days, const py::object& parameters) {
        auto snapshot = portfolio_snapshot(portfolio);
        const ParameterSet set = parameters_of(parameters, snapshot->currency);
        std::string text;
        {
          py::gil_scoped_release release;
          text = slip_value_change_to_json(slip_value_change(*snapshot, id, days, set));
        }
        return json_loads(text);
      },
      py::arg("portfolio"), py::arg("id"), py::arg("days"), py::arg("parameters") = py::none(),
      "What a slip of initiative ``id`` by ``days`` calendar days does to the present value of the benefits "
      "that move with it (docs/benefits.md): the result document as a dict.");
}

}  // namespace

void bind_benefits(py::module_& module) {
  bind_parameters(module);
  bind_curve(module);
  bind_appraisal(module);
  bind_realisation(module);
  bind_payers(module);
  bind_effects_and_uncertainty(module);
}

}  // namespace tiltak_python
