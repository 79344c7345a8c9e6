#include "tiltak/io/portfolio_json.hpp"

#include <unordered_set>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "io/portfolio_fast_reader.hpp"
#include "io/portfolio_reader.hpp"
#include "io/portfolio_text.hpp"
#include "io/portfolio_writer.hpp"
#include "tiltak/io/text_file.hpp"
#include "tiltak/io/atomic_file.hpp"
#include "tiltak/model/validation.hpp"

namespace tiltak {
namespace {

using detail::Json;

template <class T>
std::string text_of(const T& value) {
  try {
    return detail::to_text(value);
  } catch (const Json::type_error& error) {  // text that is not valid UTF-8
    throw Error(ErrorCode::invalid_argument, std::string("cannot write the document: ") + error.what());
  }
}

// The model's rules on a field that could not be read would report it a second time: keep
// only rule problems outside every field that already has a shape problem.
std::vector<Problem> without_shape_problems(std::vector<Problem> rule_problems, const std::vector<Problem>& shape) {
  if (shape.empty()) return rule_problems;
  std::unordered_set<std::string> unreadable;
  for (const auto& problem : shape) unreadable.insert(problem.pointer);
  if (unreadable.contains("/")) return {};  // the document itself could not be read
  auto inside_unreadable = [&](const Problem& problem) {
    std::string pointer = problem.pointer;
    while (!pointer.empty()) {
      if (unreadable.contains(pointer)) return true;
      const auto parent = pointer.rfind('/');
      pointer.resize(parent == std::string::npos ? 0 : parent);
    }
    return false;
  };
  std::erase_if(rule_problems, inside_unreadable);
  return rule_problems;
}

// The model's rules on a portfolio, as problems in `source`. A version-1 document has no
// systems: one that holds them says it is version 2.
void check_rules(const Portfolio& portfolio, std::vector<Problem> problems, std::string_view source) {
  if (portfolio.schema_version < required_schema_version(portfolio))
    problems.push_back(Problem{std::string(source), "/schema_version", 0, 0, std::to_string(portfolio.schema_version),
                               "systems and system actions need schema version " +
                                   std::to_string(required_schema_version(portfolio)) +
                                   "; set \"schema_version\": " + std::to_string(portfolio_schema_version)});
  for (auto& problem : without_shape_problems(validate(portfolio), problems)) {
    problem.source = std::string(source);
    problems.push_back(std::move(problem));
  }
  if (!problems.empty()) throw Error(ErrorCode::validation_error, std::move(problems));
}

// `capacity`: the memory after `json` that may be read (portfolio_fast_reader.hpp). A valid
// document is read once, by the fast reader; anything it gives up on is parsed again and read
// by the shape reader, which reports every problem.
// Gives the memory of a document tree back to the system when it is gone. glibc keeps freed
// small blocks for reuse, and the millions of a large document's tree, freed between the
// model's blocks, stayed with the process after a load that failed (issue 19: 1.3 GB still
// held after Portfolio.load); malloc_trim releases the free pages. Declared before the tree,
// so that it runs after the tree is destroyed, also when a problem is thrown.
struct ReleaseFreedMemory {
  ReleaseFreedMemory() = default;
  ReleaseFreedMemory(const ReleaseFreedMemory&) = delete;
  ReleaseFreedMemory& operator=(const ReleaseFreedMemory&) = delete;
  ~ReleaseFreedMemory() {
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
  }
};

Portfolio parse_portfolio(std::string_view json, std::size_t capacity, std::string_view source) {
  if (auto portfolio = detail::read_portfolio_fast(json, capacity)) {
    check_rules(*portfolio, {}, source);
    return std::move(*portfolio);
  }
  const ReleaseFreedMemory release;
  const Json document = detail::parse_json(json, source);
  detail::DocumentReader reader(std::string(source), Currency::NOK);
  Portfolio portfolio;
  detail::read_value(reader, document, "", portfolio);
  check_rules(portfolio, reader.take_problems(), source);
  return portfolio;
}

}  // namespace

Portfolio parse_portfolio(std::string_view json, std::string_view source) {
  return parse_portfolio(json, json.size(), source);
}

Portfolio detail::parse_portfolio_text(const std::string& json, std::string_view source) {
  return parse_portfolio(json, json.capacity(), source);
}

Portfolio load_portfolio(const std::filesystem::path& path, std::uint64_t max_bytes) {
  return detail::parse_portfolio_text(read_text_file(path, max_bytes), path.string());
}

std::string to_json(const Portfolio& portfolio) { return text_of(portfolio); }

void save_portfolio(const Portfolio& portfolio, const std::filesystem::path& path) {
  write_file_atomically(path, to_json(portfolio));
}

Initiative parse_initiative(std::string_view json, Currency currency, std::string_view source) {
  if (auto initiative = detail::read_initiative_fast(json, json.size(), currency)) return std::move(*initiative);
  const Json document = detail::parse_json(json, source);
  detail::DocumentReader reader(std::string(source), currency);
  Initiative initiative;
  detail::read_value(reader, document, "", initiative);
  if (!reader.problems().empty()) throw Error(ErrorCode::validation_error, reader.take_problems());
  return initiative;
}

std::string to_json(const Initiative& initiative) { return text_of(initiative); }

}  // namespace tiltak
