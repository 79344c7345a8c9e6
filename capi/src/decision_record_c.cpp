// The C API of the decision record held against the archive (docs/governance.md, "What the
// chain proves"): the archive's copies of decision messages, their anchors, the schema check
// of a message and the documents a decision message carries.

#include <vector>

#include "context.hpp"
#include "language_argument.hpp"
#include "named_argument.hpp"
#include "portfolio_handle.hpp"
#include "store_handle.hpp"
#include "tiltak/governance/governance_json.hpp"
#include "tiltak/io/problem_json.hpp"
#include "tiltak/reporting/labels.hpp"
#include "tiltak/store/decision_record.hpp"
#include "tiltak/tiltak.h"

using tiltak::capi::NamedArgument;
using tiltak::capi::require;
using tiltak::capi::rulebook_of;
using tiltak::capi::string_result;

namespace {

// The anchors of `count` archived decision messages, the i-th of `lengths[i]` bytes.
std::vector<tiltak::ChainAnchor> archived_anchors(const char* const* archived, const size_t* lengths, size_t count) {
  if (count > 0) {
    require(archived, "archived");
    require(lengths, "lengths");
  }
  std::vector<tiltak::ChainAnchor> anchors;
  for (size_t i = 0; i < count; ++i) {
    require(archived[i], "archived[i]");
    anchors.push_back(tiltak::read_chain_anchor({archived[i], lengths[i]}));
  }
  return anchors;
}


// The checks against the archive, each shared by its entry point and its _v2.

int verify_archived(tiltak_context* context, const tiltak_portfolio* portfolio, const NamedArgument& rulebook,
                    const char* const* archived, const size_t* lengths, size_t count, char** out_json,
                    size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(portfolio, "portfolio");
    const auto& p = portfolio->value;
    return tiltak::log_verification_to_json(tiltak::verify_decision_log(
        p, rulebook_of(rulebook, p.currency), archived_anchors(archived, lengths, count),
        tiltak::default_language(p.currency)));
  });
}

int verify_store(tiltak_context* context, tiltak_store* store, const NamedArgument& rulebook, const char* language,
                 const char* const* archived, const size_t* lengths, size_t count, char** out_json,
                 size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(store, "store");
    tiltak::StoreLogCheck check;
    check.archived = archived_anchors(archived, lengths, count);
    check.rulebook = tiltak::capi::rulebook_option(rulebook);
    check.language = tiltak::capi::language_option(language);
    return tiltak::log_verification_to_json(tiltak::verify_decision_log(store->value, check));
  });
}

}  // namespace

extern "C" {

int tiltak_portfolio_verify_decision_log_archived(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                  const char* rulebook, const char* const* archived,
                                                  const size_t* lengths, size_t count, char** out_json,
                                                  size_t* out_length) {
  return verify_archived(context, portfolio, NamedArgument::text(rulebook, "rulebook"), archived, lengths, count, out_json, out_length);
}

int tiltak_portfolio_verify_decision_log_archived_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                     const char* rulebook_json, size_t rulebook_length,
                                                     const char* const* archived, const size_t* lengths, size_t count,
                                                     char** out_json, size_t* out_length) {
  return verify_archived(context, portfolio, NamedArgument::json(rulebook_json, rulebook_length, "rulebook_json", "rulebook_length"), archived, lengths, count, out_json, out_length);
}

int tiltak_store_verify_decision_log(tiltak_context* context, tiltak_store* store, const char* rulebook,
                                     const char* language, const char* const* archived, const size_t* lengths,
                                     size_t count, char** out_json, size_t* out_length) {
  return verify_store(context, store, NamedArgument::text(rulebook, "rulebook"), language, archived, lengths, count, out_json, out_length);
}

int tiltak_store_verify_decision_log_v2(tiltak_context* context, tiltak_store* store, const char* rulebook_json,
                                        size_t rulebook_length, const char* language, const char* const* archived,
                                        const size_t* lengths, size_t count, char** out_json, size_t* out_length) {
  return verify_store(context, store, NamedArgument::json(rulebook_json, rulebook_length, "rulebook_json", "rulebook_length"), language, archived, lengths, count, out_json, out_length);
}

int tiltak_archive_chain_anchor_read(tiltak_context* context, const char* xml, size_t length, char** out_json,
                                     size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(xml, "xml");
    return tiltak::chain_anchor_to_json(tiltak::read_chain_anchor({xml, length}));
  });
}

int tiltak_arkivmelding_problems(tiltak_context* context, const char* xml, size_t length, char** out_json,
                                 size_t* out_length) {
  return string_result(context, out_json, out_length, "out_json", [&] {
    require(xml, "xml");
    return tiltak::problems_to_json(tiltak::arkivmelding_problems({xml, length}));
  });
}

int tiltak_portfolio_archive_decision_with_documents(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                     size_t index, const char* system, const char* documents_json,
                                                     size_t documents_length, char** out_xml, size_t* out_length) {
  return string_result(context, out_xml, out_length, "out_xml", [&] {
    require(portfolio, "portfolio");
    require(documents_json, "documents_json");
    return tiltak::arkivmelding_for_decision(portfolio->value, index, system ? system : "tiltak",
                                             tiltak::archive_documents_from_json({documents_json, documents_length}));
  });
}

}  // extern "C"
