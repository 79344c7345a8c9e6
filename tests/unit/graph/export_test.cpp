// Graphviz DOT and Mermaid text of small portfolios, character for character: groups by
// service area, components apart, edge labels, the critical path in red, and escaping.

#include <gtest/gtest.h>

#include "support/portfolio_builder.hpp"
#include "tiltak/graph/graph_export.hpp"

namespace tiltak {
namespace {

using testing::PortfolioBuilder;

// Component kf (from 1 Jan) → A (1-10 Jan, health) → B (5 days, FS) and → C (3 days, SS +2).
// A and B are the critical path; C has 10 days of float.
Portfolio small() {
  PortfolioBuilder b;
  b.component("kf", "2026-01-01")
      .initiative("A", "2026-01-01", "2026-01-10")
      .initiative("B", "2026-01-01", "2026-01-05")
      .initiative("C", "2026-01-01", "2026-01-03");
  b.needs_component("A", "kf").depends("B", "A").depends("C", "A", DependencyType::start_to_start, 2);
  Portfolio portfolio = b.build();
  portfolio.organisation.service_areas = {{ServiceAreaId("helse"), "Helse og omsorg"}};
  portfolio.initiatives[0].service_areas = {ServiceAreaId("helse")};
  return portfolio;
}

TEST(GraphExport, DotGroupsByServiceAreaAndHighlightsTheCriticalPath) {
  const Portfolio portfolio = small();
  const DependencyGraph graph(portfolio);
  const Schedule schedule = compute_schedule(portfolio);
  EXPECT_EQ(graph_to_dot(portfolio, graph, {&schedule, Language::en}),
            R"(digraph "Test" {
  graph [rankdir=LR, fontname="Helvetica", label="Test", labelloc=t];
  node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];
  edge [fontname="Helvetica", fontsize=9];

  subgraph "cluster_0" {
    label="Helse og omsorg";
    style=rounded;
    color="gray70";
    "A" [label="A\nTiltak A\n2026-01-01 – 2026-01-10", color="red", fontcolor="red", penwidth=2.5, style="rounded,bold"];
  }

  subgraph "cluster_1" {
    label="No service area";
    style=rounded;
    color="gray70";
    "B" [label="B\nTiltak B\n2026-01-11 – 2026-01-15", color="red", fontcolor="red", penwidth=2.5, style="rounded,bold"];
    "C" [label="C\nTiltak C\n2026-01-03 – 2026-01-05"];
  }

  subgraph "cluster_2" {
    label="Shared components";
    style="rounded,dashed";
    color="gray50";
    "kf" [label="kf\nKomponent kf\nfrom 2026-01-01", shape=component, style=""];
  }

  "kf" -> "A" [label="FS"];
  "A" -> "B" [label="FS", color="red", fontcolor="red", penwidth=2.5, style=bold];
  "A" -> "C" [label="SS +2"];
}
)");
}

TEST(GraphExport, MermaidFlowchartWithCriticalClassAndLinkStyle) {
  const Portfolio portfolio = small();
  const DependencyGraph graph(portfolio);
  const Schedule schedule = compute_schedule(portfolio);
  EXPECT_EQ(graph_to_mermaid(portfolio, graph, {&schedule, Language::en}),
            R"(%% Test
flowchart LR
  subgraph g_0["Helse og omsorg"]
    i_A("A<br/>Tiltak A<br/>2026-01-01 – 2026-01-10")
  end
  subgraph g_1["No service area"]
    i_B("B<br/>Tiltak B<br/>2026-01-11 – 2026-01-15")
    i_C("C<br/>Tiltak C<br/>2026-01-03 – 2026-01-05")
  end
  subgraph g_2["Shared components"]
    c_kf{{"kf<br/>Komponent kf<br/>from 2026-01-01"}}
  end
  c_kf -->|"FS"| i_A
  i_A ==>|"FS"| i_B
  i_A -->|"SS +2"| i_C
  classDef critical stroke:#d00000,stroke-width:3px,color:#d00000
  classDef component fill:#eef3fb,stroke:#4a6fa5
  class c_kf component
  class i_A,i_B critical
  linkStyle 1 stroke:#d00000,stroke-width:3px
)");
}

