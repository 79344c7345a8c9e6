#include "reporting/pdfa_metadata.hpp"

#include <regex>

#include "reporting/svg_markup.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak::detail {
namespace {

[[noreturn]] void unexpected(const std::string& what) {
  throw Error(ErrorCode::internal, "the PDF from Ghostscript has no " + what + " where tiltak expects it");
}

// A PDF text string: UTF-16BE with its byte-order mark, as hexadecimal.
std::string pdf_text_string(std::string_view utf8) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out = "<FEFF";
  const auto unit = [&](unsigned value) {
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(value >> shift) & 0xF];
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    unsigned code = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += length;
    if (code >= 0x10000) {
      code -= 0x10000;
      unit(0xD800 + (code >> 10));
      unit(0xDC00 + (code & 0x3FF));
    } else {
      unit(code);
    }
  }
  return out + ">";
}

// The text between "N 0 obj" and its "endobj" (the object's newest definition: an update's
// comes after the original).
std::string_view object_body(std::string_view pdf, const std::string& number, std::size_t& start) {
  const std::string header = "\n" + number + " 0 obj";
  start = pdf.rfind(header);
  if (start == std::string_view::npos) unexpected("object " + number);
  ++start;
  const auto body = start + header.size() - 1;
  const auto end = pdf.find("endobj", body);
  if (end == std::string_view::npos) unexpected("end of object " + number);
  return pdf.substr(body, end - body);
}

std::string match(const std::string& text, const std::regex& pattern, const std::string& what) {
  std::smatch found;
  if (!std::regex_search(text, found, pattern)) unexpected(what);
  return found[1].str();
}

}  // namespace

std::string pdfa_definition(const std::filesystem::path& icc_profile, std::string_view language) {
  std::string path;  // a PostScript string: ( ) and \ escaped
  for (const char ch : icc_profile.string()) {
    if (ch == '(' || ch == ')' || ch == '\\') path += '\\';
    path += ch;
  }
  return "%!\n"
         "[ {Catalog} << /Lang (" + std::string(language) + ") >> /PUT pdfmark\n"
         "[ /_objdef {icc_PDFA} /type /stream /OBJ pdfmark\n"
         "[ {icc_PDFA} << /N 3 >> /PUT pdfmark\n"
         "[ {icc_PDFA} (" + path + ") (r) file /PUT pdfmark\n"
         "[ /_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark\n"
         "[ {OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA}\n"
         "   /OutputConditionIdentifier (sRGB) /Info (sRGB IEC61966-2.1) >> /PUT pdfmark\n"
         "[ {Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark\n";
}

std::string with_document_info(std::string pdf, const PdfDocumentInfo& info) {
  const auto trailer_at = pdf.rfind("trailer");
  const auto startxref_at = pdf.rfind("startxref");
  if (trailer_at == std::string::npos || startxref_at == std::string::npos || startxref_at < trailer_at)
    unexpected("cross-reference table and trailer");
  const std::string trailer = pdf.substr(trailer_at, startxref_at - trailer_at);
  const std::string size = match(trailer, std::regex(R"(/Size\s+(\d+))"), "/Size in the trailer");
  const std::string root = match(trailer, std::regex(R"(/Root\s+(\d+)\s+0\s+R)"), "/Root in the trailer");
  const std::string info_number = match(trailer, std::regex(R"(/Info\s+(\d+)\s+0\s+R)"), "/Info in the trailer");
  const std::string id = match(trailer, std::regex(R"((/ID\s*\[[^\]]*\]))"), "/ID in the trailer");
  const std::string previous =
      match(pdf.substr(startxref_at), std::regex(R"(startxref\s+(\d+))"), "offset after startxref");

  std::size_t at = 0;
  const std::string catalog(object_body(pdf, root, at));
  const std::string metadata_number = match(catalog, std::regex(R"(/Metadata\s+(\d+)\s+0\s+R)"), "/Metadata in the catalog");

  std::string old_info(object_body(pdf, info_number, at));
  const auto open = old_info.find("<<"), close = old_info.rfind(">>");
  if (open == std::string::npos || close == std::string::npos) unexpected("/Info dictionary");
  const std::string info_object = info_number + " 0 obj\n<< /Title " + pdf_text_string(info.title) + "\n/Subject " +
                                  pdf_text_string(info.subject) + "\n" + old_info.substr(open + 2, close - open - 2) +
                                  ">>\nendobj\n";

  const std::string metadata(object_body(pdf, metadata_number, at));
  if (metadata.find("/Filter") != std::string::npos) unexpected("uncompressed XMP");
  const auto xmp_start = metadata.find("<?xpacket begin"), xmp_end = metadata.find("<?xpacket end");
  const auto packet_end = xmp_end == std::string::npos ? xmp_end : metadata.find("?>", xmp_end);
  if (xmp_start == std::string::npos || packet_end == std::string::npos) unexpected("XMP packet");
  std::string xmp = metadata.substr(xmp_start, packet_end + 2 - xmp_start);
  const auto alternative = [](const std::string& text) {
    return "<rdf:Alt><rdf:li xml:lang='x-default'>" + escape_markup(text) + "</rdf:li></rdf:Alt>";
  };
  const std::string described = "<dc:title>" + alternative(info.title) + "</dc:title><dc:description>" +
                                alternative(info.subject) + "</dc:description><dc:language><rdf:Bag><rdf:li>" +
                                escape_markup(info.language) + "</rdf:li></rdf:Bag></dc:language>";
  const std::regex dublin_core("<dc:title>.*?</dc:title>(<dc:description>.*?</dc:description>)?");
  if (!std::regex_search(xmp, dublin_core)) unexpected("dc:title in the XMP");
  xmp = std::regex_replace(xmp, dublin_core, described, std::regex_constants::format_first_only);
  const std::string metadata_object = metadata_number + " 0 obj\n<< /Type /Metadata /Subtype /XML /Length " +
                                      std::to_string(xmp.size()) + " >>\nstream\n" + xmp + "\nendstream\nendobj\n";

  if (pdf.back() != '\n') pdf += '\n';
  const auto offset = [](std::size_t value) {
    std::string digits = std::to_string(value);
    return std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  };
  const std::size_t info_at = pdf.size();
  pdf += info_object;
  const std::size_t metadata_at = pdf.size();
  pdf += metadata_object;
  const std::size_t xref_at = pdf.size();
  pdf += "xref\n" + info_number + " 1\n" + offset(info_at) + metadata_number + " 1\n" + offset(metadata_at);
  pdf += "trailer\n<< /Size " + size + " /Root " + root + " 0 R /Info " + info_number + " 0 R " + id + " /Prev " +
         previous + " >>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
  return pdf;
}

}  // namespace tiltak::detail
