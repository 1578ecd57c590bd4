#include "core/link.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

#include "test_dataset.h"

using namespace airisk;

namespace {

const core::Dataset& dataset() {
  static const core::Dataset d = test::load_json(test::two_profession_dataset_json()).dataset;
  return d;
}

core::LinkDecode decode(const std::string& link) { return core::decode_link(link, dataset(), "backend-developer"); }

bool same(const core::ReportState& a, const core::ReportState& b) {
  return a.profession_slug == b.profession_slug && a.region_code == b.region_code && a.plan_id == b.plan_id &&
         a.salary_yearly == b.salary_yearly && a.weights == b.weights && a.compare_slug == b.compare_slug &&
         a.section == b.section && a.salary_preset == b.salary_preset;
}

}  // namespace

TEST(link_test, awkward_links_open_the_default_card) {
  for (const char* link : {"", "#", "#&&&", "#=", "#v", "#garbage", "https://example.com/card.html", "#%", "#%zz=1"}) {
    auto result = decode(link);
    EXPECT_EQ(result.state.profession_slug, "backend-developer") << link;
    EXPECT_EQ(result.state.region_code, "US") << link;
    EXPECT_DOUBLE_EQ(result.state.salary_yearly, 0) << link;
  }
}

TEST(link_test, each_bad_value_falls_back_alone_and_is_named) {
  auto result = decode("#v=1&p=nobody&r=IN&s=abc&plan=gold&c=ghost&sec=NOT%20OK");
  EXPECT_EQ(result.state.profession_slug, "backend-developer");
  EXPECT_EQ(result.state.region_code, "IN") << "a good key survives its bad neighbours";
  EXPECT_EQ(result.bad_keys, (std::vector<std::string>{"p", "s", "plan", "c", "sec"}));
  EXPECT_EQ(decode("#v=2&r=DE").bad_keys, std::vector<std::string>{"v"});
  EXPECT_EQ(decode("#v=1&s=1e400").bad_keys, std::vector<std::string>{"s"});
  EXPECT_EQ(decode("#v=1&s=-5").bad_keys, std::vector<std::string>{"s"});
  EXPECT_EQ(decode("#v=1&s=nan").bad_keys, std::vector<std::string>{"s"});
  EXPECT_EQ(decode("#v=1&r=IN&s=5000").bad_keys, std::vector<std::string>{"s"}) << "under 100 USD a year";
  EXPECT_EQ(decode("#v=1&s=200000000").bad_keys, std::vector<std::string>{"s"}) << "over 100 M USD a year";
  EXPECT_EQ(decode("#v=1&w=api:lots").bad_keys, std::vector<std::string>{"w"});
  // Field test: a link compared a profession with itself, which the compare attribute refuses.
  const auto self = decode("#v=1&p=api-developer&c=api-developer");
  EXPECT_EQ(self.bad_keys, std::vector<std::string>{"c"});
  EXPECT_TRUE(self.state.compare_slug.empty());
  EXPECT_EQ(self.state.profession_slug, "api-developer");
  EXPECT_TRUE(self.compares_with_itself) << "said as such, not as unreadable";
  EXPECT_FALSE(decode("#v=1&p=api-developer&c=zzz").compares_with_itself);
  EXPECT_EQ(decode("#v=1&w=api").bad_keys, std::vector<std::string>{"w"});
}

TEST(link_test, unknown_keys_are_ignored_and_lost_tasks_dropped) {
  auto result = decode("#v=1&utm_source=mail&future=1&w=api:30,retired-task:70,design:10");
  EXPECT_TRUE(result.bad_keys.empty());
  EXPECT_EQ(result.state.weights, (std::map<std::string, double>{{"api", 30}, {"design", 10}}));
}

