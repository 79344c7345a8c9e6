# Loading: simdjson's On-Demand parser reads a valid portfolio document straight into the model
# (src/io/portfolio_fast_reader.cpp; docs/architecture.md, "Loading"). Debian: libsimdjson-dev,
# a shared library with a CMake package; linked privately, so the installed package config asks
# for it as it does for the other link dependencies of the static library.
find_package(simdjson 3 REQUIRED GLOBAL)  # GLOBAL: the benchmarks time simdjson itself beside the load
target_sources(tiltak PRIVATE io/portfolio_fast_reader.cpp)
target_link_libraries(tiltak PRIVATE simdjson::simdjson)
# Saving: the portfolio document's text written as it goes, without a document tree.
target_sources(tiltak PRIVATE io/json_text_writer.cpp)
