#pragma once
// The report as a PDF for the archive: the HTML form printed by headless Chromium (portrait A4,
// running header and page numbers) and converted by Ghostscript to PDF/A-2b with every font
// embedded, an sRGB output intent, and the report's title, date and language in the document
// information and XMP metadata (docs/report.md, "PDF"). Both programs are Debian packages
// (chromium, ghostscript) found at run time; the library links neither.

#include <chrono>
#include <filesystem>
#include <string>

#include "tiltak/reporting/report.hpp"

namespace tiltak {

struct PdfTools {
  std::filesystem::path chromium;
  std::filesystem::path ghostscript;
  std::filesystem::path icc_profile;  // sRGB, the PDF/A output intent
};

// TILTAK_CHROMIUM, TILTAK_GHOSTSCRIPT and TILTAK_ICC_PROFILE when set, else chromium (or
// chromium-browser, google-chrome) and gs on PATH and Ghostscript's own sRGB profile
// (/usr/share/color/icc/ghostscript/srgb.icc). Throws Error(not_found) naming each one missing
// and the Debian package that has it.
PdfTools find_pdf_tools();

// The PDF's bytes. Each program runs in a private temporary directory, from an argument vector,
// and is stopped after `timeout`; Error(io_error) names the program that failed and what it said.
std::string report_to_pdf(const PortfolioReport& report, const PdfTools& tools,
                          std::chrono::seconds timeout = std::chrono::seconds(180));
std::string report_to_pdf(const PortfolioReport& report);  // with find_pdf_tools()

}  // namespace tiltak
