#include "tiltak/reporting/report_pdf.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "reporting/external_program.hpp"
#include "reporting/pdfa_metadata.hpp"
#include "reporting/report_words.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace tiltak {
namespace {

std::optional<std::filesystem::path> find_icc_profile() {
  if (const char* chosen = std::getenv("TILTAK_ICC_PROFILE"); chosen && *chosen) {
    std::error_code error;
    return std::filesystem::is_regular_file(chosen, error) ? std::optional<std::filesystem::path>(chosen) : std::nullopt;
  }
  // Debian's ghostscript package puts its profiles here (and links them from its own directory).
  const std::filesystem::path debian = "/usr/share/color/icc/ghostscript/srgb.icc";
  std::error_code error;
  if (std::filesystem::is_regular_file(debian, error)) return debian;
  return std::nullopt;
}

std::string read_binary(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io_error, "cannot read " + path.string());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_binary(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out.flush()) throw Error(ErrorCode::io_error, "cannot write " + path.string());
}

}  // namespace

PdfTools find_pdf_tools() {
  const auto chromium = detail::find_program("TILTAK_CHROMIUM", {"chromium", "chromium-browser", "google-chrome"});
  const auto ghostscript = detail::find_program("TILTAK_GHOSTSCRIPT", {"gs"});
  const auto icc_profile = find_icc_profile();
  std::string missing;
  const auto add = [&](const std::string& what) { missing += (missing.empty() ? "" : "; ") + what; };
  if (!chromium) add("Chromium (Debian package chromium; or set TILTAK_CHROMIUM)");
  if (!ghostscript) add("Ghostscript (Debian package ghostscript; or set TILTAK_GHOSTSCRIPT)");
  if (!icc_profile) add("an sRGB ICC profile (Debian package ghostscript; or set TILTAK_ICC_PROFILE)");
  if (!missing.empty()) throw Error(ErrorCode::not_found, "a PDF needs what is not installed: " + missing);
  return {*chromium, *ghostscript, *icc_profile};
}

std::string report_to_pdf(const PortfolioReport& report, const PdfTools& tools, std::chrono::seconds timeout) {
  const detail::TemporaryDirectory directory;
  const auto& dir = directory.path();
  write_binary(dir / "report.html", report_to_html(report));
  // --no-pdf-header-footer: Chromium then draws the page-margin boxes of the report's CSS
  // (title and page numbers) instead of its own header with the file's URL.
  detail::run_program({tools.chromium.string(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                       "--no-default-browser-check", "--disable-extensions", "--user-data-dir=" + (dir / "profile").string(),
                       "--no-pdf-header-footer", "--print-to-pdf=" + (dir / "printed.pdf").string(),
                       "file://" + (dir / "report.html").string()},
                      dir, timeout);
  const std::string language(language_code(report.language));
  write_binary(dir / "pdfa.ps", detail::pdfa_definition(tools.icc_profile, language));
  detail::run_program({tools.ghostscript.string(), "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER",
                       "--permit-file-read=" + tools.icc_profile.string(), "-dPDFA=2", "-dPDFACompatibilityPolicy=1",
                       "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", "-dEmbedAllFonts=true",
                       "-sOutputFile=" + (dir / "report.pdf").string(), (dir / "pdfa.ps").string(),
                       (dir / "printed.pdf").string()},
                      dir, timeout);
  const std::string title = std::string(detail::word(detail::Word::report_title, report.language)) + " – " +
                            report.portfolio;
  const std::string subject = std::string(detail::word(detail::Word::as_of, report.language)) + " " +
                              format_date(report.options.as_of, report.language);
  return detail::with_document_info(read_binary(dir / "report.pdf"), {title, subject, language});
}

std::string report_to_pdf(const PortfolioReport& report) { return report_to_pdf(report, find_pdf_tools()); }

}  // namespace tiltak
