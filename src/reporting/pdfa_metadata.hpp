#pragma once
// The archive form of the report's PDF: what Ghostscript needs to write PDF/A-2b (the output
// intent with an sRGB profile, the document's language), and the title and subject put into
// the file afterwards. Ghostscript 10.00 discards any document-information string that is not
// ASCII when it writes PDF/A ("cannot be represented in XMP"), and a title in Norwegian or
// Danish rarely is; so the title goes in as an incremental update, which PDF/A allows.

#include <filesystem>
#include <string>
#include <string_view>

namespace tiltak::detail {

// PostScript for Ghostscript to run before the PDF: the sRGB output intent from `icc_profile`
// (Ghostscript must be allowed to read it, --permit-file-read) and /Lang `language` ("nb").
std::string pdfa_definition(const std::filesystem::path& icc_profile, std::string_view language);

struct PdfDocumentInfo {
  std::string title;    // UTF-8
  std::string subject;  // UTF-8
  std::string language; // "nb", "da", "en"
};

// `pdf` (as Ghostscript's pdfwrite writes it: a classic cross-reference table, an /Info
// dictionary and an uncompressed XMP /Metadata stream) with an incremental update that
// gives the /Info dictionary the title and subject and the XMP packet the same as dc:title and
// dc:description, and dc:language: the two must agree in PDF/A. Throws Error(internal) when
// `pdf` is not of that form.
std::string with_document_info(std::string pdf, const PdfDocumentInfo& info);

}  // namespace tiltak::detail
