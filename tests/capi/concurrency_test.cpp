// The thread-safety statement of tiltak.h, pinned down (and run under ThreadSanitizer by the
// tsan preset): a portfolio that no thread changes may be read concurrently from several
// threads, each with its own context; there is no global state, so threads working on
// their own portfolios and contexts do not disturb each other; and a context may move
// between threads (a managed caller may resume on another thread) as long as one thread
// uses it at a time.

#include <gtest/gtest.h>

#include <barrier>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

#include "keepers.hpp"
#include "tiltak/tiltak.h"

namespace {

using namespace tiltak_test;

constexpr int thread_count = 8;
constexpr int rounds = 25;

// What a reader sees of a portfolio, computed on one thread.
struct Answers {
  std::string document, summary, list, initiative;
  std::size_t count = 0;
};

Answers read_everything(tiltak_context* context, const tiltak_portfolio* portfolio, const char* id) {
  Answers answers;
  CString text;
  EXPECT_EQ(tiltak_portfolio_to_json(context, portfolio, text.out(), text.out_length()), TILTAK_OK);
  answers.document = text.str();
  EXPECT_EQ(tiltak_portfolio_summary(context, portfolio, text.out(), text.out_length()), TILTAK_OK);
  answers.summary = text.str();
  EXPECT_EQ(tiltak_portfolio_list_initiatives(context, portfolio, text.out(), text.out_length()), TILTAK_OK);
  answers.list = text.str();
  EXPECT_EQ(tiltak_portfolio_get_initiative(context, portfolio, id, text.out(), text.out_length()), TILTAK_OK);
  answers.initiative = text.str();
  EXPECT_EQ(tiltak_portfolio_initiative_count(context, portfolio, &answers.count), TILTAK_OK);
  return answers;
}

bool operator==(const Answers& a, const Answers& b) {
  return a.document == b.document && a.summary == b.summary && a.list == b.list && a.initiative == b.initiative &&
         a.count == b.count;
}

Portfolio load_example(tiltak_context* context) {
  return load(context, std::string(TILTAK_EXAMPLES_DIR) + "/fjordvik.json");
}

TEST(CApiConcurrency, OneSharedPortfolio_ReadByEightThreads_GivesTheSingleThreadedAnswers) {
  auto main_context = new_context();
  const Portfolio shared = load_example(main_context.get());
  ASSERT_TRUE(shared);
  const Answers expected = read_everything(main_context.get(), shared.get(), "T-001");
  ASSERT_GT(expected.count, 10u);

  std::barrier start(thread_count);
  std::vector<int> mismatches(thread_count, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t)
    threads.emplace_back([&, t] {
      auto context = new_context();  // one context per thread
      start.arrive_and_wait();       // all threads read at once
      for (int round = 0; round < rounds; ++round)
        if (!(read_everything(context.get(), shared.get(), "T-001") == expected)) ++mismatches[t];
    });
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < thread_count; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
  EXPECT_EQ(read_everything(main_context.get(), shared.get(), "T-001"), expected);
}

TEST(CApiConcurrency, ThreadsWithTheirOwnPortfolios_EditAndFailWithoutDisturbingEachOther) {
  const std::string document = minimal_json();
  std::barrier start(thread_count);
  std::vector<std::string> failures(thread_count);
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t)
    threads.emplace_back([&, t] {
      auto context = new_context();
      tiltak_portfolio* raw = nullptr;
      if (tiltak_portfolio_from_json(context.get(), document.data(), document.size(), &raw) != TILTAK_OK) {
        failures[t] = "load";
        return;
      }
      Portfolio own(raw);
      start.arrive_and_wait();
      for (int round = 0; round < rounds && failures[t].empty(); ++round) {
        const std::string id = "T-" + std::to_string(100 + t);
        const std::string item = R"({"id": ")" + id + R"(", "title": "Tråd )" + std::to_string(t) +
                                 R"(", "stage": "idea", "costs": [{"year": 2026, "kind": "operating", "amount": ")" +
                                 std::to_string(t + 1) + R"(.00"}]})";
        if (tiltak_portfolio_add_initiative(context.get(), own.get(), item.data(), item.size()) != TILTAK_OK)
          failures[t] = std::string("add: ") + tiltak_context_error_message(context.get());
        // Each thread's error names its own id: details live in the context, not in a global.
        const std::string unknown = "T-missing-" + std::to_string(t);
        if (tiltak_portfolio_remove_initiative(context.get(), own.get(), unknown.c_str()) != TILTAK_E_NOT_FOUND ||
            tiltak_context_error_value(context.get()) != "\"" + unknown + "\"")
          failures[t] = std::string("error of another thread: ") + tiltak_context_error_value(context.get());
        std::size_t n = 0;
        if (tiltak_portfolio_initiative_count(context.get(), own.get(), &n) != TILTAK_OK || n != 3)
          failures[t] = "count " + std::to_string(n);
        if (tiltak_portfolio_remove_initiative(context.get(), own.get(), id.c_str()) != TILTAK_OK)
          failures[t] = std::string("remove: ") + tiltak_context_error_message(context.get());
      }
    });
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < thread_count; ++t) EXPECT_EQ(failures[t], "") << "thread " << t;
}

TEST(CApiConcurrency, AnError_MayBeReadOnAnotherThreadThanTheCallThatMadeIt) {
  auto context = new_context();
  std::thread([&] {
    tiltak_portfolio* out = nullptr;
    tiltak_portfolio_from_json(context.get(), "[", 1, &out);
  }).join();
  std::string message, problems;
  std::thread([&] {
    message = tiltak_context_error_message(context.get());
    problems = error_json(context.get());
  }).join();
  EXPECT_EQ(tiltak_context_error_code(context.get()), TILTAK_E_PARSE);
  EXPECT_NE(message.find("not valid JSON"), std::string::npos);
  EXPECT_NE(problems, "[]");
}

}  // namespace
