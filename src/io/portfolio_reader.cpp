#include "io/portfolio_reader.hpp"

#include "io/portfolio_fields.hpp"

namespace tiltak::detail {

namespace {

// The shape reader's side of a field list (portfolio_fields.hpp): each field read with the
// generic readers of json_reader.hpp, every problem reported with its JSON Pointer. On a value
// that is not an object the ObjectReader has reported that once, and every field is skipped.
class ShapeFields {
 public:
  ShapeFields(ObjectReader& object, const Json& value, const std::string& pointer)
      : object_(object), doc_(object.document()), value_(value), pointer_(pointer) {}

  template <class T>
  void required(std::string_view key, T& out) {
    object_.required(key, out);
  }
  template <class T>
  void optional(std::string_view key, T& out) {
    object_.optional(key, out);
  }

  void percent(std::string_view key, int& basis_points, bool required) {
    if (const Json* share = object_.is_object() ? object_.find(key) : nullptr)
      read_percent(doc_, *share, object_.pointer_of(key), basis_points);
    else if (required && object_.is_object())
      object_.report_missing(key);
  }

  template <class Exempt>
  void amount_unless(std::string_view key, Money& amount, Exempt exempt) {
    amount = Money::zero(doc_.currency());
    if (object_.is_object() && !exempt())
      object_.required(key, amount);
    else
      object_.optional(key, amount);
  }

  // Every version up to the newest is read as it is: a version-1 document is a version-2
  // document without systems (portfolio.hpp).
  void schema_version(std::string_view key, int& out) {
    int version = 0;
    if (!object_.required(key, version)) return;
    if (version < 1 || version > portfolio_schema_version)
      doc_.report(object_.pointer_of(key), object_.find(key),
                  "unsupported schema version; this tiltak reads versions 1 to " +
                      std::to_string(portfolio_schema_version));
    else
      out = version;
  }

  // Amounts after it are read in this currency.
  void currency(std::string_view key, Currency& out) {
    std::string code;
    if (object_.required(key, code)) {
      if (auto parsed = currency_from_code(code))
        out = *parsed;
      else
        doc_.report(object_.pointer_of(key), object_.find(key), "expected one of: NOK, DKK, EUR, SEK");
    }
    doc_.set_currency(out);
  }

  void dependency_target(std::variant<InitiativeId, ComponentId>& on) {
    if (!object_.is_object()) return;
    const bool on_initiative = object_.has("initiative"), on_component = object_.has("component");
    if (on_initiative == on_component) {
      doc_.report(pointer_, &value_, "a dependency names exactly one of \"initiative\" or \"component\"");
    } else if (on_initiative) {
      InitiativeId id;
      if (object_.required("initiative", id)) on = std::move(id);
    } else {
      ComponentId id;
      if (object_.required("component", id)) on = std::move(id);
    }
  }

  void recipient(Recipient& out) {
    if (!object_.is_object()) return;
    const int named = int(object_.has("unit")) + int(object_.has("member")) + int(object_.has("external"));
    if (named != 1) {
      doc_.report(pointer_, &value_, "a recipient names exactly one of \"unit\", \"member\" or \"external\"");
    } else if (object_.has("unit")) {
      out.kind = RecipientKind::unit;
      object_.required("unit", out.id);
    } else if (object_.has("member")) {
      out.kind = RecipientKind::member;
      object_.required("member", out.id);
    } else {
      out.id.clear();
      if (object_.required("external", out.kind) &&
          (out.kind == RecipientKind::unit || out.kind == RecipientKind::member))
        doc_.report(object_.pointer_of("external"), object_.find("external"),
                    "expected one of: citizens, businesses, other_public_bodies");
    }
  }

 private:
  ObjectReader& object_;
  DocumentReader& doc_;
  const Json& value_;
  const std::string& pointer_;
};

}  // namespace

// Each reader reads every field it can, so one pass reports all problems; it returns whether
// the object itself was usable. A template in this namespace rather than in an unnamed one,
// so that the generic readers in json_reader.hpp find it by argument-dependent lookup.
template <HasFields T>
bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, T& out) {
  ObjectReader object(doc, value, pointer, field_names<T>());
  ShapeFields shape(object, value, pointer);
  fields(shape, out);
  return object.is_object();
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Initiative& out) {
  return read_value<Initiative>(doc, value, pointer, out);
}

bool read_value(DocumentReader& doc, const Json& value, const std::string& pointer, Portfolio& out) {
  return read_value<Portfolio>(doc, value, pointer, out);
}

}  // namespace tiltak::detail
