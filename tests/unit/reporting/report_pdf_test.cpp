// The pieces of the PDF for the archive that need no browser: running a program (argument
// vector, time limit, failure named), finding the programs, and the title put into a PDF/A
// file by an incremental update. The whole PDF is checked in tests/report/check_pdf_report.py.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <regex>

#include "reporting/external_program.hpp"
#include "reporting/pdfa_metadata.hpp"
#include "tiltak/core/error.hpp"
#include "tiltak/reporting/report_pdf.hpp"

namespace tiltak {
namespace {

using namespace std::chrono_literals;

// Sets an environment variable for one test and puts the old value back.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedVariable() { old_ ? ::setenv(name_, old_->c_str(), 1) : ::unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

ErrorCode code_of(const std::function<void()>& action, std::string& message) {
  try {
    action();
  } catch (const Error& error) {
    message = error.what();
    return error.code();
  }
  return ErrorCode::ok;
}

TEST(ExternalProgram, ArgumentsReachTheProgramUnchangedWithoutAShell) {
  const detail::TemporaryDirectory directory;
  // One argument with spaces, quotes and a shell's special characters: a shell would split it.
  detail::run_program({"/usr/bin/touch", "a file; $(echo x) 'q'"}, directory.path(), 10s);
  EXPECT_TRUE(std::filesystem::exists(directory.path() / "a file; $(echo x) 'q'"));
}

TEST(ExternalProgram, AFailureNamesTheProgramItsStatusAndWhatItSaid) {
  const detail::TemporaryDirectory directory;
  std::string message;
  EXPECT_EQ(code_of([&] { detail::run_program({"/bin/ls", "/no/such/path"}, directory.path(), 10s); }, message),
            ErrorCode::io_error);
  EXPECT_NE(message.find("ls failed (exit status 2)"), std::string::npos) << message;
  EXPECT_NE(message.find("/no/such/path"), std::string::npos) << message;
}

TEST(ExternalProgram, IsStoppedAfterItsTimeLimit) {
  const detail::TemporaryDirectory directory;
  std::string message;
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(code_of([&] { detail::run_program({"/bin/sleep", "30"}, directory.path(), 200ms); }, message),
            ErrorCode::io_error);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);
  EXPECT_NE(message.find("sleep did not finish within"), std::string::npos) << message;
}

TEST(ExternalProgram, TheTemporaryDirectoryIsPrivateAndGoesAway) {
  std::filesystem::path path;
  {
    const detail::TemporaryDirectory directory;
    path = directory.path();
    EXPECT_EQ(std::filesystem::status(path).permissions(), std::filesystem::perms::owner_all);
    detail::run_program({"/usr/bin/touch", "left-behind"}, path, 10s);
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ExternalProgram, FoundByTheVariableElseOnPath) {
  {
    const ScopedVariable chosen("TILTAK_TEST_PROGRAM", "/bin/true");
    EXPECT_EQ(detail::find_program("TILTAK_TEST_PROGRAM", {"sh"}), std::filesystem::path("/bin/true"));
  }
  {
    // A variable naming what is not there is not silently replaced by something on PATH.
    const ScopedVariable chosen("TILTAK_TEST_PROGRAM", "/no/such/program");
    EXPECT_EQ(detail::find_program("TILTAK_TEST_PROGRAM", {"sh"}), std::nullopt);
  }
  const ScopedVariable path("PATH", "/no/such/dir:/bin");
  EXPECT_EQ(detail::find_program("TILTAK_TEST_UNSET_PROGRAM", {"no-such-program", "sh"}), std::filesystem::path("/bin/sh"));
  EXPECT_EQ(detail::find_program("TILTAK_TEST_UNSET_PROGRAM", {"no-such-program"}), std::nullopt);
}

TEST(ReportPdf, MissingProgramsAreNamedWithTheirPackages) {
  const ScopedVariable chromium("TILTAK_CHROMIUM", "/no/such/chromium");
  const ScopedVariable ghostscript("TILTAK_GHOSTSCRIPT", "/no/such/gs");
  std::string message;
  EXPECT_EQ(code_of([] { find_pdf_tools(); }, message), ErrorCode::not_found);
  EXPECT_NE(message.find("Chromium (Debian package chromium; or set TILTAK_CHROMIUM)"), std::string::npos) << message;
  EXPECT_NE(message.find("Ghostscript (Debian package ghostscript; or set TILTAK_GHOSTSCRIPT)"), std::string::npos)
      << message;
}

// A PDF as Ghostscript's pdfwrite lays one out: catalog, info, XMP metadata, a classic xref.
std::string ghostscript_like_pdf() {
  std::string pdf = "%PDF-1.7\n";
  std::vector<std::size_t> offsets;
  const auto object = [&](const std::string& text) {
    offsets.push_back(pdf.size());
    pdf += text;
  };
  object("1 0 obj\n<</Type /Catalog /Pages 3 0 R\n/Metadata 4 0 R\n/Lang (nb)>>\nendobj\n");
  object("2 0 obj\n<</Producer(GPL Ghostscript 10.00.0)\n/CreationDate(D:20261207111824Z00'00')>>\nendobj\n");
  object("3 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n");
  const std::string xmp =
      "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description "
      "rdf:about=\"\" xmlns:dc='http://purl.org/dc/elements/1.1/' dc:format='application/pdf'><dc:title><rdf:Alt><rdf:li "
      "xml:lang='x-default'>Untitled</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>\n"
      "<?xpacket end='w'?>";
  object("4 0 obj\n<</Type/Metadata\n/Subtype/XML/Length " + std::to_string(xmp.size()) + ">>stream\n" + xmp +
         "\nendstream\nendobj\n");
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 5\n0000000000 65535 f \n";
  for (const auto offset : offsets) {
    const std::string digits = std::to_string(offset);
    pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size 5 /Root 1 0 R /Info 2 0 R\n/ID [<AB><AB>]\n>>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
  return pdf;
}

TEST(PdfaMetadata, TitleAndSubjectGoInAsAnIncrementalUpdateThatAgreesWithTheXmp) {
  const std::string original = ghostscript_like_pdf();
  const std::string pdf = detail::with_document_info(original, {"Portefølje <A&B> 😀", "Per 23.11.2026", "nb"});
  ASSERT_EQ(pdf.substr(0, original.size()), original) << "an incremental update leaves the original bytes";
  const std::string update = pdf.substr(original.size());
  // "Portefølje <A&B> 😀" in UTF-16BE: ø is 00F8, the emoji the surrogate pair D83D DE00.
  EXPECT_NE(update.find("/Title <FEFF0050006F007200740065006600F8006C006A00650020003C00410026004200"
                        "3E0020D83DDE00>"),
            std::string::npos)
      << update;
  EXPECT_NE(update.find("/Producer(GPL Ghostscript 10.00.0)"), std::string::npos) << "the old entries stay";
  EXPECT_NE(update.find("<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Portefølje &lt;A&amp;B&gt; 😀</rdf:li>"),
            std::string::npos);
  EXPECT_NE(update.find("<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>Per 23.11.2026</rdf:li>"),
            std::string::npos);
  EXPECT_NE(update.find("<dc:language><rdf:Bag><rdf:li>nb</rdf:li></rdf:Bag></dc:language>"), std::string::npos);
  EXPECT_EQ(update.find("Untitled"), std::string::npos);

  // The new cross-reference section points at the new definitions, and back at the old one.
  std::smatch found;
  ASSERT_TRUE(std::regex_search(update, found, std::regex(R"(xref\n2 1\n(\d{10}) 00000 n \n4 1\n(\d{10}) 00000 n \n)")));
  EXPECT_EQ(pdf.compare(std::stoul(found[1]), 7, "2 0 obj"), 0);
  EXPECT_EQ(pdf.compare(std::stoul(found[2]), 7, "4 0 obj"), 0);
  ASSERT_TRUE(std::regex_search(update, found, std::regex(R"(startxref\n(\d+)\n%%EOF\n$)")));
  EXPECT_EQ(pdf.compare(std::stoul(found[1]), 4, "xref"), 0);
  EXPECT_NE(update.find("/Size 5 /Root 1 0 R /Info 2 0 R /ID [<AB><AB>] /Prev " +
                        std::to_string(original.find("xref\n0 5"))),
            std::string::npos);
  // The metadata stream's /Length is its length.
  ASSERT_TRUE(std::regex_search(update, found, std::regex(R"(/Length (\d+) >>\nstream\n)")));
  const auto stream = update.find("stream\n", found.position(0)) + 7;
  EXPECT_EQ(update.substr(stream + std::stoul(found[1]), 10), "\nendstream");
}

TEST(PdfaMetadata, APdfOfAnotherFormIsRefusedNotDamaged) {
  std::string message;
  EXPECT_EQ(code_of([] { detail::with_document_info("%PDF-1.7\nnothing\n", {"t", "s", "nb"}); }, message),
            ErrorCode::internal);
  EXPECT_NE(message.find("cross-reference table"), std::string::npos) << message;
}

TEST(PdfaMetadata, TheDefinitionSetsTheOutputIntentAndLanguage) {
  const std::string definition = detail::pdfa_definition("/icc/s(r)gb.icc", "da");
  EXPECT_NE(definition.find("<< /Lang (da) >>"), std::string::npos);
  EXPECT_NE(definition.find("(/icc/s\\(r\\)gb.icc) (r) file"), std::string::npos);
  EXPECT_NE(definition.find("/S /GTS_PDFA1 /DestOutputProfile {icc_PDFA}"), std::string::npos);
}

}  // namespace
}  // namespace tiltak