TEST(GraphExport, WithoutScheduleThereAreNoDatesAndNothingIsCritical) {
  const Portfolio portfolio = small();
  const std::string dot = graph_to_dot(portfolio, DependencyGraph(portfolio));
  EXPECT_NE(dot.find(R"("A" [label="A\nTiltak A"];)"), std::string::npos) << dot;
  EXPECT_EQ(dot.find("color=\"red\""), std::string::npos);
  const std::string mermaid = graph_to_mermaid(portfolio, DependencyGraph(portfolio));
  EXPECT_NE(mermaid.find("    i_A(\"A<br/>Tiltak A\")\n"), std::string::npos) << mermaid;
  EXPECT_EQ(mermaid.find("linkStyle"), std::string::npos);
  EXPECT_EQ(mermaid.find("class i_"), std::string::npos);
}

TEST(GraphExport, NorwegianDatesAndGroupNames) {
  const Portfolio portfolio = small();
  const Schedule schedule = compute_schedule(portfolio);
  const std::string dot = graph_to_dot(portfolio, DependencyGraph(portfolio), {&schedule, Language::nb});
  EXPECT_NE(dot.find(R"(label="B\nTiltak B\n11.01.2026 – 15.01.2026")"), std::string::npos) << dot;
  EXPECT_NE(dot.find(R"(label="Uten tjenesteområde";)"), std::string::npos);
  EXPECT_NE(dot.find(R"(label="Felleskomponenter";)"), std::string::npos);
  EXPECT_NE(dot.find(R"(kf\nKomponent kf\nfra 01.01.2026")"), std::string::npos);
  const std::string mermaid = graph_to_mermaid(portfolio, DependencyGraph(portfolio), {&schedule, Language::da});
  EXPECT_NE(mermaid.find(R"(subgraph g_1["Uden fagområde"])"), std::string::npos) << mermaid;
  EXPECT_NE(mermaid.find(R"(subgraph g_2["Fælleskomponenter"])"), std::string::npos);
}

TEST(GraphExport, BothEdgesOfAParallelPairOnTheCriticalPathAreDrawnCritical) {
  // B depends on A twice (SS +3 and FF +2); the critical path A → B highlights both.
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-05");
  b.depends("B", "A", DependencyType::start_to_start, 3).depends("B", "A", DependencyType::finish_to_finish, 2);
  const Portfolio portfolio = b.build();
  const Schedule schedule = compute_schedule(portfolio);
  const std::string dot = graph_to_dot(portfolio, DependencyGraph(portfolio), {&schedule, Language::en});
  EXPECT_NE(dot.find("  \"A\" -> \"B\" [label=\"SS +3\", color=\"red\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("  \"A\" -> \"B\" [label=\"FF +2\", color=\"red\""), std::string::npos) << dot;
  const std::string mermaid = graph_to_mermaid(portfolio, DependencyGraph(portfolio), {&schedule, Language::en});
  EXPECT_NE(mermaid.find("  i_A ==>|\"SS +3\"| i_B\n  i_A ==>|\"FF +2\"| i_B\n"), std::string::npos) << mermaid;
  EXPECT_NE(mermaid.find("  linkStyle 0,1 stroke"), std::string::npos) << mermaid;
}

TEST(GraphExport, NegativeLagIsLabelledAsALead) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-05");
  b.depends("B", "A", DependencyType::finish_to_start, -3);
  const Portfolio portfolio = b.build();
  EXPECT_NE(graph_to_dot(portfolio, DependencyGraph(portfolio)).find("[label=\"FS -3\"]"), std::string::npos);
}

// A title with every character either format reads as syntax, and æøå.
Portfolio awkward() {
  PortfolioBuilder b;
  b.initiative("T-1 ø", "2026-01-01", "2026-01-10").initiative("T_1", "2026-01-01", "2026-01-10");
  b.last("T-1 ø").title = "Søknad \"digital\" \\ #1 <ny> & `mer`";
  b.last("T_1").title = "Ærlig talt\nto linjer";
  b.depends("T_1", "T-1 ø");
  return b.build();
}

