// tiltak.Portfolio: a portfolio as an immutable snapshot behind a handle, so that the long
// operations can run without the GIL.
//
// Threads: load, save, to_json, validate, summary, equality and the edits release the GIL.
// While one Python thread runs them, another may use the same Portfolio object, so the
// C++ value must not change under a reader. The handle therefore holds a
// shared_ptr<const Portfolio> (the current snapshot): readers take the pointer (under a
// mutex) and work on that snapshot; an edit replaces the pointer. An edit changes the
// snapshot in place when nothing else holds it (the editing functions keep the portfolio
// unchanged on error), and otherwise edits a copy: copy() is O(1) and the first edit of a
// shared snapshot pays the copy (copy-on-write).
// Lock order: the mutex is only ever taken without waiting for the GIL while holding it, so
// a thread holding the GIL may block on the mutex (the holder never needs the GIL).

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <string_view>
#include <utility>

#include "bindings.hpp"
#include "casters.hpp"
#include "helpers.hpp"
#include "tiltak/core/problem_value.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/editing.hpp"
#include "tiltak/model/portfolio.hpp"
#include "tiltak/model/synthetic.hpp"
#include "tiltak/model/validation.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/reporting/summary.hpp"

namespace tiltak_python {
namespace {

using namespace tiltak;

bool interpreter_finalizing() {
#if PY_VERSION_HEX >= 0x030D0000
  return Py_IsFinalizing() != 0;
#else
  return _Py_IsFinalizing() != 0;
#endif
}

class PortfolioHandle {
 public:
  explicit PortfolioHandle(Portfolio portfolio) : snapshot_(std::make_shared<Portfolio>(std::move(portfolio))) {}
  explicit PortfolioHandle(std::shared_ptr<Portfolio> snapshot) : snapshot_(std::move(snapshot)) {}
  PortfolioHandle(const PortfolioHandle&) = delete;
  PortfolioHandle& operator=(const PortfolioHandle&) = delete;
  // Freeing a large portfolio takes a while (about 0.2 s for 30 000 initiatives in a debug
  // build): when this is the last owner, free it without the GIL. Python deallocates objects
  // with the GIL held; releasing it there is allowed (io.FileIO does to close).
  ~PortfolioHandle() {
    if (snapshot_.use_count() == 1 && PyGILState_Check() && !interpreter_finalizing()) {
      py::gil_scoped_release release;
      snapshot_.reset();
    }
  }

  std::shared_ptr<const Portfolio> snapshot() const {
    std::lock_guard lock(mutex_);
    return snapshot_;
  }

  // A new handle sharing this snapshot (copy-on-write).
  std::unique_ptr<PortfolioHandle> copy() const {
    std::lock_guard lock(mutex_);
    return std::make_unique<PortfolioHandle>(snapshot_);
  }

  // Call without the GIL. `edit` must leave the portfolio unchanged when it throws.
  template <class Edit>
  void edit(Edit&& edit) {
    std::lock_guard lock(mutex_);
    if (snapshot_.use_count() == 1) {  // nobody else can see it: change it in place
      edit(*snapshot_);
      return;
    }
    auto next = std::make_shared<Portfolio>(*snapshot_);
    edit(*next);
    snapshot_ = std::move(next);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<Portfolio> snapshot_;  // handed out only as shared_ptr<const Portfolio>
};

using Handle = std::unique_ptr<PortfolioHandle>;

// Iterates over the initiatives of one snapshot, yielding copies.
class InitiativeIterator {
 public:
  explicit InitiativeIterator(std::shared_ptr<const Portfolio> snapshot) : snapshot_(std::move(snapshot)) {}
  Initiative next() {
    if (index_ >= snapshot_->initiatives.size()) throw py::stop_iteration();
    return snapshot_->initiatives[index_++];
  }