// Field test (helper-40): weights="patient-assessment:10, bedside-procedures:20" left the second
// out as the task " bedside-procedures", and a trailing comma refused them all. Lists are written
// with spaces and stray commas; the sections attribute reads them so too.
TEST(link_test, weights_read_past_spaces_and_empty_items) {
  auto result = decode("#v=1&w= api : 30 ,%20design:10,,");
  EXPECT_TRUE(result.bad_keys.empty());
  EXPECT_TRUE(result.unknown_task_ids.empty());
  EXPECT_EQ(result.state.weights, (std::map<std::string, double>{{"api", 30}, {"design", 10}}));
  EXPECT_EQ(decode("#v=1&w=api:30,design").bad_keys, std::vector<std::string>{"w"});  // an item still needs its ':'
}

// Field test (helper-53): a task given twice took the last weight, silently.
TEST(link_test, a_task_weighted_twice_is_named) {
  auto result = decode("#v=1&w=api:30,design:10,api:50,api:5");
  EXPECT_TRUE(result.bad_keys.empty());
  EXPECT_EQ(result.state.weights, (std::map<std::string, double>{{"api", 5}, {"design", 10}})) << "the last written";
  EXPECT_EQ(result.repeated_task_ids, std::vector<std::string>{"api"});
  EXPECT_TRUE(decode("#v=1&w=api:30,design:10").repeated_task_ids.empty());
}

TEST(link_test, a_whole_url_and_percent_encoding) {
  auto result = decode("https://jobs.example/card.html?x=1#v=1&p=backend%2Ddeveloper&r=DE&s=55000.5");
  EXPECT_TRUE(result.bad_keys.empty());
  EXPECT_EQ(result.state.region_code, "DE");
  EXPECT_DOUBLE_EQ(result.state.salary_yearly, 55000.5);
}

// The weights, the one value that grows with the card, come last: a link cut short by a chat
// program or a character limit loses only weights, never the comparison or the section after them
// (field finding, helper-51: "c=" after a long "w=" was lost with it).
TEST(link_test, encodes_only_what_differs_in_a_fixed_order) {
  core::ReportState state;
  state.profession_slug = "backend-developer";
  EXPECT_EQ(core::encode_link(state), "#v=1&p=backend-developer");
  state.region_code = "IN";
  state.salary_yearly = 2800000;
  state.plan_id = "max";
  state.weights = {{"design", 40}, {"api", 12.5}};
  state.compare_slug = "api-developer";
  state.section = "tasks";
  EXPECT_EQ(core::encode_link(state),
            "#v=1&p=backend-developer&r=IN&s=2800000&plan=max&c=api-developer&sec=tasks&w=api:12.5,design:40");
}

TEST(link_test, round_trip_property) {
  // Fixed seed, printed so a failure can be replayed.
  const unsigned seed = 20261126;
  std::mt19937 random(seed);
  const char* regions[] = {"US", "IN", "DE"};
  const char* plans[] = {"", "max", "free"};
  const char* sections[] = {"", "cost", "tasks", "share"};
  for (int i = 0; i < 2000; ++i) {
    core::ReportState state;
    state.profession_slug = "backend-developer";
    state.region_code = regions[random() % 3];
    state.plan_id = plans[random() % 3];
    const core::Region& region = *dataset().find_region(state.region_code);
    if (random() % 4) {
      // Any salary the card accepts: 100 USD to 100 M USD a year, often with awkward fractions.
      std::uniform_real_distribution<double> usd(100, 1e8);
      state.salary_yearly = usd(random) * region.usd_rate.units_per_usd;
    }
    if (random() % 2) state.weights["api"] = std::uniform_real_distribution<double>(0, 100)(random);
    // Small weights need more than the 20 decimals the first encoder stopped at.
    if (random() % 4 == 0) state.weights["api"] = std::uniform_real_distribution<double>(1e-13, 1e-11)(random);
    if (random() % 2) state.weights["design"] = static_cast<double>(random() % 101);
    if (random() % 3 == 0) state.compare_slug = "api-developer";
    state.section = sections[random() % 4];
    const std::string link = core::encode_link(state);
    auto decoded = decode(link);
    ASSERT_TRUE(decoded.bad_keys.empty()) << "seed " << seed << " case " << i << ": " << link;
    ASSERT_TRUE(same(decoded.state, state)) << "seed " << seed << " case " << i << ": " << link;
    ASSERT_EQ(core::encode_link(decoded.state), link) << "seed " << seed << " case " << i;
  }
}