TEST(GraphExport, DotEscapesQuotesBackslashesAndLineBreaks) {
  const Portfolio portfolio = awkward();
  const std::string dot = graph_to_dot(portfolio, DependencyGraph(portfolio));
  EXPECT_NE(dot.find(R"(    "T-1 ø" [label="T-1 ø\nSøknad \"digital\" \\ #1 <ny> & `mer`"];)"), std::string::npos)
      << dot;
  EXPECT_NE(dot.find(R"(    "T_1" [label="T_1\nÆrlig talt\nto linjer"];)"), std::string::npos) << dot;
  EXPECT_NE(dot.find(R"(  "T-1 ø" -> "T_1" [label="FS"];)"), std::string::npos) << dot;
}

TEST(GraphExport, MermaidIdsAreSanitisedAndUniqueAndLabelsUseEntityCodes) {
  const Portfolio portfolio = awkward();
  const std::string mermaid = graph_to_mermaid(portfolio, DependencyGraph(portfolio));
  // "T-1 ø" → i_T_1___ (the two bytes of ø each become '_'); "T_1" → i_T_1.
  EXPECT_NE(mermaid.find(R"(    i_T_1___("T-1 ø<br/>Søknad #quot;digital#quot; \ #35;1 #lt;ny#gt; #amp; #96;mer#96;"))"),
            std::string::npos)
      << mermaid;
  EXPECT_NE(mermaid.find(R"(    i_T_1("T_1<br/>Ærlig talt<br/>to linjer"))"), std::string::npos) << mermaid;
  EXPECT_NE(mermaid.find("  i_T_1___ -->|\"FS\"| i_T_1\n"), std::string::npos) << mermaid;
}

TEST(GraphExport, MermaidIdsThatWouldCollideGetASuffix) {
  PortfolioBuilder b;
  b.initiative("T-1", nullptr, nullptr, Stage::idea).initiative("T.1", nullptr, nullptr, Stage::idea);
  const Portfolio portfolio = b.build();
  const std::string mermaid = graph_to_mermaid(portfolio, DependencyGraph(portfolio));
  EXPECT_NE(mermaid.find("    i_T_1(\"T-1<br/>Tiltak T-1\")\n    i_T_1_2(\"T.1<br/>Tiltak T.1\")\n"), std::string::npos)
      << mermaid;
}

TEST(GraphExport, ComponentSharingAnInitiativeIdGetsItsOwnDotNode) {
  PortfolioBuilder b;
  b.component("X", nullptr).initiative("X", "2026-01-01", "2026-01-10").needs_component("X", "X");
  const Portfolio portfolio = b.build();
  const std::string dot = graph_to_dot(portfolio, DependencyGraph(portfolio));
  EXPECT_NE(dot.find(R"(    "component:X" [label="X\nKomponent X", shape=component, style=""];)"), std::string::npos)
      << dot;
  // The dependency names the component: it is an edge from it, not a self-dependency.
  EXPECT_NE(dot.find(R"(  "component:X" -> "X" [label="FS"];)"), std::string::npos) << dot;
}

TEST(GraphExport, CyclicGraphIsDrawnWithoutASchedule) {
  PortfolioBuilder b;
  b.initiative("A", "2026-01-01", "2026-01-10").initiative("B", "2026-01-01", "2026-01-10");
  b.depends("A", "B").depends("B", "A");
  const Portfolio portfolio = b.build();
  const std::string mermaid = graph_to_mermaid(portfolio, DependencyGraph(portfolio));
  EXPECT_NE(mermaid.find("  i_B -->|\"FS\"| i_A\n  i_A -->|\"FS\"| i_B\n"), std::string::npos) << mermaid;
}

TEST(GraphExport, TypeAbbreviations) {
  EXPECT_EQ(dependency_type_abbreviation(DependencyType::finish_to_start), "FS");
  EXPECT_EQ(dependency_type_abbreviation(DependencyType::start_to_start), "SS");
  EXPECT_EQ(dependency_type_abbreviation(DependencyType::finish_to_finish), "FF");
  EXPECT_EQ(dependency_type_abbreviation(DependencyType::start_to_finish), "SF");
}

}  // namespace
}  // namespace tiltak
