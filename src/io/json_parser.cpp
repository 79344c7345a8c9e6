// parse_json: the JSON library's parser, driven through its SAX interface into a document
// built here, so that
//  - every error it finds is a parse error with line and column, also those the library's own
//    document builder throws without a place (a number too large for a double, 1e400) or with
//    the reason cut off (ill-formed UTF-8);
//  - a key given twice in one object is refused where it stands (RFC 8259 leaves duplicates to
//    the reader; the library would silently keep the last, so an edited copy of a field could
//    quietly override the original).

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "io/json_reader.hpp"
#include "io/json_structure.hpp"

namespace tiltak::detail {
namespace {

// The text, read byte by byte, with the parser's progress kept where the builder can see it:
// a key event comes just after its closing quote, so the key can be located.
class TrackedIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackedIterator(const char* at, const char** read) noexcept : at_(at), read_(read) {}
  reference operator*() const noexcept { return *at_; }
  TrackedIterator& operator++() noexcept {
    *read_ = ++at_;
    return *this;
  }
  TrackedIterator operator++(int) noexcept {
    TrackedIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackedIterator& other) const noexcept { return at_ == other.at_; }

 private:
  const char* at_;
  const char** read_;
};

// The start of the ill-formed UTF-8 sequence the parser stopped in at byte `failed` (the byte it
// could not accept, or the end of the text): an earlier lead byte whose sequence needed `failed`
// as a continuation, else `failed` itself.
std::size_t utf8_sequence_start(std::string_view text, std::size_t failed) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  std::size_t lead = failed;
  while (lead > 0 && failed - lead < 3 && (byte(lead - 1) & 0xC0) == 0x80) --lead;
  if (lead == 0 || failed - lead >= 3) return failed;
  --lead;  // the byte before the continuation bytes
  const unsigned char first = byte(lead);
  const std::size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC2 ? 2 : 0;
  return lead + length > failed ? lead : failed;
}

std::string hex_bytes(std::string_view bytes) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string text;
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    text += (text.empty() ? "0x" : " 0x");
    text += digits[b >> 4];
    text += digits[b & 0xF];
  }
  return text;
}

// The reason in one of the library's messages, without its "[json.exception...] parse error at
// line 1, column 5: " prefix (the location is given by the problem itself).
std::string reason_of(const std::string& what) {
  const auto column = what.find(", column ");
  const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

class DocumentBuilder {
 public:
  DocumentBuilder(std::string_view text, std::string_view source, const char* const& read) noexcept
      : text_(text), source_(source), read_(read) {}

  Json take() { return std::move(root_); }

  bool null() { return place(nullptr); }
  bool boolean(bool value) { return place(value); }
  bool number_integer(Json::number_integer_t value) { return place(value); }
  bool number_unsigned(Json::number_unsigned_t value) { return place(value); }
  bool number_float(Json::number_float_t value, const Json::string_t&) { return place(value); }
  bool string(Json::string_t& value) { return place(std::move(value)); }
  bool binary(Json::binary_t& value) { return place(std::move(value)); }  // not in JSON text

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(Json::string_t& key) {
    auto& object = open_.back()->get_ref<Json::object_t&>();
    const auto [member, added] = object.emplace(key, nullptr);
    if (!added) duplicate(key);
    member_ = &member->second;
    return true;
  }

  // Every error the parser finds, also the number overflow that the library's own builder
  // throws as out_of_range without a place. `position` is the count of bytes read, so the
  // offending byte is the one before it.
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::json::exception& error) {
    const std::size_t failed = std::min(position == 0 ? 0 : position - 1, text_.size());
    const std::string reason = reason_of(error.what());
    // At the end of the text `failed` is one past it: a sequence cut short by the end.
    if (reason.find("ill-formed UTF-8") != std::string::npos && !text_.empty()) {
      const std::size_t start = utf8_sequence_start(text_, failed);
      throw_json_syntax_error(text_, start, source_,
                              "not UTF-8: " + hex_bytes(text_.substr(start, failed + 1 - start)) + " at byte offset " +
                                  std::to_string(start) +
                                  " is not a well-formed UTF-8 sequence (documents must be UTF-8; was the file "
                                  "saved as Latin-1 or Windows-1252?)");
    }
    if (error.id == 406) {  // number overflow: the number token ends where the parser stopped
      const std::size_t start = position >= last_token.size() ? position - last_token.size() : 0;
      throw_json_syntax_error(text_, std::min(start, text_.size()), source_,
                              "the number " + last_token.substr(0, 40) +
                                  " is out of range (a number must lie within ±1.7e308)");
    }
    throw_json_syntax_error(text_, failed, source_, reason);
  }

 private:
  template <class Value>
  bool place(Value&& value) {
    placed(Json(std::forward<Value>(value)));
    return true;
  }

  Json* placed(Json&& value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& parent = *open_.back();
    if (parent.is_array()) {
      auto& array = parent.get_ref<Json::array_t&>();
      array.push_back(std::move(value));
      return &array.back();
    }
    *member_ = std::move(value);
    return member_;
  }

  bool open(Json&& container) {
    open_.push_back(placed(std::move(container)));
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  // The JSON Pointer of the open value: each open container leads to its last member, the one
  // being read.
  std::string open_pointer() const {
    std::string pointer;
    for (std::size_t i = 0; i + 1 < open_.size(); ++i) {
      const Json& container = *open_[i];
      pointer = container.is_array() ? child_pointer(pointer, container.size() - 1)
                                     : child_pointer(pointer, container.get_ref<const Json::object_t&>().back().first);
    }
    return pointer;
  }

  // The parser has just read the key's closing quote; its opening quote is the nearest one
  // before that is not escaped.
  [[noreturn]] void duplicate(const std::string& key) {
    const auto read = static_cast<std::size_t>(read_ - text_.data());
    std::size_t quote = read >= 2 ? read - 2 : 0;
    while (quote > 0) {
      if (text_[quote] == '"') {
        std::size_t backslashes = 0;
        while (backslashes < quote && text_[quote - 1 - backslashes] == '\\') ++backslashes;
        if (backslashes % 2 == 0) break;
      }
      --quote;
    }
    Problem problem = json_problem_at(text_, quote, source_,
                                      "this key is given twice in one object (the second would "
                                      "silently replace the first)");
    problem.pointer = child_pointer(open_pointer(), key);
    problem.value = Json(key).dump(-1, ' ', false, Json::error_handler_t::replace);
    throw Error(ErrorCode::parse_error, std::move(problem));
  }

  std::string_view text_;
  std::string_view source_;
  const char* const& read_;
  Json root_;
  std::vector<Json*> open_;  // the containers being read, outermost first
  Json* member_ = nullptr;   // the member whose key was read last
};

}  // namespace

Json parse_json(std::string_view text, std::string_view source) {
  check_json_structure(text, source);
  const char* read = text.data();
  DocumentBuilder builder(text, source, read);
  Json::sax_parse(TrackedIterator(text.data(), &read), TrackedIterator(text.data() + text.size(), &read), &builder);
  return builder.take();
}

}  // namespace tiltak::detail
