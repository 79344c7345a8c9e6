#pragma once
// The XML namespaces of the KS Fiks Arkiv v1 messages tiltak writes and reads, and tiltak's own
// for the decision log's anchor inside virksomhetsspesifikkeMetadata (docs/governance.md).

namespace tiltak::detail {

inline constexpr const char* arkivmelding_ns =
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1";
inline constexpr const char* kvittering_ns =
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1";
inline constexpr const char* metadata_ns =
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1";
inline constexpr const char* decision_log_ns = "urn:x-tiltak:beslutningslogg:v1";

}  // namespace tiltak::detail
