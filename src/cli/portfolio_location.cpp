#include "cli/portfolio_location.hpp"

#include <pwd.h>
#include <unistd.h>

#include <filesystem>

#include "cli/output_file.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::cli {
namespace {

std::string login_name() {
  if (const passwd* user = ::getpwuid(::geteuid()); user && user->pw_name) return user->pw_name;
  return "uid " + std::to_string(::geteuid());
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code error;
  return a == b || std::filesystem::equivalent(a, b, error);
}

}  // namespace

StoreAt store_at(const Arguments& arguments, const char* name) {
  const auto text = arguments.get(name);
  if (!text) return {};
  try {
    return parse_store_at(*text);
  } catch (const Error&) {
    throw UsageError(std::string("--") + name + " must be a revision number (1, 2, ...) or a date (YYYY-MM-DD), not \"" +
                     *text + "\"");
  }
}

Portfolio read_portfolio(const Arguments& arguments, const std::string& location) {
  return Store::open(location).read(store_at(arguments));
}

ChangeInfo change_info(std::string message) { return {login_name(), std::move(message), ""}; }

ChangeTarget change_portfolio(const Arguments& arguments, const std::string& location,
                              const std::function<void(Portfolio&)>& change, const std::string& message,
                              std::ostream& out, std::ostream& err) {
  Store store = Store::open(location);
  const auto output = arguments.get("output");
  if (output && !same_file(*output, location)) {
    Portfolio portfolio = store.read();
    change(portfolio);
    return {*output, save_output(portfolio, *output, out, err)};
  }
  store.apply(change, change_info(message));
  return {location, out};
}

}  // namespace tiltak::cli