 private:
  std::shared_ptr<const Portfolio> snapshot_;
  std::size_t index_ = 0;
};

[[noreturn]] void throw_not_found(const std::string& id) {
  Problem problem;
  problem.value = problem_value(id);
  problem.message = "no initiative has this id";
  throw Error(ErrorCode::not_found, std::move(problem));
}

py::object frames_function(const char* name) { return python_function("tiltak._frames", name); }

// --- columns for the pandas helpers (tiltak/_frames.py turns them into DataFrames) ----------

// The frames' columns are built in bulk: enumerations as int8 codes into their names
// (tiltak/_frames.py makes categoricals from them without looking at a string), texts as one
// Python str per run of equal values (an initiative's cost lines share their id, and often
// their role, bearer and description), numbers as numpy arrays.

// The position of `value` among enum_names<E>(), the order of _ENUM_NAMES.
template <class E>
std::int8_t code_of(E value) {
  const auto entries = enum_names<E>();
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (entries[i].value == value) return static_cast<std::int8_t>(i);
  return -1;
}

template <class E>
std::int8_t code_of(const std::optional<E>& value) {
  return value ? code_of(*value) : std::int8_t{-1};
}

// A numpy array of Python objects (dtype object) filled in place: pandas takes it as it is,
// where it would copy a list element by element, looking at each for a nested sequence.
class ObjectColumn {
 public:
  explicit ObjectColumn(std::size_t size)
      : array_(py::dtype("O"), std::vector<py::ssize_t>{static_cast<py::ssize_t>(size)}) {
    auto** data = static_cast<PyObject**>(array_.mutable_data());
    for (std::size_t i = 0; i < size; ++i) {
      Py_XDECREF(data[i]);
      data[i] = py::none().inc_ref().ptr();
    }
  }
  void set(std::size_t row, const py::object& value) {
    auto** data = static_cast<PyObject**>(array_.mutable_data());
    PyObject* old = data[row];
    data[row] = value.inc_ref().ptr();
    Py_XDECREF(old);
  }
  py::array take() { return std::move(array_); }

 private:
  py::array array_;
};

class TextColumn {
 public:
  explicit TextColumn(std::size_t size, bool empty_is_none = true) : column_(size), empty_is_none_(empty_is_none) {}
  void set(std::size_t row, std::string_view text) {
    if (!last_ || text != last_text_) {
      last_ = text.empty() && empty_is_none_ ? py::object(py::none()) : py::object(py::str(text.data(), text.size()));
      last_text_ = text;
    }
    column_.set(row, last_);
  }
  py::array take() { return column_.take(); }

