#pragma once
// What each kind of store (the JSON document, SQLite) provides; tiltak::Store adds parsing,
// validation and everything that is the same for all of them.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/portfolio_change.hpp"
#include "tiltak/store/store.hpp"

namespace tiltak::detail {

// The new canonical document made from the latest one (nullopt: the store is empty).
using DocumentChange = std::function<std::string(const std::optional<std::string>& latest)>;

// An edit of the latest portfolio, in place.
using PortfolioChange = std::function<void(Portfolio&)>;

// The current time as in Revision::time.
std::string utc_now();

class StoreBackend {
 public:
  virtual ~StoreBackend() = default;
  virtual const std::string& location() const noexcept = 0;
  virtual bool keeps_history() const = 0;
  // The canonical document at `at`; nullopt when the store holds no portfolio yet.
  virtual std::optional<std::string> document(const StoreAt& at) const = 0;
  // Runs `change` on the latest document under the write lock and commits what it returns,
  // stamped with `info`; an empty time is the time the lock was taken (utc_now), never before
  // the latest revision's. Returns the latest revision unchanged when the document is the same.
  virtual Revision commit(const DocumentChange& change, const ChangeInfo& info) = 0;
  // Runs `change` on the latest portfolio under the write lock and commits the result when
  // require_valid_change() allows it; as commit() otherwise. `scope`: what the change may touch.
  // This one reads and writes the whole document; a store that keeps the latest portfolio
  // between changes does better.
  virtual Revision apply(const PortfolioChange& change, const ChangeInfo& info, const ChangeScope& scope);
  virtual std::vector<Revision> history(const std::optional<InitiativeId>& initiative) const = 0;
  // The revision `at` names; Error(not_found) when there is none.
  virtual Revision revision(const StoreAt& at) const = 0;
  virtual std::vector<ChainAnchor> chain_history() const = 0;
};

}  // namespace tiltak::detail
