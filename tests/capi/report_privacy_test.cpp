// Hidden names through the C API ("hide_personal_names" in the report options): Fjordvik, with
// names also written into a title, a status comment and a risk, in capitals and across line
// breaks, shows no person's name or id in any format.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>

#include "keepers.hpp"

namespace {

using json = nlohmann::json;
using namespace tiltak_test;

// ASCII lower case with white space runs made one space (JSON escapes a line break as "\n").
std::string normalised(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool escaped_break = text.compare(i, 2, "\\n") == 0;
    if (escaped_break || std::isspace(static_cast<unsigned char>(text[i]))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      i += escaped_break ? 1 : 0;
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    }
  }
  return out;
}

TEST(CApiReportPrivacy, HiddenNamesLeaveNoNameOrPersonIdInAnyFormat) {
  json document = json::parse(read_file(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json"));
  json& initiative = document.at("initiatives").at(0);
  initiative["title"] = initiative.at("title").get<std::string>() + " (LISE  KVAMSDAL)";
  initiative.at("status").at(0)["comment"] = "Avklart med Lise\nKvamsdal og p-bente-skogheim";
  initiative.at("risks").at(0)["mitigation"] = "BENTE SKOGHEIM følger opp";
  const std::string text = document.dump();
  auto context = new_context();
  tiltak_portfolio* loaded = nullptr;
  ASSERT_EQ(tiltak_portfolio_from_json(context.get(), text.data(), text.size(), &loaded), TILTAK_OK)
      << tiltak_context_error_message(context.get());
  const Portfolio portfolio(loaded);

  const std::string options = R"({"as_of": "2026-11-23", "hide_personal_names": true})";
  for (const char* format : {"json", "html", "md", "csv"}) {
    CString out;
    ASSERT_EQ(tiltak_portfolio_report(context.get(), portfolio.get(), options.data(), options.size(), format,
                                      out.out(), out.out_length()),
              TILTAK_OK)
        << tiltak_context_error_message(context.get());
    const std::string seen = normalised(out.str());
    for (const auto& person : document.at("organisation").at("people")) {
      const std::string id = person.at("id"), name = normalised(person.at("name"));
      EXPECT_EQ(seen.find(id), std::string::npos) << id << " in " << format;
      EXPECT_EQ(seen.find(name), std::string::npos) << name << " in " << format;
    }
    EXPECT_NE(out.str().find("Gevinsteier (Servicetorget og dokumentsenteret)"), std::string::npos) << format;
  }
}

}  // namespace
