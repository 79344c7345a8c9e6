#include "io/portfolio_fast_reader.hpp"

#include <simdjson.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "io/enum_names.hpp"
#include "io/json_reader.hpp"
#include "io/portfolio_fields.hpp"

namespace tiltak::detail {
namespace {

namespace od = simdjson::ondemand;

// Thrown at the first problem; caught by the entry points, which then return nullopt.
struct GiveUp {};

[[noreturn]] void give_up() { throw GiveUp{}; }

template <class T>
T got(simdjson::simdjson_result<T>&& result) {
  T value;
  if (std::move(result).get(value) != simdjson::SUCCESS) give_up();
  return value;
}

class FastReader;

// The fast reader's side of a field list (portfolio_fields.hpp). `fields(f, out)` is called
// once for every key of the object, and each field in the list claims the key if it is its
// own (`slot` counts the fields, `seen` has a bit per field read); then once more to finish,
// when each field checks that it was given if it has to be.
class FastFields {
 public:
  FastFields(FastReader& reader) noexcept : reader_(reader) {}

  void begin_key(std::string_view key, od::value value) noexcept {
    key_ = key;
    value_ = value;
    matched_ = false;
    slot_ = 0;
  }
  // Keys come in the order of the field list in every document tiltak writes: each key is
  // first looked for after the field of the last one, and only then among all.
  bool matched() const noexcept { return matched_; }
  bool look_among_all() noexcept {
    if (from_slot_ == 0) return false;
    from_slot_ = 0;
    slot_ = 0;
    return true;
  }
  void begin_finish() noexcept {
    finishing_ = true;
    slot_ = 0;
  }

  template <class T>
  void required(std::string_view key, T& out);
  template <class T>
  void optional(std::string_view key, T& out);
  void percent(std::string_view key, int& basis_points, bool required);
  template <class Exempt>
  void amount_unless(std::string_view key, Money& amount, Exempt exempt);
  void schema_version(std::string_view key, int& out);
  void currency(std::string_view key, Currency& out);
  void dependency_target(std::variant<InitiativeId, ComponentId>& on);
  void recipient(Recipient& out);

 private:
  std::uint64_t next_bit() noexcept { return std::uint64_t{1} << slot_++; }
  bool given(std::uint64_t bit) const noexcept { return (seen_ & bit) != 0; }
  // One field: read when it is the key being read; when finishing, one that is required and
  // was not given gives up.
  template <class Read>
  void field(std::string_view key, bool required, Read read) {
    const auto bit = next_bit();
    if (finishing_) {
      if (required && !given(bit)) give_up();
    } else if (claims(key, bit)) {
      read();
    }
  }
  // Whether this field is the key being read; a field given twice gives up.
  bool claims(std::string_view key, std::uint64_t bit) {
    if (finishing_ || matched_ || slot_ <= from_slot_ || key != key_) return false;
    if (given(bit)) give_up();
    seen_ |= bit;
    matched_ = true;
    from_slot_ = slot_;
    return true;
  }

  FastReader& reader_;
  std::string_view key_;
  od::value value_;
  bool matched_ = false;
  bool finishing_ = false;
  unsigned slot_ = 0;       // fields met so far in this call (the bit of a field is 1 << (slot_ - 1))
  unsigned from_slot_ = 0;  // fields before this one were passed over for the key being read
  std::uint64_t seen_ = 0;
};

class FastReader {
 public:
  explicit FastReader(std::optional<Currency> currency) noexcept : currency_(currency) {}

  Currency currency() const {
    if (!currency_) give_up();  // an amount before the portfolio's currency
    return *currency_;
  }
  void set_currency(Currency currency) noexcept { currency_ = currency; }

  void read(od::value value, std::string& out) { out = text_of(value); }

  void read(od::value value, bool& out) { out = got(value.get_bool()); }

  void read(od::value value, long long& out) { out = got(value.get_int64()); }

  void read(od::value value, int& out) {
    const std::int64_t wide = got(value.get_int64());
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) give_up();
    out = static_cast<int>(wide);
  }

  void read(od::value value, double& out) { out = got(value.get_double()); }

  void read(od::value value, Date& out) {
    const auto date = parse_iso_date(text_of(value));
    if (!date) give_up();
    out = *date;
  }

  void read(od::value value, Money& out) {
    const std::string_view text = text_of(value);
    try {
      out = Money::parse(text, currency());
    } catch (const Error&) {
      give_up();
    }
  }

  template <class Tag>
  void read(od::value value, Id<Tag>& out) {
    std::string text(text_of(value));
    if (text.empty()) give_up();
    out = Id<Tag>(std::move(text));
  }

  template <class E>
    requires std::is_enum_v<E>
  void read(od::value value, E& out) {
    const auto parsed = enum_from_name<E>(text_of(value));
    if (!parsed) give_up();
    out = *parsed;
  }

  template <class T>
  void read(od::value value, std::vector<T>& out) {
    out.clear();
    for (auto item : got(value.get_array())) {
      out.emplace_back(blank<T>());
      read(got(std::move(item)), out.back());
    }
  }

  template <class T>
  void read(od::value value, std::optional<T>& out) {
    T item = blank<T>();
    read(value, item);
    out = std::move(item);
  }

  template <HasFields T>
  void read(od::value value, T& out) {
    read_object(got(value.get_object()), out);
  }

