// The report as PDF through the C API: format "pdf" of tiltak_portfolio_report(). Printing a
// PDF costs seconds, so this checks the wiring on the path without Chromium; the PDF itself is
// checked from the CLI in tests/report/check_pdf_report.py, through the same library call.

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "keepers.hpp"

namespace {

using namespace tiltak_test;

TEST(CApiReportPdf, WithoutChromiumTheErrorIsNotFoundNamingIt) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string options = R"({"as_of": "2026-11-23"})";
  const char* old = std::getenv("TILTAK_CHROMIUM");
  const std::string saved = old ? old : "";
  ::setenv("TILTAK_CHROMIUM", "/no/such/chromium", 1);
  CString text;
  const int status = tiltak_portfolio_report(context.get(), portfolio.get(), options.data(), options.size(), "pdf",
                                             text.out(), text.out_length());
  old ? ::setenv("TILTAK_CHROMIUM", saved.c_str(), 1) : ::unsetenv("TILTAK_CHROMIUM");
  EXPECT_EQ(status, TILTAK_E_NOT_FOUND);
  EXPECT_EQ(text.get(), nullptr);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("Chromium (Debian package chromium"),
            std::string::npos)
      << tiltak_context_error_message(context.get());
}

TEST(CApiReportPdf, AnUnknownFormatListsPdfAmongTheFormats) {
  auto context = new_context();
  auto portfolio = load_minimal(context.get());
  const std::string options = R"({"as_of": "2026-11-23"})";
  CString text;
  EXPECT_EQ(tiltak_portfolio_report(context.get(), portfolio.get(), options.data(), options.size(), "docx",
                                    text.out(), text.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_NE(std::string(tiltak_context_error_message(context.get())).find("json, html, md, csv or pdf"),
            std::string::npos);
}

}  // namespace
