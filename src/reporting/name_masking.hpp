#pragma once
// Hiding personal names in a report (ReportOptions::hide_personal_names): the one step every
// format and binding relies on, since they all present the same PortfolioReport value.
//
// A person is shown by their role with their unit, "Eier (Helse og omsorg)": the unit is not
// personal and says who answers for something, where a bare role would not. The label is a
// function of the person's record alone, so the same person gets the same label everywhere in a
// report and in every run. Free text (titles, comments, mitigations, messages) is searched for
// every registered person's full name and id, ignoring case (ASCII and Latin-1 letters: æøå,
// ÆØÅ, ä, é ...) and treating any run of white space between the parts of a name as one space.
// A name the organisation does not register, or a first name alone, cannot be recognised.

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tiltak/reporting/report.hpp"

namespace tiltak::detail {

class NameMask {
 public:
  NameMask(const Organisation& organisation, Language language);

  // The label of a registered person; an id the organisation does not register gets the generic
  // label, never the id itself (ids are often made from names: "p-lise-kvamsdal").
  std::string person(const PersonId& id) const;
  // `text` with every registered person's full name and id replaced by their label.
  std::string text(std::string_view text) const;

 private:
  struct Pattern {
    std::vector<std::string> parts;  // case-folded; any white space run stands between two parts
    std::size_t label;               // index into labels_
  };
  std::vector<std::string> labels_;
  std::vector<std::pair<std::string, std::size_t>> label_of_id_;  // person id -> index into labels_
  std::string unregistered_;
  std::vector<Pattern> patterns_;  // longest first, so that "Jon Vetle Rishaug" wins over "Jon Vetle"
  // Indices into patterns_ by the first byte of their first part: most positions of a text
  // start no name at all.
  std::array<std::vector<std::size_t>, 256> by_first_byte_;

  bool matches(const Pattern& pattern, const std::string& folded, std::size_t at, std::size_t& end) const;
};

// Replace every registered person's name and id in the free text of `report` (titles, comments,
// mitigations, messages, notes) by their label, and each benefit's owner by its label. Owners
// of initiatives and risks are labelled when the report is built (ReportContext::person), from
// the id, since two people may share a name. Keeps the mask in the report for compare_reports(),
// which takes titles from a previous report.
void hide_personal_names(PortfolioReport& report, std::shared_ptr<const NameMask> mask);

}  // namespace tiltak::detail