// Field test: a link made from Germany's entry preset said "s=56436", so the reopened card kept
// 56,436 EUR in France instead of France's entry preset. A preset is carried by name.
TEST(link_test, a_preset_is_carried_by_name_and_follows_the_region) {
  core::ReportState state;
  state.profession_slug = "backend-developer";
  state.region_code = "DE";
  state.salary_yearly = 56436;
  state.salary_preset = "entry";
  EXPECT_EQ(core::encode_link(state), "#v=1&p=backend-developer&r=DE&s=entry");
  state.salary_preset = "experienced";
  EXPECT_EQ(core::encode_link(state), "#v=1&p=backend-developer&r=DE&s=experienced");
  for (const char* preset : {"entry", "experienced"}) {
    auto decoded = decode(std::string("#v=1&p=backend-developer&r=DE&s=") + preset);
    EXPECT_TRUE(decoded.bad_keys.empty()) << preset;
    EXPECT_EQ(decoded.state.salary_preset, preset);
    EXPECT_EQ(decoded.state.salary_yearly, 0);
  }
  EXPECT_EQ(decode("#v=1&s=senior").bad_keys, std::vector<std::string>{"s"});
  // Field test: "r=de" and "r=Germany" were unreadable, though the region attribute takes them.
  EXPECT_EQ(decode("#v=1&r=de").state.region_code, "DE");
  EXPECT_EQ(decode("#v=1&r=Germany").state.region_code, "DE");
  EXPECT_EQ(decode("#v=1&r=Germanyy").bad_keys, std::vector<std::string>{"r"});
  // The report reads the preset in the region it is for.
  core::ReportState entry;
  entry.profession_slug = dataset().professions()[0].slug;
  entry.region_code = "DE";
  entry.salary_preset = "entry";
  auto built = core::build_report(dataset(), entry);
  ASSERT_TRUE(built.ok()) << built.error;
  ASSERT_TRUE(built.report.presets);
  EXPECT_EQ(built.report.salary_yearly, built.report.presets->entry);
}

// The codec applies core/state_rules.h: what the CLI and the card refuse, a link cannot carry.
TEST(link_test, values_follow_the_shared_rules) {
  EXPECT_EQ(decode("#v=1&sec=A%22%3Cb%3E").bad_keys, std::vector<std::string>{"sec"});
  EXPECT_EQ(decode("#v=1&sec=report-card").bad_keys, std::vector<std::string>{"sec"}) << "not a section of the card";
  EXPECT_EQ(decode("#v=1&sec=compare").state.section, "compare");
  EXPECT_EQ(decode("#v=1&w=api:0x10").bad_keys, std::vector<std::string>{"w"}) << "never read as 16";
  EXPECT_EQ(decode("#v=1&w=api:1e2").bad_keys, std::vector<std::string>{"w"}) << "plain decimals only";
  EXPECT_EQ(decode("#v=1&w=api:1000.5").bad_keys, std::vector<std::string>{"w"});
  EXPECT_EQ(decode("#v=1&s=1e5").bad_keys, std::vector<std::string>{"s"}) << "plain decimals only";
  EXPECT_EQ(decode("#v=0x1").bad_keys, std::vector<std::string>{"v"});
}

TEST(link_test, nothing_is_cut) {
  core::ReportState state;
  state.profession_slug = "backend-developer";
  state.weights["api"] = std::strtod("0.000000000000000000001234567", nullptr);
  state.weights["design"] = 999.12345678901234;
  const std::string link = core::encode_link(state);
  EXPECT_NE(link.find("api:0.000000000000000000001234567"), std::string::npos) << link;
  auto decoded = decode(link);
  EXPECT_TRUE(decoded.bad_keys.empty()) << link;
  EXPECT_TRUE(same(decoded.state, state)) << link;
  // A link far over 2,047 bytes (a host's tracking parameters first) still opens whole.
  const std::string padded = "#utm=" + std::string(5000, 'x') + link.substr(1) + "&sec=skills";
  auto long_decoded = decode(padded);
  EXPECT_TRUE(long_decoded.bad_keys.empty());
  EXPECT_EQ(long_decoded.state.weights, state.weights);
  EXPECT_EQ(long_decoded.state.section, "skills");
}