  // A percentage as read_percent reads it: the text of a JSON integer or string, or a number
  // with a fraction or exponent (the nlohmann parser's "float").
  void read_percent(od::value value, int& basis_points) {
    std::optional<int> parsed;
    if (got(value.type()) == od::json_type::string) {
      parsed = percent_from_text(got(value.get_string()));
    } else {
      const std::string_view token = value.raw_json_token();
      std::size_t end = token.size();
      while (end > 0 && (token[end - 1] == ' ' || token[end - 1] == '\n' || token[end - 1] == '\r' ||
                         token[end - 1] == '\t'))
        --end;
      const std::string_view number = token.substr(0, end);
      if (number.find_first_of(".eE") == std::string_view::npos) {
        got(value.get_int64());  // a well-formed integer in range, as the slow path needs
        parsed = percent_from_text(number);
      } else {
        parsed = percent_from_double(got(value.get_double()));
      }
    }
    if (!parsed) give_up();
    basis_points = *parsed;
  }

  template <HasFields T>
  void read_object(od::object object, T& out) {
    FastFields f(*this);
    for (auto member : object) {
      od::field field = got(std::move(member));
      f.begin_key(plain_key(field.key()), field.value());
      fields(f, out);
      if (!f.matched() && f.look_among_all()) fields(f, out);
      if (!f.matched()) give_up();  // an unknown field
    }
    f.begin_finish();
    fields(f, out);
  }

 private:
  // A string's text. Without escapes (nearly every string) it is taken from the document
  // itself, as written: that spares simdjson unescaping it into its own buffer, which would
  // hold a second copy of every string until the load ends.
  static std::string_view text_of(od::value value) {
    const std::string_view token = value.raw_json_token();  // the token and the spaces after it
    if (token.empty() || token.front() != '"') give_up();
    const std::string_view text = token.substr(1, token.rfind('"') - 1);
    if (text.find('\\') == std::string_view::npos) return text;
    return got(value.get_string());
  }

  // The key as written; one with an escape gives up (the shape reader unescapes it).
  static std::string_view plain_key(od::raw_json_string key) {
    const char* start = key.raw();
    const char* end = start;
    while (*end != '"') {
      if (*end == '\\') give_up();
      ++end;
    }
    return {start, static_cast<std::size_t>(end - start)};
  }

  template <class T>
  T blank() const {
    if constexpr (std::is_same_v<T, Money>)
      return Money::zero(currency());
    else
      return T{};
  }

  std::optional<Currency> currency_;
};

template <class T>
void FastFields::required(std::string_view key, T& out) {
  field(key, true, [&] { reader_.read(value_, out); });
}

template <class T>
void FastFields::optional(std::string_view key, T& out) {
  field(key, false, [&] { reader_.read(value_, out); });
}

void FastFields::percent(std::string_view key, int& basis_points, bool required) {
  field(key, required, [&] { reader_.read_percent(value_, basis_points); });
}

template <class Exempt>
void FastFields::amount_unless(std::string_view key, Money& amount, Exempt exempt) {
  const auto bit = next_bit();
  if (finishing_) {
    if (given(bit)) return;
    if (!exempt()) give_up();
    amount = Money::zero(reader_.currency());
  } else if (claims(key, bit)) {
    reader_.read(value_, amount);
  }
}

void FastFields::schema_version(std::string_view key, int& out) {
  field(key, true, [&] {
    int version = 0;
    reader_.read(value_, version);
    if (version < 1 || version > portfolio_schema_version) give_up();
    out = version;
  });
}

void FastFields::currency(std::string_view key, Currency& out) {
  field(key, true, [&] {
    std::string code;
    reader_.read(value_, code);
    const auto parsed = currency_from_code(code);
    if (!parsed) give_up();
    out = *parsed;
    reader_.set_currency(out);
  });
}

void FastFields::dependency_target(std::variant<InitiativeId, ComponentId>& on) {
  const auto initiative = next_bit(), component = next_bit();
  if (finishing_) {
    if (given(initiative) == given(component)) give_up();  // exactly one
  } else if (claims("initiative", initiative)) {
    InitiativeId id;
    reader_.read(value_, id);
    on = std::move(id);
  } else if (claims("component", component)) {
    ComponentId id;
    reader_.read(value_, id);
    on = std::move(id);
  }
}

void FastFields::recipient(Recipient& out) {
  const auto unit = next_bit(), member = next_bit(), external = next_bit();
  if (finishing_) {
    if (int(given(unit)) + int(given(member)) + int(given(external)) != 1) give_up();  // exactly one
  } else if (claims("unit", unit)) {
    out.kind = RecipientKind::unit;
    reader_.read(value_, out.id);
  } else if (claims("member", member)) {
    out.kind = RecipientKind::member;
    reader_.read(value_, out.id);
  } else if (claims("external", external)) {
    reader_.read(value_, out.kind);
    if (out.kind == RecipientKind::unit || out.kind == RecipientKind::member) give_up();
    out.id.clear();
  }
}

template <class T>
std::optional<T> read_fast(std::string_view text, std::size_t capacity, std::optional<Currency> currency) {
  try {
    std::optional<simdjson::padded_string> copy;
    simdjson::padded_string_view padded(text.data(), text.size(), capacity);
    if (capacity < text.size() + simdjson::SIMDJSON_PADDING) {
      copy.emplace(text);
      padded = *copy;
    }
    od::parser parser;
    od::document document = got(parser.iterate(padded));
    FastReader reader(currency);
    T out;
    reader.read_object(got(document.get_object()), out);
    // Anything after the document's value (the location is out of bounds at the end).
    const char* after = nullptr;
    if (document.current_location().get(after) != simdjson::OUT_OF_BOUNDS) give_up();
    return out;
  } catch (const GiveUp&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<Portfolio> read_portfolio_fast(std::string_view text, std::size_t capacity) {
  return read_fast<Portfolio>(text, capacity, std::nullopt);
}

std::optional<Initiative> read_initiative_fast(std::string_view text, std::size_t capacity, Currency currency) {
  return read_fast<Initiative>(text, capacity, currency);
}

}  // namespace tiltak::detail
