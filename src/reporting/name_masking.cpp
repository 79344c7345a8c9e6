#include "reporting/name_masking.hpp"

#include <algorithm>
#include <memory>

#include "reporting/report_words.hpp"
#include "tiltak/reporting/labels.hpp"

namespace tiltak::detail {
namespace {

// Lower case of ASCII and of the Latin-1 capitals (U+00C0..U+00DE but ×, whose UTF-8 is C3 80..9E
// but 97: their small letters are 0x20 higher in the second byte). Keeps every byte's position,
// so that a match found in the folded text is at the same place in the original.
std::string fold(std::string_view text) {
  std::string folded(text);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    auto& c = reinterpret_cast<unsigned char&>(folded[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 0x20);
    } else if (c == 0xC3 && i + 1 < folded.size()) {
      auto& next = reinterpret_cast<unsigned char&>(folded[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
      ++i;
    }
  }
  return folded;
}

// The length of the white space at `at` (ASCII white space or a no-break space), 0 if none.
std::size_t space_at(const std::string& text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0xA0) return 2;
  return 0;
}

std::vector<std::string> parts_of(const std::string& folded) {
  std::vector<std::string> parts;
  std::size_t at = 0, start = 0;
  while (at <= folded.size()) {
    const std::size_t space = at < folded.size() ? space_at(folded, at) : 1;
    if (space == 0) {
      ++at;
      continue;
    }
    if (at > start) parts.push_back(folded.substr(start, at - start));
    at += space;
    start = at;
  }
  return parts;
}

// A name must not start inside a word: "Lise Kvamsdal" is not in "Annelise Kvamsdal". Any byte
// of a multi-byte character counts as a letter.
bool starts_word(const std::string& text, std::size_t at) {
  if (at == 0) return true;
  const auto c = static_cast<unsigned char>(text[at - 1]);
  return !(c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

}  // namespace

NameMask::NameMask(const Organisation& organisation, Language language)
    : unregistered_(word(Word::unregistered_person, language)) {
  for (const auto& person : organisation.people) {
    labels_.emplace_back(role_label(person.role, language));
    const std::size_t index = labels_.size() - 1;
    label_of_id_.emplace_back(person.id.str(), index);
    for (const std::string& term : {person.name, person.id.str()})
      if (auto parts = parts_of(fold(term)); !parts.empty()) patterns_.push_back({std::move(parts), index});
  }
  const auto length = [](const Pattern& p) {
    std::size_t n = 0;
    for (const auto& part : p.parts) n += part.size() + 1;
    return n;
  };
  std::stable_sort(patterns_.begin(), patterns_.end(),
                   [&](const Pattern& a, const Pattern& b) { return length(a) > length(b); });
  for (std::size_t i = 0; i < patterns_.size(); ++i)
    by_first_byte_[static_cast<unsigned char>(patterns_[i].parts.front().front())].push_back(i);
  // A person is shown by role and unit; the unit's name is free text too, and a name in it is
  // shown by the role alone (the labels so far), so no label brings a name back.
  std::vector<std::string> with_units = labels_;
  for (std::size_t i = 0; i < organisation.people.size(); ++i)
    if (const auto& unit_id = organisation.people[i].unit)
      for (const auto& unit : organisation.units)
        if (unit.id == *unit_id && !unit.name.empty()) with_units[i] += " (" + text(unit.name) + ")";
  labels_ = std::move(with_units);
}

std::string NameMask::person(const PersonId& id) const {
  for (const auto& [person, label] : label_of_id_)
    if (person == id.str()) return labels_[label];
  return unregistered_;
}

bool NameMask::matches(const Pattern& pattern, const std::string& folded, std::size_t at, std::size_t& end) const {
  for (std::size_t i = 0; i < pattern.parts.size(); ++i) {
    if (i > 0) {
      const std::size_t before = at;
      while (at < folded.size())
        if (const std::size_t space = space_at(folded, at))
          at += space;
        else
          break;
      if (at == before) return false;  // the parts of a name are apart
    }
    const std::string& part = pattern.parts[i];
    if (folded.compare(at, part.size(), part) != 0) return false;
    at += part.size();
  }
  end = at;
  return true;
}

std::string NameMask::text(std::string_view text) const {
  const std::string folded = fold(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = 0;
    const Pattern* found = nullptr;
    if (starts_word(folded, at))
      for (const std::size_t i : by_first_byte_[static_cast<unsigned char>(folded[at])])
        if (matches(patterns_[i], folded, at, end)) {
          found = &patterns_[i];
          break;
        }
    if (found) {
      out += labels_[found->label];
      at = end;
    } else {
      out += text[at++];
    }
  }
  return out;
}

void hide_personal_names(PortfolioReport& report, std::shared_ptr<const NameMask> mask) {
  const auto hide = [&](std::string& text) { text = mask->text(text); };
  hide(report.portfolio);
  hide(report.scope_name);
  for (auto& initiative : report.initiatives) {
    hide(initiative.title);
    for (auto& area : initiative.service_areas) hide(area);
    hide(initiative.programme);
    hide(initiative.phase);
    hide(initiative.case_reference);
    for (auto& cell : initiative.status)
      if (cell) hide(cell->comment);
    for (auto& risk : initiative.top_risks) {
      hide(risk.id);
      hide(risk.title);
      hide(risk.mitigation);
    }
    for (auto& benefit : initiative.benefits) hide(benefit.title), hide(benefit.indicator), hide(benefit.unit);
    for (auto& dependency : initiative.dependencies_at_risk) hide(dependency.title);
  }
  for (auto& area : report.areas) hide(area.name);
  for (auto& capacity : report.capacity) hide(capacity.role);
  for (auto& goal : report.goals) hide(goal.title);
  for (auto& decision : report.pending_decisions) hide(decision.title);
  for (auto& finding : report.compliance.findings) hide(finding.message);
  for (auto& area : report.compliance.areas) hide(area.name);
  // The owner of a benefit is an id elsewhere; in a report with names hidden it is what the
  // report shows of a person, the label, as an initiative's owner is.
  for (auto& benefit : report.realisation.benefits) {
    hide(benefit.title);
    if (benefit.owner) benefit.owner = PersonId(mask->person(*benefit.owner));
  }
  for (auto& omission : report.omitted) hide(omission.note);
  report.name_mask = std::move(mask);
}

}  // namespace tiltak::detail