 private:
  ObjectColumn column_;
  bool empty_is_none_;
  py::object last_;
  std::string_view last_text_;
};

py::dict initiative_columns(const Portfolio& portfolio) {
  const PortfolioSummary summary = summarise(portfolio);
  const std::size_t n = portfolio.initiatives.size();
  TextColumn id(n, false), title(n, false), phase(n), programme(n), owner(n), owner_name(n);
  ObjectColumn service_areas(n), planned_start(n), planned_end(n), actual_start(n), actual_end(n), fixed_start(n);
  std::vector<std::int8_t> stage(n), status(n);
  std::vector<std::int64_t> cost(n), benefit(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Initiative& initiative = portfolio.initiatives[i];
    const InitiativeSummary& line = summary.initiatives[i];
    id.set(i, initiative.id.str());
    title.set(i, initiative.title);
    stage[i] = code_of(initiative.stage);
    phase.set(i, initiative.phase);
    programme.set(i, initiative.programme);
    owner.set(i, initiative.owner ? std::string_view(initiative.owner->str()) : std::string_view());
    owner_name.set(i, line.owner);
    py::list areas(initiative.service_areas.size());
    for (std::size_t k = 0; k < initiative.service_areas.size(); ++k) areas[k] = py::str(initiative.service_areas[k].str());
    service_areas.set(i, areas);
    planned_start.set(i, py::cast(initiative.planned.start));
    planned_end.set(i, py::cast(initiative.planned.end));
    actual_start.set(i, py::cast(initiative.actual.start));
    actual_end.set(i, py::cast(initiative.actual.end));
    fixed_start.set(i, py::cast(initiative.fixed_start));
    cost[i] = line.total_cost.minor_units();
    benefit[i] = line.total_benefit.minor_units();
    status[i] = code_of(line.overall);
  }
  py::dict columns;
  columns["id"] = id.take();
  columns["title"] = title.take();
  columns["stage"] = numpy_array(stage);
  columns["phase"] = phase.take();
  columns["programme"] = programme.take();
  columns["owner"] = owner.take();
  columns["owner_name"] = owner_name.take();
  columns["service_areas"] = service_areas.take();
  columns["planned_start"] = planned_start.take();
  columns["planned_end"] = planned_end.take();
  columns["actual_start"] = actual_start.take();
  columns["actual_end"] = actual_end.take();
  columns["fixed_start"] = fixed_start.take();
  columns["planned_cost_minor"] = numpy_array(cost);
  columns["planned_benefit_minor"] = numpy_array(benefit);
  columns["status"] = numpy_array(status);
  return columns;
}

py::dict cost_columns(const Portfolio& portfolio) {
  std::size_t n = 0;
  for (const auto& item : portfolio.initiatives) n += item.costs.size();
  TextColumn initiative(n, false), role(n), bearer(n), description(n);
  std::vector<std::int8_t> kind(n), basis(n);
  std::vector<std::int64_t> year(n), amount(n), hours(n);
  std::size_t row = 0;
  for (const auto& item : portfolio.initiatives) {
    for (const auto& line : item.costs) {
      initiative.set(row, item.id.str());
      year[row] = line.year;
      kind[row] = code_of(line.kind);
      basis[row] = code_of(line.basis);
      amount[row] = line.amount.minor_units();
      hours[row] = line.hours;
      role.set(row, line.role);
      bearer.set(row, line.bearer ? std::string_view(line.bearer->str()) : std::string_view());
      description.set(row, line.description);
      ++row;
    }
  }
  py::dict columns;
  columns["initiative"] = initiative.take();
  columns["year"] = numpy_array(year);
  columns["kind"] = numpy_array(kind);
  columns["basis"] = numpy_array(basis);
  columns["amount_minor"] = numpy_array(amount);
  columns["hours"] = numpy_array(hours);
  columns["role"] = role.take();
  columns["bearer"] = bearer.take();
  columns["description"] = description.take();
  return columns;
}

py::dict benefit_columns(const Portfolio& portfolio) {
  std::size_t n = 0;
  for (const auto& item : portfolio.benefits) n += item.profile.size();
  TextColumn benefit(n, false), title(n, false), recipient(n), unit(n, false);
  ObjectColumn contributors(n), shares(n);
  std::vector<std::int8_t> kind(n), recipient_kind(n);
  std::vector<std::int64_t> year(n), value(n), unattributed(n);
  std::vector<double> quantity(n);
  std::size_t row = 0;
  for (const auto& item : portfolio.benefits) {
    // The contributors and their shares, one tuple each per benefit (immutable: every row of
    // the benefit holds the same object).
    py::tuple ids(item.contributors.size()), parts(item.contributors.size());
    std::int64_t named = 0;
    for (std::size_t k = 0; k < item.contributors.size(); ++k) {
      ids[k] = py::str(item.contributors[k].initiative.str());
      parts[k] = py::int_(item.contributors[k].share_basis_points);
      named += item.contributors[k].share_basis_points;
    }
    const std::int64_t rest = std::max<std::int64_t>(0, 10000 - named);
    const std::int8_t item_kind = code_of(item.kind), item_recipient_kind = code_of(item.recipient.kind);
    for (const auto& planned : item.profile) {
      benefit.set(row, item.id.str());
      title.set(row, item.title);
      kind[row] = item_kind;
      recipient_kind[row] = item_recipient_kind;
      recipient.set(row, item.recipient.id);
      unit.set(row, item.indicator.unit);
      contributors.set(row, ids);
      shares.set(row, parts);
      unattributed[row] = rest;
      year[row] = planned.year;
      quantity[row] = planned.quantity;
      value[row] = planned_value(item, planned, portfolio.currency).minor_units();
      ++row;
    }
  }
  py::dict columns;
  columns["benefit"] = benefit.take();
  columns["title"] = title.take();
  columns["kind"] = numpy_array(kind);
  columns["recipient_kind"] = numpy_array(recipient_kind);
  columns["recipient"] = recipient.take();
  columns["year"] = numpy_array(year);
  columns["quantity"] = numpy_array(quantity);
  columns["unit"] = unit.take();
  columns["value_minor"] = numpy_array(value);
  columns["contributors"] = contributors.take();
  columns["shares_basis_points"] = shares.take();
  columns["unattributed_basis_points"] = numpy_array(unattributed);
  return columns;
}

void bind_summary(py::module_& m) {
  py::class_<InitiativeSummary>(m, "InitiativeSummary", "One line of the portfolio summary.")
      .def_readonly("id", &InitiativeSummary::id, "Initiative id.")
      .def_readonly("title", &InitiativeSummary::title, "Title.")
      .def_readonly("stage", &InitiativeSummary::stage, "Lifecycle stage name.")
      .def_readonly("owner", &InitiativeSummary::owner, "The owner's name, or \"\".")
      .def_property_readonly(
          "total_cost", [](const InitiativeSummary& s) { return s.total_cost; },
          "Money: planned investment + operating + valued internal hours (basis \"plan\").")
      .def_property_readonly(
          "total_benefit", [](const InitiativeSummary& s) { return s.total_benefit; },
          "Money: planned monetised benefit attributed to it by contribution share.")
      .def_readonly("schedule", &InitiativeSummary::schedule, "Newest schedule status (\"green\", ...) or None.")
      .def_readonly("cost", &InitiativeSummary::cost, "Newest cost status or None.")
      .def_readonly("scope", &InitiativeSummary::scope, "Newest scope status or None.")
      .def_readonly("risk", &InitiativeSummary::risk, "Newest risk status or None.")
      .def_readonly("overall", &InitiativeSummary::overall, "Worst of the four, or None.")
      .def("__repr__", [](const InitiativeSummary& s) {
        return "InitiativeSummary(id=" + py::repr(py::cast(s.id)).cast<std::string>() +
               ", total_cost=" + py::repr(py::cast(s.total_cost)).cast<std::string>() +
               ", total_benefit=" + py::repr(py::cast(s.total_benefit)).cast<std::string>() + ")";
      });

  py::class_<PortfolioSummary>(m, "PortfolioSummary",
                               "The portfolio at a glance: one InitiativeSummary per initiative and the totals.")
      .def_readonly("name", &PortfolioSummary::name, "Portfolio name.")
      .def_property_readonly(
          "initiatives", [](const PortfolioSummary& s) { return s.initiatives; },
          "list[InitiativeSummary] in portfolio order.")
      .def_property_readonly(
          "total_cost", [](const PortfolioSummary& s) { return s.total_cost; }, "Money: the sum of total_cost.")
      .def_property_readonly(
          "total_benefit", [](const PortfolioSummary& s) { return s.total_benefit; },
          "Money: the sum of total_benefit.")
      .def(
          "table",
          [](const PortfolioSummary& s, std::optional<Language> lang) {
            return format_summary_table(s, lang.value_or(default_language(s.total_cost.currency())));
          },
          py::arg("lang") = py::none(),
          "A fixed-width text table (as `tiltak summary` prints), in \"nb\", \"da\" or \"en\"; without "
          "``lang``, the customary language of the currency.")
      .def(
          "to_json", [](const PortfolioSummary& s) { return summary_to_json(s); },
          "The summary as a JSON document (amounts as exact decimal strings).")
      .def("__str__",
           [](const PortfolioSummary& s) {
             return format_summary_table(s, default_language(s.total_cost.currency()));
           })
      .def("__repr__", [](const PortfolioSummary& s) {
        return "<tiltak.PortfolioSummary " + py::repr(py::str(s.name)).cast<std::string>() + ": " +
               plural(s.initiatives.size(), "initiative") + ", total_cost " + s.total_cost.to_string() +
               ", total_benefit " + s.total_benefit.to_string() + ">";
      });
}

}  // namespace

std::shared_ptr<const Portfolio> portfolio_snapshot(py::handle portfolio) {
  if (!py::isinstance<PortfolioHandle>(portfolio))
    throw py::type_error("expected a tiltak.Portfolio, got " +
                         py::str(py::type::handle_of(portfolio).attr("__name__")).cast<std::string>());
  return portfolio.cast<const PortfolioHandle&>().snapshot();
}

py::object portfolio_object(Portfolio portfolio) { return py::cast(std::make_unique<PortfolioHandle>(std::move(portfolio))); }

void edit_portfolio(py::handle portfolio, const std::function<void(Portfolio&)>& change) {
  if (!py::isinstance<PortfolioHandle>(portfolio))
    throw py::type_error("expected a tiltak.Portfolio, got " +
                         py::str(py::type::handle_of(portfolio).attr("__name__")).cast<std::string>());
  auto& handle = portfolio.cast<PortfolioHandle&>();
  py::gil_scoped_release release;
  handle.edit(change);
}

void bind_portfolio(py::module_& m) {
  bind_summary(m);

  py::class_<InitiativeIterator>(m, "_InitiativeIterator")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &InitiativeIterator::next);