// Field test (helper-47): a link naming a profession as it is written ("p=Data%20Analyst") said
// "We file 'Data Analyst' under Data Analyst", where the profession attribute opens it. A link's
// p= and c= read a name as the attribute does; an empty p= is named as unreadable (it opened the
// default profession without a word).
TEST(link_test, a_profession_is_read_by_its_name_as_the_attribute_reads_it) {
  const auto named = decode("#v=1&p=API%20Developer&c=backend_developer");
  EXPECT_EQ(named.state.profession_slug, "api-developer");
  EXPECT_EQ(named.state.compare_slug, "backend-developer");
  EXPECT_TRUE(named.names_profession);
  EXPECT_TRUE(named.bad_keys.empty());
  const auto empty = decode("#v=1&p=&r=IN");
  EXPECT_EQ(empty.bad_keys, std::vector<std::string>{"p"});
  EXPECT_TRUE(empty.unknown_profession.empty());
  EXPECT_EQ(empty.state.region_code, "IN");
}

// Field test (helper-51): a link pasted into a chat or an e-mail comes back with what followed it
// ("...&r=GB)", "...&s=38000).", a closing quote): the region, salary, weights or plan it ended with
// were dropped and the card opened in the US. Every value ends in a letter or digit, so what
// follows the last one is not part of it.
TEST(link_test, punctuation_after_a_link_is_not_part_of_its_last_value) {
  for (const std::string after : {")", ").", "\"", ">", "]", "'", "%29", "%22", ",", "!", "\u201d", ")%2E"}) {
    const auto salary = decode("#v=1&p=api-developer&r=DE&s=55000" + after);
    EXPECT_TRUE(salary.bad_keys.empty()) << after;
    EXPECT_DOUBLE_EQ(salary.state.salary_yearly, 55000) << after;
    EXPECT_EQ(decode("#v=1&r=DE" + after).state.region_code, "DE") << after;
    EXPECT_EQ(decode("#v=1&plan=max" + after).state.plan_id, "max") << after;
    const auto weights = decode("#v=1&w=api:30,design:10" + after);
    EXPECT_TRUE(weights.bad_keys.empty()) << after;
    EXPECT_EQ(weights.state.weights, (std::map<std::string, double>{{"api", 30}, {"design", 10}})) << after;
  }
}

// Field test (helper-51): a link encoded whole ("#v%3D1%26p%3D..."), twice ("%253D") or escaped
// for HTML ("&amp;r=GB") opened the default profession in the US without a word.
TEST(link_test, a_link_encoded_whole_or_escaped_for_html_reads_as_written) {
  for (const char* link : {"#v%3D1%26p%3Dapi-developer%26r%3DDE%26s%3D55000",
                           "#v%253D1%2526p%253Dapi-developer%2526r%253DDE%2526s%253D55000",
                           "#v=1&amp;p=api-developer&amp;r=DE&amp;s=55000", "#v=1&amp;amp;p=api-developer&amp;amp;r=DE&amp;amp;s=55000"}) {
    const auto result = decode(link);
    EXPECT_TRUE(result.bad_keys.empty()) << link;
    EXPECT_EQ(result.state.profession_slug, "api-developer") << link;
    EXPECT_EQ(result.state.region_code, "DE") << link;
    EXPECT_DOUBLE_EQ(result.state.salary_yearly, 55000) << link;
  }
}

