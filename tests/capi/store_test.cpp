// The portfolio store through the C API: open, import, apply a change through a callback, read
// and export at a revision, history; errors in the context.

#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "keepers.hpp"

namespace tiltak_test {
namespace {

class CapiStore : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("tiltak-capi-store-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    remove();
    tiltak_store* store = nullptr;
    ASSERT_EQ(tiltak_store_create(context_.get(), path_.c_str(), &store), TILTAK_OK)
        << tiltak_context_error_message(context_.get());
    store_.reset(store);
    CString revision;
    const std::string info = R"({"author": "kari", "message": "import", "time": "2026-11-01T08:00:00Z"})";
    ASSERT_EQ(tiltak_store_import(context_.get(), store_.get(), example_.data(), example_.size(), info.data(),
                                  info.size(), revision.out(), revision.out_length()),
              TILTAK_OK)
        << tiltak_context_error_message(context_.get());
    EXPECT_EQ(nlohmann::json::parse(revision.str())["revision"], 1);
    CString exported;  // the document in tiltak's canonical form (the file spells out defaults)
    ASSERT_EQ(tiltak_store_export(context_.get(), store_.get(), nullptr, exported.out(), exported.out_length()), TILTAK_OK);
    imported_ = exported.str();
  }
  void TearDown() override {
    store_.reset();
    remove();
  }
  void remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  Context context_ = new_context();
  std::string path_;
  std::string example_ = read_file(std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
  Store store_;
  std::string imported_;  // revision 1 as exported
};

// The callback: T-003's title becomes the text user_data points to.
int retitle(void* user_data, tiltak_portfolio* latest) {
  Context context = new_context();
  CString initiative;
  if (tiltak_portfolio_get_initiative(context.get(), latest, "T-003", initiative.out(), initiative.out_length()) != 0)
    return -1;
  auto json = nlohmann::ordered_json::parse(initiative.str());
  json["title"] = static_cast<const char*>(user_data);
  const std::string text = json.dump();
  return tiltak_portfolio_update_initiative(context.get(), latest, text.data(), text.size());
}

int abandon(void*, tiltak_portfolio*) { return 7; }

std::string title_at(tiltak_context* context, tiltak_store* store, const char* at) {
  tiltak_portfolio* read = nullptr;
  EXPECT_EQ(tiltak_store_read(context, store, at, &read), TILTAK_OK) << tiltak_context_error_message(context);
  Portfolio portfolio(read);
  CString initiative;
  EXPECT_EQ(tiltak_portfolio_get_initiative(context, portfolio.get(), "T-003", initiative.out(), initiative.out_length()),
            TILTAK_OK);
  return nlohmann::json::parse(initiative.str())["title"];
}

TEST_F(CapiStore, Apply_CommitsARevisionAndEarlierStatesStayReadable) {
  const std::string before = title_at(context_.get(), store_.get(), nullptr);
  char title[] = "Ny tittel";
  const std::string info = R"({"author": "ola", "message": "new title"})";
  CString revision;
  ASSERT_EQ(tiltak_store_apply(context_.get(), store_.get(), retitle, title, info.data(), info.size(), revision.out(),
                               revision.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context_.get());
  const auto made = nlohmann::json::parse(revision.str());
  EXPECT_EQ(made["revision"], 2);
  EXPECT_EQ(made["author"], "ola");
  EXPECT_EQ(made["message"], "new title");

  EXPECT_EQ(title_at(context_.get(), store_.get(), nullptr), "Ny tittel");
  EXPECT_EQ(title_at(context_.get(), store_.get(), "1"), before);
  EXPECT_EQ(title_at(context_.get(), store_.get(), "2026-11-01"), before);
  CString exported;
  ASSERT_EQ(tiltak_store_export(context_.get(), store_.get(), "1", exported.out(), exported.out_length()), TILTAK_OK);
  EXPECT_EQ(exported.str(), imported_);

  CString history;
  ASSERT_EQ(tiltak_store_history(context_.get(), store_.get(), nullptr, history.out(), history.out_length()), TILTAK_OK);
  const auto list = nlohmann::json::parse(history.str());
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["author"], "kari");
  EXPECT_EQ(list[0]["time"], "2026-11-01T08:00:00Z");
  ASSERT_EQ(tiltak_store_history(context_.get(), store_.get(), "T-004", history.out(), history.out_length()), TILTAK_OK);
  EXPECT_EQ(nlohmann::json::parse(history.str()).size(), 1u);
}

TEST_F(CapiStore, UpdateInitiative_CommitsOneInitiativeFromItsDocument) {
  tiltak_portfolio* read = nullptr;
  ASSERT_EQ(tiltak_store_read(context_.get(), store_.get(), nullptr, &read), TILTAK_OK);
  Portfolio latest(read);
  CString initiative;
  ASSERT_EQ(tiltak_portfolio_get_initiative(context_.get(), latest.get(), "T-003", initiative.out(), initiative.out_length()),
            TILTAK_OK);
  auto json = nlohmann::ordered_json::parse(initiative.str());
  json["title"] = "Fra saksbehandlingssystemet";
  const std::string text = json.dump();
  const std::string info = R"({"author": "arkiv", "message": "title from the case"})";
  CString revision;
  ASSERT_EQ(tiltak_store_update_initiative(context_.get(), store_.get(), text.data(), text.size(), info.data(),
                                           info.size(), revision.out(), revision.out_length()),
            TILTAK_OK)
      << tiltak_context_error_message(context_.get());
  EXPECT_EQ(nlohmann::json::parse(revision.str())["revision"], 2);
  EXPECT_EQ(title_at(context_.get(), store_.get(), nullptr), "Fra saksbehandlingssystemet");

  json["id"] = "T-404";
  const std::string unknown = json.dump();
  EXPECT_EQ(tiltak_store_update_initiative(context_.get(), store_.get(), unknown.data(), unknown.size(), info.data(),
                                           info.size(), revision.out(), revision.out_length()),
            TILTAK_E_NOT_FOUND);
  // The length is honoured: the document cut short is not valid JSON.
  EXPECT_EQ(tiltak_store_update_initiative(context_.get(), store_.get(), text.data(), text.size() - 1, info.data(),
                                           info.size(), revision.out(), revision.out_length()),
            TILTAK_E_PARSE);
}

TEST_F(CapiStore, AbandonedChange_CommitsNothing) {
  const std::string info = R"({"author": "ola"})";
  CString revision;
  EXPECT_EQ(tiltak_store_apply(context_.get(), store_.get(), abandon, nullptr, info.data(), info.size(), revision.out(),
                               revision.out_length()),
            TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(revision.get(), nullptr);
  EXPECT_STREQ(tiltak_context_error_message(context_.get()), "the change returned status 7; nothing was committed");
  CString history;
  ASSERT_EQ(tiltak_store_history(context_.get(), store_.get(), nullptr, history.out(), history.out_length()), TILTAK_OK);
  EXPECT_EQ(nlohmann::json::parse(history.str()).size(), 1u);
}

TEST_F(CapiStore, BadInputs_AreErrorsInTheContext) {
  tiltak_portfolio* read = nullptr;
  EXPECT_EQ(tiltak_store_read(context_.get(), store_.get(), "yesterday", &read), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_STREQ(tiltak_context_error_value(context_.get()), "\"yesterday\"");  // as a JSON string
  EXPECT_EQ(tiltak_store_read(context_.get(), store_.get(), "9", &read), TILTAK_E_NOT_FOUND);
  EXPECT_EQ(read, nullptr);

  const std::string info = R"({"message": "no author"})";
  CString revision;
  EXPECT_EQ(tiltak_store_apply(context_.get(), store_.get(), abandon, nullptr, info.data(), info.size(), revision.out(),
                               revision.out_length()),
            TILTAK_E_VALIDATION);
  EXPECT_STREQ(tiltak_context_error_pointer(context_.get()), "/author");
  EXPECT_EQ(tiltak_store_apply(context_.get(), store_.get(), nullptr, nullptr, info.data(), info.size(), revision.out(),
                               revision.out_length()),
            TILTAK_E_INVALID_ARGUMENT);

  tiltak_store* other = nullptr;
  const std::string missing = path_ + ".missing";
  EXPECT_EQ(tiltak_store_open(context_.get(), missing.c_str(), &other), TILTAK_E_IO);
  EXPECT_STREQ(tiltak_context_error_source(context_.get()), missing.c_str());
  EXPECT_EQ(other, nullptr);
  EXPECT_EQ(tiltak_store_create(context_.get(), path_.c_str(), &other), TILTAK_E_DUPLICATE);
  EXPECT_EQ(tiltak_store_open(nullptr, path_.c_str(), &other), TILTAK_E_INVALID_ARGUMENT);
  EXPECT_EQ(tiltak_store_open(context_.get(), nullptr, &other), TILTAK_E_INVALID_ARGUMENT);
  tiltak_store_close(nullptr);
}

}  // namespace
}  // namespace tiltak_test
