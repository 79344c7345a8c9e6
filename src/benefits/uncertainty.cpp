#include "tiltak/benefits/uncertainty.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "benefits/overflow_context.hpp"
#include "core/monte_carlo.hpp"
#include "io/json_output.hpp"
#include "io/json_reader.hpp"
#include "tiltak/benefits/discount_curve.hpp"
#include "tiltak/core/problem_value.hpp"

namespace tiltak {

template <>
std::span<const EnumName<TornadoItem>> enum_names() noexcept {
  static constexpr EnumName<TornadoItem> names[] = {{TornadoItem::costs, "costs"}, {TornadoItem::benefits, "benefits"}};
  return names;
}

double triangular_quantile(const ThreePoint& e, double u) noexcept {
  const double width = e.high - e.low;
  if (width <= 0) return e.likely;
  const double left = (e.likely - e.low) / width;
  if (u < left) return e.low + std::sqrt(u * width * (e.likely - e.low));
  return e.high - std::sqrt((1 - u) * width * (e.high - e.likely));
}

namespace {

// One initiative reduced to what a draw needs: the PV (with tax-financing cost) of its costs,
// and of its benefits delayed by 0 … max delay whole years.
struct Item {
  long double costs = 0;
  std::vector<long double> benefits;  // by delay in years
  ThreePoint cost_factor, benefit_factor, delay;
};

std::vector<Problem> estimate_problems(const ThreePoint& e, const std::string& pointer, bool delay) {
  std::vector<Problem> problems;
  auto value = [&] { return "[" + detail::OutputJson(e.low).dump() + ", " + detail::OutputJson(e.likely).dump() +
                            ", " + detail::OutputJson(e.high).dump() + "]"; };
  if (!std::isfinite(e.low) || !std::isfinite(e.likely) || !std::isfinite(e.high) || e.low > e.likely ||
      e.likely > e.high)
    problems.push_back(Problem{"uncertainty input", pointer, 0, 0, value(), "expected low ≤ likely ≤ high"});
  else if (e.low < 0)
    problems.push_back(Problem{"uncertainty input", pointer, 0, 0, value(), "must not be negative"});
  else if (delay && e.high > 100)
    problems.push_back(Problem{"uncertainty input", pointer, 0, 0, value(), "a delay of more than 100 years"});
  return problems;
}

void validate(const Portfolio& portfolio, const UncertaintyInput& input) {
  std::vector<Problem> problems;
  auto add = [&](std::vector<Problem> more) { problems.insert(problems.end(), more.begin(), more.end()); };
  if (input.draws < 1 || input.draws > 10'000'000)
    problems.push_back(Problem{"uncertainty input", "/draws", 0, 0, std::to_string(input.draws), "expected 1 … 10 000 000"});
  if (input.threads < 1 || input.threads > 64)
    problems.push_back(Problem{"uncertainty input", "/threads", 0, 0, std::to_string(input.threads), "expected 1 … 64"});
  if (!std::isfinite(input.tornado_swing) || input.tornado_swing < 0 || input.tornado_swing > 1)
    problems.push_back(Problem{"uncertainty input", "/tornado_swing_percent", 0, 0, "", "expected 0 … 100 %"});
  add(estimate_problems(input.default_cost_factor, "/defaults/cost_factor", false));
  add(estimate_problems(input.default_benefit_factor, "/defaults/benefit_factor", false));
  add(estimate_problems(input.default_delay_years, "/defaults/delay_years", true));
  for (const auto& u : input.initiatives) {
    const std::string pointer = "/initiatives/" + u.initiative.str();
    if (!portfolio.find_initiative(u.initiative))
      problems.push_back(Problem{"uncertainty input", pointer, 0, 0, problem_value(u.initiative.str()), "no such initiative"});
    add(estimate_problems(u.cost_factor, pointer + "/cost_factor", false));
    add(estimate_problems(u.benefit_factor, pointer + "/benefit_factor", false));
    add(estimate_problems(u.delay_years, pointer + "/delay_years", true));
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
}

// Per-initiative sums of whole minor units over up to 10 million draws: 10^7 × 2^63 needs more
// than 64 bits (an int64 sum wrapped around for a few billion kroner over many draws).
__extension__ typedef __int128 DrawSum;

// sum / draws, rounded to the nearest minor unit, halves away from zero, exactly.
std::int64_t rounded_mean(DrawSum sum, std::size_t draws) {
  const auto divisor = static_cast<DrawSum>(draws);
  DrawSum mean = sum / divisor;
  const DrawSum rest = sum % divisor;
  if (2 * (rest < 0 ? -rest : rest) >= divisor) mean += sum < 0 ? -1 : 1;
  return static_cast<std::int64_t>(mean);  // |mean| ≤ the largest |term| < 2^63
}

// A three-point estimate ready to draw from: triangular_quantile() with its divisions done
// once and its two branches taken without a jump (which way a draw goes is a coin toss for the
// branch predictor). Below the mode low + √(u × width × (likely − low)), above it high −
// √((1 − u) × width × (high − likely)): the same operations in the same order, so the same
// results to the last bit. One point (width 0) is likely + √0.
struct Triangle {
  double left = 2, width = 0, low = 1, high = 1, below = 0, above = 0;
  explicit Triangle(const ThreePoint& e) : low(e.likely), high(e.likely) {
    if (e.high - e.low <= 0) return;
    width = e.high - e.low;
    left = (e.likely - e.low) / width;
    low = e.low;
    high = e.high;
    below = e.likely - e.low;
    above = e.high - e.likely;
  }
  double at(double u) const noexcept {
    const bool lower = u < left;
    const double root = std::sqrt((lower ? u : 1 - u) * width * (lower ? below : above));
    return lower ? low + root : high - root;
  }
};

// One draw of an initiative's NPV in whole minor units (rounded halves away from zero), and
// whether the unrounded value is below zero.
struct Rounded {
  std::int64_t whole = 0;
  bool whole_fits = true;  // |whole| < 2^63
  bool negative = false;
};

// The initiatives ready to draw from, and a draw's NPV of one: cost × PV(costs) + benefit ×
// PV(benefits delayed), as in long double, computed in double where that gives the same whole
// minor units and the same sign. The double value is within `bound` of the long double one
// (four roundings of at most half an ulp each, with room to spare); only when a half or zero
// lies within that distance (about one draw in 10^5 for amounts in the millions) is the long
// double value computed and rounded.
class Draws {
 public:
  explicit Draws(const std::vector<Item>& items) : items_(items) {
    for (const auto& item : items) stride_ = std::max(stride_, item.benefits.size());
    benefits_.resize(items.size() * stride_);
    drawn_.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      std::copy(item.benefits.begin(), item.benefits.end(), benefits_.begin() + static_cast<std::ptrdiff_t>(i * stride_));
      const bool no_flows = item.costs == 0 && std::all_of(item.benefits.begin(), item.benefits.end(),
                                                           [](long double pv) { return pv == 0; });
      drawn_.push_back({Triangle(item.cost_factor), Triangle(item.benefit_factor), Triangle(item.delay),
                        static_cast<double>(item.costs), item.benefits.size() - 1, no_flows});
    }
  }
  std::size_t size() const noexcept { return drawn_.size(); }

  // Initiative i's draw from three uniforms.
  Rounded value(std::size_t i, double u_cost, double u_benefit, double u_delay) const noexcept {
    const Drawn& item = drawn_[i];
    const double cost = item.cost_factor.at(u_cost);
    const double benefit = item.benefit_factor.at(u_benefit);
    // std::lround of the drawn delay (≥ 0), at most the last delay computed.
    const double years = item.delay.at(u_delay);
    auto delay = static_cast<std::size_t>(years);  // truncated
    delay += years - static_cast<double>(delay) >= 0.5 ? 1 : 0;
    delay = std::min(delay, item.last_delay);
    if (item.no_flows) return {};
    const double c = cost * item.costs, b = benefit * benefits_[i * stride_ + delay];
    const double value = c + b;
    const double bound = (std::fabs(c) + std::fabs(b)) * 0x1p-49;
    if (std::fabs(value) < 0x1p52 && bound < 0.125 && std::fabs(value) > bound) {
      const auto truncated = static_cast<std::int64_t>(value);
      const double distance = std::fabs(value - static_cast<double>(truncated)) - 0.5;  // the fraction is exact
      if (std::fabs(distance) > bound) {
        const std::int64_t away = value < 0 ? -1 : 1;
        return {truncated + (distance > 0 ? away : 0), true, value < 0};
      }
    }
    const Item& exact = items_[i];
    const long double precise = cost * exact.costs + benefit * exact.benefits[delay];
    const long double whole = std::round(precise);
    const bool fits = std::fabs(whole) < 0x1p63L;
    return {fits ? static_cast<std::int64_t>(whole) : 0, fits, precise < 0};
  }

 private:
  struct Drawn {
    Triangle cost_factor, benefit_factor, delay;
    double costs;
    std::size_t last_delay;
    bool no_flows;  // every draw is exactly 0
  };
  const std::vector<Item>& items_;
  std::vector<Drawn> drawn_;
  std::size_t stride_ = 1;
  std::vector<double> benefits_;  // PV of benefits delayed d years: [i × stride + d]
};

long double quantile(const std::vector<long double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + static_cast<long double>(h - std::floor(h)) * (sorted[above] - sorted[below]);
}

}  // namespace

UncertaintyResult uncertainty_analysis(const Portfolio& portfolio, const ParameterSet& parameters,
                                       const UncertaintyInput& input, const AppraisalOptions& options) {
  validate(portfolio, input);
  AppraisalOptions without_irr = options;  // the simulation needs the flows, not the IRRs
  without_irr.internal_rates_of_return = false;
  const PortfolioAppraisal appraisal = appraise_portfolio(portfolio, parameters, without_irr);
  const Currency currency = portfolio.currency;
  const double rate = options.tax_financing_rate.value_or(parameters.tax_financing_rate);
  std::map<InitiativeId, const InitiativeUncertainty*> listed;
  for (const auto& u : input.initiatives) listed[u.initiative] = &u;

  std::vector<Item> items;
  items.reserve(appraisal.initiatives.size());
  for (const auto& initiative : appraisal.initiatives) {
    Item item;
    item.cost_factor = input.default_cost_factor;
    item.benefit_factor = input.default_benefit_factor;
    item.delay = input.default_delay_years;
    if (const auto found = listed.find(initiative.initiative); found != listed.end()) {
      item.cost_factor = found->second->cost_factor;
      item.benefit_factor = found->second->benefit_factor;
      item.delay = found->second->delay_years;
    }
    const auto max_delay = static_cast<std::size_t>(std::lround(item.delay.high));
    item.benefits.assign(max_delay + 1, 0.0L);
    const DiscountCurve curve(parameters.bands, initiative.band_anchor_year, initiative.appraisal.discount_year);
    for (const auto& line : initiative.appraisal.flows) {
      // The flow with its tax-financing item: amount × (1 + rate × public share).
      const long double amount = static_cast<long double>(line.flow.amount.minor_units()) *
                                 (1.0L + rate * line.public_share_basis_points / 10000.0L);
      if (is_cost(line.category)) {
        item.costs += amount * curve.factor(line.flow.year);
      } else {
        for (std::size_t d = 0; d <= max_delay; ++d)
          item.benefits[d] += amount * curve.factor(line.flow.year + static_cast<int>(d));
      }
    }
    items.push_back(std::move(item));
  }

  UncertaintyResult result;
  result.parameter_set = appraisal.parameter_set;
  result.currency = currency;
  // Each initiative's NPV in whole minor units, then summed: as the appraisal's total is the
  // sum of its initiatives' rounded figures, so the planned NPV is the appraisal's to the øre.
  long double planned = 0;
  for (const auto& item : items) planned += std::round(item.costs + item.benefits[0]);
  // The portfolio's figures may leave the exact range although each initiative's did not.
  const auto portfolio_amount = [&](long double minor_units) {
    return detail::naming_overflow(
        [] { return std::pair<std::string, std::string>{"/initiatives", "the portfolio's NPV in the uncertainty analysis"}; },
        [&] { return round_to_minor(minor_units, currency); });
  };
  result.planned_npv = portfolio_amount(planned);

  // Monte Carlo: draws split into contiguous blocks, one per thread.
  const auto draws = static_cast<std::size_t>(input.draws);
  const std::size_t threads = detail::block_count(draws, input.threads);
  const Draws drawn(items);
  std::vector<long double> npvs(draws);
  std::vector<std::vector<DrawSum>> sums(threads, std::vector<DrawSum>(items.size()));
  std::vector<std::vector<std::int64_t>> negatives(threads, std::vector<std::int64_t>(items.size()));
  std::vector<std::size_t> out_of_range(threads, items.size());  // the first initiative whose draw left int64
  detail::run_in_blocks(draws, input.threads, [&](std::size_t block, std::size_t first, std::size_t last) {
    auto& sum = sums[block];
    auto& negative = negatives[block];
    for (std::size_t k = first; k < last; ++k) {
      detail::DrawStream stream(input.seed, k);
      DrawSum npv = 0;  // whole minor units, exact
      for (std::size_t i = 0; i < drawn.size(); ++i) {
        const double u_cost = stream.uniform(), u_benefit = stream.uniform(), u_delay = stream.uniform();
        // Whole minor units, summed as integers: the per-initiative figures do not depend on
        // how the draws are split between threads, and a draw at the plan is the planned NPV.
        const Rounded value = drawn.value(i, u_cost, u_benefit, u_delay);
        npv += value.whole;
        sum[i] += value.whole;
        if (!value.whole_fits) out_of_range[block] = std::min(out_of_range[block], i);
        negative[i] += value.negative ? 1 : 0;
      }
      npvs[k] = static_cast<long double>(npv);
    }
  });

  if (const std::size_t i = *std::min_element(out_of_range.begin(), out_of_range.end()); i < items.size()) {
    const auto [pointer, subject] = detail::where_is(portfolio, portfolio.initiatives[i]);
    throw Error(ErrorCode::overflow,
                Problem{"", pointer, 0, 0, "",
                        subject + ": a Monte Carlo draw of its NPV is beyond the range of exact amounts "
                                  "(±92233720368547758.07); check its estimates' factors"});
  }

  MonteCarloResult& mc = result.monte_carlo;
  mc.seed = input.seed;
  mc.draws = input.draws;
  long double total = 0;
  std::size_t below_zero = 0;
  for (long double npv : npvs) {
    total += npv;
    if (npv < 0) ++below_zero;
  }
  mc.mean = portfolio_amount(total / static_cast<long double>(draws));
  mc.probability_negative = static_cast<double>(below_zero) / static_cast<double>(draws);
  std::sort(npvs.begin(), npvs.end());
  mc.p10 = portfolio_amount(quantile(npvs, 0.1));
  mc.p50 = portfolio_amount(quantile(npvs, 0.5));
  mc.p90 = portfolio_amount(quantile(npvs, 0.9));
  for (std::size_t i = 0; i < items.size(); ++i) {
    DrawSum sum = 0;
    std::int64_t negative = 0;
    for (std::size_t block = 0; block < threads; ++block) sum += sums[block][i], negative += negatives[block][i];
    mc.initiatives.push_back({appraisal.initiatives[i].initiative, Money(rounded_mean(sum, draws), currency),
                              static_cast<double>(negative) / static_cast<double>(draws)});
  }

  // Tornado: the NPV is linear in each item, so one item at (1 ± swing) moves it by ± swing × PV.
  const long double swing = input.tornado_swing;
  for (std::size_t i = 0; i < items.size(); ++i) {
    detail::naming_overflow(
        [&] { return detail::where_is(portfolio, portfolio.initiatives[i]); },
        [&] {
          for (const auto& [kind, pv] : {std::pair{TornadoItem::costs, items[i].costs},
                                         std::pair{TornadoItem::benefits, items[i].benefits[0]}}) {
            const Money low = round_to_minor(planned - swing * pv, currency);
            const Money high = round_to_minor(planned + swing * pv, currency);
            if (low == high) continue;
            result.tornado.push_back({appraisal.initiatives[i].initiative, kind, low, high,
                                      high > low ? high - low : low - high});
          }
        });
  }
  std::stable_sort(result.tornado.begin(), result.tornado.end(),
                   [](const TornadoBar& a, const TornadoBar& b) { return a.range > b.range; });
  return result;
}

namespace {

void read_three_point(detail::DocumentReader& doc, const detail::Json& value, const std::string& pointer,
                      ThreePoint& out) {
  if (!value.is_array() || value.size() != 3) {
    doc.report(pointer, &value, "expected [low, likely, high]");
    return;
  }
  read_value(doc, value[0], detail::child_pointer(pointer, 0), out.low);
  read_value(doc, value[1], detail::child_pointer(pointer, 1), out.likely);
  read_value(doc, value[2], detail::child_pointer(pointer, 2), out.high);
}

void read_estimates(detail::DocumentReader& doc, const detail::Json& value, const std::string& pointer,
                    ThreePoint& cost, ThreePoint& benefit, ThreePoint& delay) {
  const detail::ObjectReader object(doc, value, pointer, {"cost_factor", "benefit_factor", "delay_years"});
  if (!object.is_object()) return;
  if (const auto* field = object.find("cost_factor")) read_three_point(doc, *field, object.pointer_of("cost_factor"), cost);
  if (const auto* field = object.find("benefit_factor"))
    read_three_point(doc, *field, object.pointer_of("benefit_factor"), benefit);
  if (const auto* field = object.find("delay_years")) read_three_point(doc, *field, object.pointer_of("delay_years"), delay);
}

}  // namespace

UncertaintyInput uncertainty_input_from_json(std::string_view text, const std::string& source) {
  const detail::Json document = detail::parse_json(text, source);
  detail::DocumentReader doc(source, Currency::NOK);
  detail::ObjectReader object(doc, document, "",
                              {"seed", "draws", "threads", "tornado_swing_percent", "defaults", "initiatives"});
  UncertaintyInput input;
  if (!object.is_object()) throw Error(ErrorCode::validation_error, doc.take_problems());
  if (const auto* seed = object.find("seed")) {
    if (seed->is_number_unsigned()) input.seed = seed->get<std::uint64_t>();
    else doc.report("/seed", seed, "expected a whole number ≥ 0");
  }
  object.optional("draws", input.draws);
  object.optional("threads", input.threads);
  std::optional<double> swing_percent;
  if (object.optional("tornado_swing_percent", swing_percent) && swing_percent) input.tornado_swing = *swing_percent / 100.0;
  if (const auto* defaults = object.find("defaults"))
    read_estimates(doc, *defaults, "/defaults", input.default_cost_factor, input.default_benefit_factor,
                   input.default_delay_years);
  if (const auto* list = object.find("initiatives")) {
    if (!list->is_object()) {
      doc.report("/initiatives", list, "expected an object keyed by initiative id");
    } else {
      for (const auto& [id, value] : list->items()) {
        InitiativeUncertainty u;
        u.initiative = InitiativeId(id);
        u.cost_factor = input.default_cost_factor;
        u.benefit_factor = input.default_benefit_factor;
        u.delay_years = input.default_delay_years;
        read_estimates(doc, value, detail::child_pointer("/initiatives", id), u.cost_factor, u.benefit_factor,
                       u.delay_years);
        input.initiatives.push_back(std::move(u));
      }
    }
  }
  if (!doc.problems().empty()) throw Error(ErrorCode::validation_error, doc.take_problems());
  return input;
}

std::string uncertainty_to_json(const UncertaintyResult& result, int indent) {
  using Json = detail::OutputJson;
  const MonteCarloResult& mc = result.monte_carlo;
  Json initiatives = Json::array();
  for (const auto& i : mc.initiatives)
    initiatives.push_back({{"initiative", i.initiative.str()},
                           {"mean_npv", i.mean_npv.to_string()},
                           {"probability_negative", i.probability_negative}});
  Json tornado = Json::array();
  for (const auto& bar : result.tornado)
    tornado.push_back({{"initiative", bar.initiative.str()},
                       {"item", enum_name(bar.item)},
                       {"npv_low", bar.npv_low.to_string()},
                       {"npv_high", bar.npv_high.to_string()},
                       {"range", bar.range.to_string()}});
  const Json document{{"parameter_set", result.parameter_set.empty() ? Json(nullptr) : Json(result.parameter_set)},
                      {"currency", currency_code(result.currency)},
                      {"planned_npv", result.planned_npv.to_string()},
                      {"monte_carlo",
                       {{"distribution", "triangular"},
                        {"seed", mc.seed},
                        {"draws", mc.draws},
                        {"mean", mc.mean.to_string()},
                        {"p10", mc.p10.to_string()},
                        {"p50", mc.p50.to_string()},
                        {"p90", mc.p90.to_string()},
                        {"probability_negative", mc.probability_negative},
                        {"initiatives", std::move(initiatives)}}},
                      {"tornado", std::move(tornado)}};
  return detail::dump_json(document, indent);
}

}  // namespace tiltak