// Field test (helper-51): "#v=" (a link cut after its first key) was said to be made by "another
// version of the card". A link that ends on a key with no value was cut short, and is said so.
TEST(link_test, a_link_ending_on_an_empty_value_was_cut_short) {
  EXPECT_TRUE(decode("#v=").cut_short);
  EXPECT_TRUE(decode("#v=").bad_keys.empty()) << "not another version";
  EXPECT_TRUE(decode("#v=1&p=api-developer&r=").cut_short);
  EXPECT_EQ(decode("#v=1&p=api-developer&r=").state.profession_slug, "api-developer");
  EXPECT_FALSE(decode("#v=1&p=api-developer&r=DE").cut_short);
  EXPECT_FALSE(decode("").cut_short);
  // Field test (helper-53): cut inside a key's name, before its '='.
  EXPECT_TRUE(decode("#v=1&p=api-developer&pl").cut_short);
  EXPECT_TRUE(decode("#v=1&p=api-developer&se").cut_short);
  EXPECT_TRUE(decode("#v=1&p=api-developer&r=DE&w").cut_short);
  EXPECT_FALSE(decode("#v=1&p=api-developer&utm_source").cut_short) << "another tool's word, not one of the card's keys";
  EXPECT_FALSE(decode("#v=1&p=api-developer&").cut_short);
}

// Field test (helper-54): "c=%E2%8", an escape cut in two, was said as "We don't have ‘�%8’":
// a value whose escapes make no text is kept as written.
TEST(link_test, escapes_that_make_no_text_are_kept_as_written) {
  EXPECT_EQ(decode("#v=1&p=api-developer&c=%E2%8").unknown_compare, "%E2%8");
  EXPECT_EQ(decode("#v=1&p=%FF%FE").unknown_profession, "%FF%FE");
  EXPECT_EQ(decode("#v=1&p=api-developer&c=Ghost%20Writer").unknown_compare, "Ghost Writer") << "good escapes are read";
}

// Field test (helper-54): "&p=registered-nurse&p=accountant" opened the accountant, silently.
TEST(link_test, a_key_given_twice_is_named) {
  const auto twice = decode("#v=1&p=backend-developer&r=DE&p=api-developer");
  EXPECT_EQ(twice.state.profession_slug, "api-developer") << "the last, as a browser reads a query";
  EXPECT_EQ(twice.repeated_keys, std::vector<std::string>{"p"});
  EXPECT_TRUE(decode("#v=1&p=api-developer&r=DE").repeated_keys.empty());
}

// A comparison the card lacks is kept for the card to say so, with the closest professions.
TEST(link_test, a_comparison_the_card_lacks_is_kept_as_written) {
  const auto result = decode("#v=1&p=api-developer&c=Ghost%20Writer");
  EXPECT_EQ(result.unknown_compare, "Ghost Writer");
  EXPECT_EQ(result.bad_keys, std::vector<std::string>{"c"});
  EXPECT_EQ(decode("#v=1&p=api-developer&c=api-developer").unknown_compare, "") << "compared with itself: known";
}

// Field test (helper-54): "#V=1&P=REGISTERED-NURSE", as QR and SMS tools upper-case a link,
// opened the default profession and said nothing. Keys are read in any case, and a link in
// capitals throughout is read as the card wrote it.
TEST(link_test, a_link_in_capitals_reads_as_written) {
  const auto keys = decode("#V=1&P=api-developer&R=DE");
  EXPECT_TRUE(keys.bad_keys.empty());
  EXPECT_EQ(keys.state.profession_slug, "api-developer");
  EXPECT_EQ(keys.state.region_code, "DE");
  const auto shouted = decode("#V=1&P=API-DEVELOPER&R=DE&S=ENTRY&W=API:30,DESIGN:10");
  EXPECT_TRUE(shouted.bad_keys.empty());
  EXPECT_EQ(shouted.state.profession_slug, "api-developer");
  EXPECT_EQ(shouted.state.salary_preset, "entry");
  EXPECT_EQ(shouted.state.weights, (std::map<std::string, double>{{"api", 30}, {"design", 10}}));
}
