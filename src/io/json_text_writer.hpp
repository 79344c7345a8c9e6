#pragma once
// JSON text written as it goes, without a document tree: the bytes nlohmann's
// `dump(indent)` gives for the same values (its number format, its escapes, its layout), so
// that a portfolio saved through it is byte for byte what it was (tests/unit/io). Text that is
// not UTF-8 is refused as `dump` refuses it: nlohmann::json::type_error, thrown by nlohmann
// itself on the offending string.

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tiltak::detail {

class JsonTextWriter {
 public:
  // `indent` spaces per level, or -1 for one line (`dump(-1)`).
  explicit JsonTextWriter(std::string& out, int indent = 2) : out_(out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // The key of the next value in the open object.
  void key(std::string_view name);

  void string(std::string_view text);
  void boolean(bool value);
  void number(long long value);
  void number(double value);
  template <class Integer>
    requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>)
  void number(Integer value) {
    number(static_cast<long long>(value));
  }

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline_and_indent(std::size_t depth);
  void escaped(std::string_view text);

  std::string& out_;
  int indent_;
  // For each open container: whether it has a member yet.
  std::vector<bool> filled_;
  bool after_key_ = false;
};

}  // namespace tiltak::detail
