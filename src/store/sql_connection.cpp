#include "store/sql_connection.hpp"

#include <charconv>

#include "tiltak/core/error.hpp"

namespace tiltak::detail {

const std::string& SqlRow::text(std::size_t column) const {
  const auto& value = values.at(column);
  if (!value) throw Error(ErrorCode::internal, "store: a NULL where the store's schema has a value");
  return *value;
}

std::int64_t SqlRow::number(std::size_t column) const {
  const std::string& digits = text(column);
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size())
    throw Error(ErrorCode::internal, "store: \"" + digits + "\" where the store's schema has a number");
  return number;
}

}  // namespace tiltak::detail