  py::class_<PortfolioHandle> portfolio(
      m, "Portfolio",
      "A digitalisation portfolio: organisation, strategy, initiatives and benefits.\n\n"
      "Load it with Portfolio.load(path) or Portfolio.from_json(text). It is always valid: the edits "
      "(add_initiative, update_initiative, remove_initiative) are checked and leave it unchanged on "
      "error. Attribute reads return copies. Iterating yields the initiatives in portfolio order; "
      "portfolio[\"T-1\"] looks one up by id (NotFoundError, a KeyError, when absent).");
  portfolio
      .def_static(
          "load",
          [](const std::filesystem::path& path, std::uint64_t max_bytes) {
            py::gil_scoped_release release;
            return std::make_unique<PortfolioHandle>(load_portfolio(path, max_bytes));
          },
          py::arg("path"), py::arg("max_bytes") = default_max_input_bytes,
          "Read and validate a portfolio document. Only a regular file of at most ``max_bytes`` (default "
          "2 GiB) is read. Raises IoError, ParseError (with line and column) or ValidationError listing every "
          "problem. Releases the GIL.")
      .def_static(
          "from_json",
          // A string_view into the str's UTF-8 buffer (or the bytes object): no copy of a
          // document that may be hundreds of MB. The argument keeps it alive, and str and
          // bytes are immutable, so it stays valid without the GIL.
          [](std::string_view text, const std::string& source) {
            py::gil_scoped_release release;
            return std::make_unique<PortfolioHandle>(parse_portfolio(text, source));
          },
          py::arg("text"), py::arg("source") = "<memory>",
          "Parse and validate a portfolio document given as text; ``source`` names it in problems. "
          "Releases the GIL.")
      .def(
          "save",
          [](const PortfolioHandle& self, const std::filesystem::path& path) {
            auto snapshot = self.snapshot();
            py::gil_scoped_release release;
            save_portfolio(*snapshot, path);
          },
          py::arg("path"),
          "Write the document atomically: a temporary file beside ``path`` is flushed and renamed over it, so "
          "a crash leaves the old or the new file, never a truncated one. The file keeps its mode, owner and "
          "group; a symbolic link is followed and kept; a device or FIFO is written in place; a file with "
          "several hard links is refused. Raises IoError. Releases the GIL.")
      .def(
          "to_json",
          [](const PortfolioHandle& self) {
            auto snapshot = self.snapshot();
            py::gil_scoped_release release;
            return to_json(*snapshot);
          },
          "The document text: deterministic, two-space indented. Releases the GIL.")
      .def_property_readonly(
          "name", [](const PortfolioHandle& self) { return self.snapshot()->name; }, "Portfolio name.")
      .def_property_readonly(
          "currency", [](const PortfolioHandle& self) { return self.snapshot()->currency; },
          "Currency of every amount: \"NOK\", \"DKK\", \"EUR\" or \"SEK\".")
      .def_property_readonly(
          "organisation", [](const PortfolioHandle& self) { return self.snapshot()->organisation; },
          "Organisation (a copy).")
      .def_property_readonly(
          "strategy", [](const PortfolioHandle& self) { return self.snapshot()->strategy; }, "Strategy (a copy).")
      .def_property_readonly(
          "components", [](const PortfolioHandle& self) { return self.snapshot()->components; },
          "list[SharedComponent] (a copy).")
      .def_property_readonly(
          "initiatives", [](const PortfolioHandle& self) { return self.snapshot()->initiatives; },
          "list[Initiative] in portfolio order (copies).")
      .def_property_readonly(
          "benefits", [](const PortfolioHandle& self) { return self.snapshot()->benefits; },
          "list[Benefit] (copies).")
      .def(
          "benefits_of",
          [](const PortfolioHandle& self, const InitiativeId& id) {
            auto snapshot = self.snapshot();
            std::vector<Benefit> result;
            for (const Benefit* benefit : snapshot->benefits_of(id)) result.push_back(*benefit);
            return result;
          },
          py::arg("initiative"), "The benefits an initiative contributes to (copies).")
      .def("__len__", [](const PortfolioHandle& self) { return self.snapshot()->initiatives.size(); },
           "The number of initiatives.")
      .def(
          "__iter__", [](const PortfolioHandle& self) { return InitiativeIterator(self.snapshot()); },
          "Iterate over the initiatives (copies) of the portfolio as it is now.")
      .def(
          "__getitem__",
          [](const PortfolioHandle& self, const std::string& id) {
            auto snapshot = self.snapshot();
            const Initiative* found = snapshot->find_initiative(InitiativeId(id));
            if (!found) throw_not_found(id);
            return *found;
          },
          py::arg("id"), "The initiative with this id (a copy); NotFoundError (a KeyError) when absent.")
      .def(
          "__contains__",
          [](const PortfolioHandle& self, const py::object& id) {
            if (!py::isinstance<py::str>(id)) return false;
            return self.snapshot()->find_initiative(InitiativeId(id.cast<std::string>())) != nullptr;
          },
          py::arg("id"), "Whether an initiative has this id.")
      .def(
          "add_initiative",
          [](PortfolioHandle& self, Initiative initiative) {
            py::gil_scoped_release release;
            self.edit([&](Portfolio& p) { add_initiative(p, std::move(initiative)); });
          },
          py::arg("initiative"),
          "Append an initiative. DuplicateError when the id exists; ValidationError listing every problem the "
          "portfolio would have with it. Unchanged on error. Releases the GIL.")
      .def(
          "update_initiative",
          [](PortfolioHandle& self, Initiative initiative) {
            py::gil_scoped_release release;
            self.edit([&](Portfolio& p) { update_initiative(p, std::move(initiative)); });
          },
          py::arg("initiative"),
          "Replace the initiative with the same id. NotFoundError, ValidationError. Unchanged on error. "
          "Releases the GIL.")
      .def(
          "remove_initiative",
          [](PortfolioHandle& self, const InitiativeId& id) {
            py::gil_scoped_release release;
            self.edit([&](Portfolio& p) { remove_initiative(p, id); });
          },
          py::arg("id"),
          "Remove an initiative. NotFoundError; ValidationError while other initiatives depend on it or "
          "benefits name it (each reference listed with its pointer). Unchanged on error. Releases the GIL.")
      .def(
          "summary",
          [](const PortfolioHandle& self) {
            auto snapshot = self.snapshot();
            py::gil_scoped_release release;
            return summarise(*snapshot);
          },
          "PortfolioSummary: planned cost and monetised benefit per initiative and in total, and the "
          "current status. Releases the GIL.")
      .def(
          "validate",
          [](const PortfolioHandle& self) {
            auto snapshot = self.snapshot();
            py::gil_scoped_release release;
            return validate(*snapshot);
          },
          "Every problem the model's rules find (list[Problem]); empty when valid. Releases the GIL.")
      .def(
          "copy", [](const PortfolioHandle& self) { return self.copy(); },
          "An independent copy (cheap: the data is shared until one of them is edited).")
      .def("__copy__", [](const PortfolioHandle& self) { return self.copy(); })
      .def("__deepcopy__", [](const PortfolioHandle& self, const py::dict&) { return self.copy(); }, py::arg("memo"))
      .def(
          "__eq__",
          [](const PortfolioHandle& self, const PortfolioHandle& other) {
            auto a = self.snapshot();
            auto b = other.snapshot();
            if (a == b) return true;
            py::gil_scoped_release release;
            return *a == *b;
          },
          py::is_operator(), "Equal when every field is equal.")
      .def(
          "__ne__",
          [](const PortfolioHandle& self, const PortfolioHandle& other) {
            auto a = self.snapshot();
            auto b = other.snapshot();
            if (a == b) return false;
            py::gil_scoped_release release;
            return !(*a == *b);
          },
          py::is_operator())
      .def("__repr__",
           [](const PortfolioHandle& self) {
             auto snapshot = self.snapshot();
             return "<tiltak.Portfolio " + py::repr(py::str(snapshot->name)).cast<std::string>() + ": " +
                    plural(snapshot->initiatives.size(), "initiative") + ", " +
                    plural(snapshot->benefits.size(), "benefit") + ", " +
                    std::string(currency_code(snapshot->currency)) + ">";
           })
      .def(py::pickle(
          [](const PortfolioHandle& self) {
            auto snapshot = self.snapshot();
            py::gil_scoped_release release;
            return to_json(*snapshot);
          },
          [](const std::string& text) { return std::make_unique<PortfolioHandle>(parse_portfolio(text)); }))
      // The pandas and HTML helpers live in tiltak/_frames.py (pandas is imported only there,
      // and only when called); the columns come from C++.
      .def(
          "_columns",
          [](const PortfolioHandle& self, const std::string& table) {
            auto snapshot = self.snapshot();
            if (table == "initiatives") return initiative_columns(*snapshot);
            if (table == "costs") return cost_columns(*snapshot);
            if (table == "benefits") return benefit_columns(*snapshot);
            throw_invalid_argument("unknown table \"" + table + "\"");
          },
          py::arg("table"))
      .def(
          "initiatives_frame", [](py::object self) { return frames_function("initiatives_frame")(self); },
          "pandas.DataFrame with one row per initiative (docs/python.md lists the columns). Needs pandas.")
      .def(
          "costs_frame", [](py::object self) { return frames_function("costs_frame")(self); },
          "pandas.DataFrame with one row per cost line. Needs pandas.")
      .def(
          "benefits_frame", [](py::object self) { return frames_function("benefits_frame")(self); },
          "pandas.DataFrame with one row per benefit and profile year, with its monetised value. Needs pandas.")
      .def(
          "to_pandas", [](py::object self) { return frames_function("to_pandas")(self); },
          "dict with the three DataFrames: {\"initiatives\": ..., \"costs\": ..., \"benefits\": ...}.")
      .def(
          "_repr_html_", [](py::object self) { return frames_function("portfolio_html")(self); },
          "A compact HTML table for Jupyter.");

