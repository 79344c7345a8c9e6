// tiltak/store as Python: the native part of tiltak.Store (tiltak/_store.py adds the context
// manager, `at` in Python's types and history as a DataFrame). docs/store.md.
//
// Threads: a store handle is used by one thread at a time (the C++ rule), so each call holds
// the handle's mutex; reads and commits run without the GIL, which the change callback takes
// back while Python edits the portfolio.

#include <pybind11/functional.h>
#include <pybind11/stl.h>

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "casters.hpp"
#include "tiltak/governance/fiks_arkiv.hpp"
#include "tiltak/store/decision_record.hpp"
#include "tiltak/store/store.hpp"
#include "tiltak/store/store_json.hpp"

namespace tiltak_python {
namespace {

using namespace tiltak;

class StoreHandle {
 public:
  explicit StoreHandle(Store store) : store_(std::move(store)) {}

  // Runs `use` on the open store, under the handle's mutex and without the GIL.
  template <class Use>
  auto with(Use&& use) {
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    if (!store_) throw Error(ErrorCode::invalid_argument, "the store is closed");
    return use(*store_);
  }

  void close() {
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    store_.reset();
  }

 private:
  std::mutex mutex_;
  std::optional<Store> store_;
};

StoreAt at_of(const std::optional<std::string>& at) { return at ? parse_store_at(*at) : StoreAt{}; }

ChangeInfo info_of(const std::string& author, const std::string& message, const std::optional<std::string>& time) {
  return {author, message, time.value_or("")};
}

}  // namespace

void bind_store(py::module_& m) {
  py::class_<Revision> revision(m, "Revision", "One committed change of a store (read-only; docs/store.md).");
  revision.def_readonly("number", &Revision::number, "1, 2, 3 ... in commit order (0 for a JSON document).")
      .def_readonly("author", &Revision::author, "Who made the change (the login name for the command-line tool).")
      .def_readonly("time", &Revision::time, "UTC, ISO 8601: '2026-12-07T09:30:00Z'.")
      .def_readonly("message", &Revision::message, "Why: the message given with the change.")
      .def_readonly("chain_head", &Revision::chain_head, "The decision log's last hash after it ('' if none).")
      .def("__eq__", [](const Revision& a, const Revision& b) { return a == b; }, py::is_operator())
      .def("__repr__", [](const Revision& r) {
        return "Revision(number=" + std::to_string(r.number) + ", author=" + py::repr(py::str(r.author)).cast<std::string>() +
               ", time='" + r.time + "')";
      });
  revision.attr("__hash__") = py::none();

  py::class_<StoreHandle>(m, "_Store")
      .def_static("open", [](const std::string& location) {
        py::gil_scoped_release release;
        return std::make_unique<StoreHandle>(Store::open(location));
      })
      .def_static("create", [](const std::string& location) {
        py::gil_scoped_release release;
        return std::make_unique<StoreHandle>(Store::create(location));
      })
      .def("close", &StoreHandle::close)
      .def("location", [](StoreHandle& self) { return self.with([](Store& s) { return s.location(); }); })
      .def("keeps_history", [](StoreHandle& self) { return self.with([](Store& s) { return s.keeps_history(); }); })
      .def("read", [](StoreHandle& self, const std::optional<std::string>& at) {
        return portfolio_object(self.with([&](Store& s) { return s.read(at_of(at)); }));
      })
      .def("export_json", [](StoreHandle& self, const std::optional<std::string>& at) {
        return self.with([&](Store& s) { return s.export_json(at_of(at)); });
      })
      .def("apply",
           [](StoreHandle& self, const py::function& change, const std::string& author, const std::string& message,
              const std::optional<std::string>& time) {
             return self.with([&](Store& s) {
               return s.apply(
                   [&](Portfolio& latest) {
                     py::gil_scoped_acquire acquire;
                     py::object portfolio = portfolio_object(std::move(latest));
                     change(portfolio);
                     latest = *portfolio_snapshot(portfolio);
                   },
                   info_of(author, message, time));
             });
           })
      .def("update_initiative",
           [](StoreHandle& self, const Initiative& initiative, const std::string& author, const std::string& message,
              const std::optional<std::string>& time) {
             return self.with([&](Store& s) { return s.update_initiative(initiative, info_of(author, message, time)); });
           })
      .def("import_json",
           [](StoreHandle& self, const std::string& text, const std::string& author, const std::string& message,
              const std::optional<std::string>& time) {
             return self.with([&](Store& s) { return s.import_json(text, info_of(author, message, time)); });
           })
      .def("history",
           [](StoreHandle& self, const std::optional<InitiativeId>& initiative) {
             return self.with([&](Store& s) { return s.history(initiative); });
           })
      .def("revision", [](StoreHandle& self, const std::optional<std::string>& at) {
        return self.with([&](Store& s) { return s.revision(at_of(at)); });
      })
      .def("diff_json", [](StoreHandle& self, const std::string& from, const std::optional<std::string>& to) {
        return self.with([&](Store& s) { return entity_changes_to_json(s.diff(parse_store_at(from), at_of(to))); });
      })
      .def("verify_decision_log", [](StoreHandle& self, const std::vector<std::string>& archived,
                                     const py::object& rulebook, std::optional<Language> lang) {
        StoreLogCheck check;
        for (const auto& xml : archived) check.archived.push_back(read_chain_anchor(xml));
        check.rulebook = rulebook_option(rulebook);
        check.language = lang;
        return self.with([&](Store& s) { return verify_decision_log(s, check); });
      });
}

}  // namespace tiltak_python
