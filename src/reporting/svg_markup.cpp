#include "reporting/svg_markup.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tiltak::detail {

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  const auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  if (static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_lead)) <= max_chars) return std::string(text);
  // Keep max_chars − 1 characters and the ellipsis; cut before a lead byte only.
  std::size_t kept = 0, cut = 0;
  while (cut < text.size() && !(is_lead(text[cut]) && kept++ == max_chars - 1)) ++cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::string svg_number(double value) {
  const double rounded = std::round(value * 10) / 10;
  char buffer[32];
  if (rounded == std::floor(rounded))
    std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
  else
    std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
  return std::string(buffer) == "-0" ? "0" : buffer;
}

std::string format_decimal(double value, Language language) {
  const long long hundredths = std::llround(std::fabs(value) * 100);
  std::string text = (value < 0 && hundredths != 0 ? "-" : "") + format_integer(hundredths / 100, language);
  if (const long long decimals = hundredths % 100; decimals != 0) {
    text += language == Language::en ? '.' : ',';
    text += static_cast<char>('0' + decimals / 10);
    if (decimals % 10 != 0) text += static_cast<char>('0' + decimals % 10);
  }
  return text;
}

std::string_view rag_fill(Rag rag) noexcept {
  switch (rag) {
    case Rag::green: return "#5fae6e";
    case Rag::yellow: return "#f2c94c";
    case Rag::red: return "#d9534f";
  }
  return "#999999";
}

std::string_view rag_ink(Rag rag) noexcept {
  switch (rag) {
    case Rag::green: return "#1e6b32";
    case Rag::yellow: return "#7a5a00";
    case Rag::red: return "#9b1c1c";
  }
  return "#333333";
}

std::string svg_open(double width, double height, std::string_view title) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + svg_number(width) + " " + svg_number(height) +
         "\" width=\"" + svg_number(width) + "\" height=\"" + svg_number(height) +
         "\" role=\"img\" class=\"chart\"><title>" + escape_markup(title) + "</title>";
}

std::string svg_text(double x, double y, std::string_view text, std::string_view anchor, std::string_view attributes) {
  std::string out = "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\"";
  if (anchor != "start") out += " text-anchor=\"" + std::string(anchor) + "\"";
  if (!attributes.empty()) out += " " + std::string(attributes);
  return out + ">" + escape_markup(text) + "</text>";
}

std::string svg_rect(double x, double y, double width, double height, std::string_view fill,
                     std::string_view attributes) {
  return "<rect x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" width=\"" + svg_number(width) + "\" height=\"" +
         svg_number(std::max(height, 0.0)) + "\" fill=\"" + std::string(fill) + "\"" +
         (attributes.empty() ? "" : " " + std::string(attributes)) + "/>";
}

std::string svg_line(double x1, double y1, double x2, double y2, std::string_view stroke, double stroke_width,
                     std::string_view attributes) {
  return "<line x1=\"" + svg_number(x1) + "\" y1=\"" + svg_number(y1) + "\" x2=\"" + svg_number(x2) + "\" y2=\"" +
         svg_number(y2) + "\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"" + svg_number(stroke_width) +
         "\"" + (attributes.empty() ? "" : " " + std::string(attributes)) + "/>";
}

void SvgLegend::box(std::string_view fill, std::string_view text) {
  markup_ += svg_rect(x_, y_, 16, 12, fill);
  label(text);
}

void SvgLegend::line(std::string_view stroke, std::string_view text, std::string_view dash) {
  markup_ += svg_line(x_, y_ + 6, x_ + 16, y_ + 6, stroke, 3,
                      dash.empty() ? std::string() : "stroke-dasharray=\"" + std::string(dash) + "\"");
  label(text);
}

void SvgLegend::label(std::string_view text) {
  markup_ += svg_text(x_ + 22, y_ + 10, text);
  const auto characters = std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
  x_ += 40 + 6.5 * static_cast<double>(characters);
}

double chart_units(Money amount) {
  return static_cast<double>(amount.minor_units()) / static_cast<double>(minor_per_major(amount.currency()));
}

MoneyAxis money_axis(double low, double high, int max_ticks) {
  MoneyAxis axis;
  low = std::min(low, 0.0), high = std::max(high, 0.0);
  if (high - low <= 0) high = low + 1;
  const double rough = (high - low) / max_ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  axis.step = magnitude * 10;
  for (const double factor : {1.0, 2.0, 5.0})
    if (magnitude * factor >= rough) {
      axis.step = magnitude * factor;
      break;
    }
  axis.step = std::max(axis.step, 1.0);
  axis.low = std::floor(low / axis.step) * axis.step;
  axis.high = std::ceil(high / axis.step) * axis.step;
  axis.millions = std::fmod(axis.step, 1e6) == 0;
  return axis;
}

std::string MoneyAxis::tick_text(double value, Language language) const {
  return format_integer(std::llround(millions ? value / 1e6 : value), language);
}

std::string money_unit(const MoneyAxis& axis, Currency currency, Language language) {
  // The currency as format_money writes it beside an amount: "kr" at home, else the code.
  std::string unit = format_money(Money::zero(currency), language, true);
  unit.erase(unit.find('0'), 1);
  unit.erase(0, unit.find_first_not_of(' '));
  unit.erase(unit.find_last_not_of(' ') + 1);
  if (!axis.millions) return unit;
  switch (language) {
    case Language::nb: return "mill. " + unit;
    case Language::da: return "mio. " + unit;
    case Language::en: return unit + " million";
  }
  return unit;
}

std::string MoneyPlot::grid(Currency currency, Language language) const {
  std::string out;
  for (double tick = axis.low; tick <= axis.high + axis.step / 2; tick += axis.step) {
    out += svg_line(left, y(tick), right, y(tick), tick == 0 ? "#52606d" : "#e3e8ee", 1);
    out += svg_text(left - 6, y(tick) + 4, axis.tick_text(tick, language), "end");
  }
  return out + svg_text(left - 6, top - 10, money_unit(axis, currency, language), "end", "font-style=\"italic\"");
}

}  // namespace tiltak::detail