  m.def(
      "validate_file",
      [](const std::filesystem::path& path, std::uint64_t max_bytes) {
        py::gil_scoped_release release;
        try {
          load_portfolio(path, max_bytes);
          return std::vector<Problem>{};
        } catch (const Error& error) {
          if (!error.problems().empty()) return error.problems();
          Problem problem;
          problem.source = path.string();
          problem.message = error.what();
          return std::vector<Problem>{problem};
        }
      },
      py::arg("path"), py::arg("max_bytes") = default_max_input_bytes,
      "Check a portfolio document and return every problem (list[Problem]); empty when valid. Never raises "
      "for a bad or missing file: that is a problem too. Releases the GIL.");

  m.def(
      "generate_portfolio",
      [](long long size, std::uint64_t seed, double dependencies_per_initiative, int first_year, int years,
         Currency currency, long long cooperation_members) {
        if (size < 0) throw_invalid_argument("size must not be negative");
        if (cooperation_members < 0) throw_invalid_argument("cooperation_members must not be negative");
        SyntheticOptions options;
        options.initiatives = static_cast<std::size_t>(size);
        options.seed = seed;
        options.dependencies_per_initiative = dependencies_per_initiative;
        options.first_year = first_year;
        options.years = years;
        options.currency = currency;
        options.cooperation_members = static_cast<std::size_t>(cooperation_members);
        py::gil_scoped_release release;
        return std::make_unique<PortfolioHandle>(generate_portfolio(options));
      },
      py::arg("size"), py::arg("seed") = 1, py::kw_only(), py::arg("dependencies_per_initiative") = 2.0,
      py::arg("first_year") = 2026, py::arg("years") = 5, py::arg("currency") = Currency::NOK,
      py::arg("cooperation_members") = 0,
      "A deterministic, valid, realistic synthetic portfolio of ``size`` initiatives: the same arguments "
      "give the same portfolio on every platform. ``cooperation_members`` 0 gives a single municipality, "
      "2-100 a cooperation. InvalidArgumentError for unusable options. Releases the GIL.");

  py::tuple stages(std::size(all_stages));
  for (std::size_t i = 0; i < std::size(all_stages); ++i) stages[i] = py::cast(all_stages[i]);
  m.attr("STAGES") = stages;
}

}  // namespace tiltak_python
