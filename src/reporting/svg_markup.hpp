#pragma once
// What the report's HTML and its inline SVG charts share: escaping of every text a user sees,
// coordinates, the colours, and the words and numbers of a chart's axes.

#include <string>
#include <string_view>

#include "tiltak/core/currency.hpp"
#include "tiltak/core/locale.hpp"
#include "tiltak/core/money.hpp"
#include "tiltak/model/status.hpp"

namespace tiltak::detail {

// Text made safe for HTML and XML, in element content and in quoted attributes alike:
// & < > " ' become entities. Every text from the portfolio passes through here.
std::string escape_markup(std::string_view text);

// At most `max_chars` characters (UTF-8 code points), with "…" when cut; a chart's row labels.
std::string shorten(std::string_view text, std::size_t max_chars);

// A coordinate or length for SVG: at most one decimal, a point as separator ("12.5", "300").
std::string svg_number(double value);

// A decimal measurement for people, at most two decimals: "1 234,5" (nb/da), "1,234.5" (en).
std::string format_decimal(double value, Language language);

// The status colours (fill) and a darker shade of each for text and outlines.
std::string_view rag_fill(Rag rag) noexcept;
std::string_view rag_ink(Rag rag) noexcept;

// The opening tag of an inline chart: a scalable image with an accessible name (the `title`).
std::string svg_open(double width, double height, std::string_view title);

// <text> at (x, y); `anchor` is start, middle or end; `attributes` are added as they are.
std::string svg_text(double x, double y, std::string_view text, std::string_view anchor = "start",
                     std::string_view attributes = {});
std::string svg_rect(double x, double y, double width, double height, std::string_view fill,
                     std::string_view attributes = {});
std::string svg_line(double x1, double y1, double x2, double y2, std::string_view stroke, double stroke_width,
                     std::string_view attributes = {});

// A row of legend entries (a swatch and its label) from left to right.
class SvgLegend {
 public:
  SvgLegend(double x, double y) : x_(x), y_(y) {}
  void box(std::string_view fill, std::string_view label);
  void line(std::string_view stroke, std::string_view label, std::string_view dash = {});
  const std::string& markup() const { return markup_; }

 private:
  void label(std::string_view text);
  double x_, y_;
  std::string markup_;
};

// An amount as a chart's coordinate: whole currency units.
double chart_units(Money amount);

// A money axis: "nice" steps (1, 2 or 5 × 10^n whole units) that cover [low, high], and the
// tick text in millions when the steps are whole millions.
struct MoneyAxis {
  double low = 0, high = 1, step = 1;  // in whole currency units
  bool millions = false;
  double scale(double value, double pixels) const { return (value - low) / (high - low) * pixels; }
  std::string tick_text(double value, Language language) const;
};
MoneyAxis money_axis(double low, double high, int max_ticks = 6);

// The unit of a money axis: "mill. kr", "mio. kr", "NOK million" (or "kr", "NOK" when not millions).
std::string money_unit(const MoneyAxis& axis, Currency currency, Language language);

// The money axis of a chart drawn between `left` and `right`, `top` and `top + height`.
struct MoneyPlot {
  MoneyAxis axis;
  double left, right, top, height;
  double y(double value) const { return top + height - axis.scale(value, height); }
  // Gridlines with their amounts on the left, the zero line darker, and the unit above.
  std::string grid(Currency currency, Language language) const;
};

}  // namespace tiltak::detail
