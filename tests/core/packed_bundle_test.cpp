// The card's dataset as the WASM carries it: the lazy bundle packed in chunks (scripts/pack_bundle.py,
// core/bundle_lines.h), each unpacked the first time one of its lines is read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/bundle_lines.h"
#include "core/dataset.h"

using namespace airisk;

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string describe(const std::vector<core::Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.path + ": " + p.message + "\n";
  return out;
}

// The packed bundle's parts: its table's lines, then the bytes after them.
struct Parts {
  std::vector<std::string> table;  // the first line, the counts, one line per chunk
  std::string payload;             // the dictionary, then the chunks
  std::string joined() const {
    std::string out;
    for (const auto& line : table) out += line + "\n";
    return out + payload;
  }
};

Parts parts_of(const std::string& packed) {
  Parts parts;
  size_t at = 0;
  size_t chunks = 0;
  while (parts.table.size() < 2 + chunks) {
    const size_t end = packed.find('\n', at);
    parts.table.push_back(packed.substr(at, end - at));
    at = end + 1;
    if (parts.table.size() == 2) chunks = std::stoul(parts.table[1]);
  }
  parts.payload = packed.substr(at);
  return parts;
}

// Where chunk `which` (0: the index) starts in the payload, and its packed size.
std::pair<size_t, size_t> chunk_bytes(const Parts& parts, size_t which) {
  auto number = [](const std::string& line, int field) {
    std::istringstream in(line);
    size_t value = 0;
    for (int i = 0; i <= field; ++i) in >> value;
    return value;
  };
  size_t at = number(parts.table[1], 2);  // after the dictionary
  for (size_t i = 0; i < which; ++i) at += number(parts.table[2 + i], 2);
  return {at, number(parts.table[2 + which], 2)};
}

class PackedBundleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    packed_ = new std::string(read_file(AIRISK_PACKED_BUNDLE));
    lazy_ = new std::string(read_file(AIRISK_LAZY_BUNDLE));
  }
  static void TearDownTestSuite() {
    delete packed_;
    delete lazy_;
  }
  static std::string* packed_;
  static std::string* lazy_;
};

std::string* PackedBundleTest::packed_ = nullptr;
std::string* PackedBundleTest::lazy_ = nullptr;

}  // namespace

TEST_F(PackedBundleTest, unpacks_to_the_bundle_line_for_line) {
  ASSERT_TRUE(core::is_packed_bundle(*packed_));
  EXPECT_LT(packed_->size(), lazy_->size() / 4) << "the point of packing it";
  std::string problem;
  const auto packed = core::BundleLines::from_packed(*packed_, problem);
  ASSERT_TRUE(packed) << problem;
  const auto text = core::BundleLines::from_text(*lazy_, false);
  ASSERT_EQ(packed->size(), text->size());
  // From the last line back: each chunk is unpacked on its own, in any order. A record is the
  // text's without its tasks' O*NET ids (the card never reads them: 32 KB of the packed dataset).
  const size_t records = nlohmann::json::parse(text->line(1))["profession_slugs"].size();
  for (size_t i = packed->size(); i-- > 0;) {
    if (i < 7 || i >= 7 + records) {  // the first line, the index and the 5 late tables
      ASSERT_EQ(packed->line(i), text->line(i)) << "line " << i;
      continue;
    }
    nlohmann::json expected = nlohmann::json::parse(text->line(i));
    for (nlohmann::json& task : expected["tasks"]) task.erase("onet_task_ids");
    const nlohmann::json record = nlohmann::json::parse(packed->line(i));
    ASSERT_EQ(record, expected) << "line " << i;
    ASSERT_EQ(packed->line(i).find("onet_task_ids"), std::string_view::npos) << "line " << i;
  }
  EXPECT_EQ(packed->unpack_problem(), "");
  EXPECT_EQ(packed->line(packed->size()), "") << "past the end";
}

TEST_F(PackedBundleTest, loads_as_the_text_does) {
  const core::LoadResult from_packed = core::load_compiled_in_bundle("embedded", *packed_);
  const core::LoadResult from_text = core::load_compiled_in_bundle("embedded", *lazy_);
  ASSERT_TRUE(from_packed.ok()) << describe(from_packed.problems);
  ASSERT_EQ(from_packed.dataset.profession_list.size(), from_text.dataset.profession_list.size());
  EXPECT_EQ(from_packed.dataset.regions.size(), from_text.dataset.regions.size());
  EXPECT_EQ(from_packed.dataset.professions().size(), from_text.dataset.professions().size());
  EXPECT_EQ(from_packed.dataset.job_titles.size(), from_text.dataset.job_titles.size());
  for (size_t i = 0; i < from_packed.dataset.profession_list.size(); ++i) {
    const core::Profession* a = from_packed.dataset.whole_profession(i);
    const core::Profession* b = from_text.dataset.whole_profession(i);
    ASSERT_TRUE(a && b) << i;
    EXPECT_EQ(a->slug, b->slug);
    EXPECT_EQ(a->tagline, b->tagline);
    ASSERT_EQ(a->tasks.size(), b->tasks.size());
    for (size_t t = 0; t < a->tasks.size(); ++t) {
      EXPECT_EQ(a->tasks[t].id, b->tasks[t].id);
      EXPECT_EQ(a->tasks[t].ai_figure, b->tasks[t].ai_figure);
      EXPECT_TRUE(a->tasks[t].onet_task_ids.empty()) << "left out of the card's bundle";
    }
  }
  // Only a packed bundle may leave them out: the text it was packed from must have them.
  std::string stripped = *lazy_;
  const size_t at = stripped.find("\"onet_task_ids\":[");
  ASSERT_NE(at, std::string::npos);
  stripped.erase(at, stripped.find(']', at) + 2 - at);
  const core::LoadResult loose = core::load_dataset({{"embedded", stripped}});
  EXPECT_FALSE(loose.ok()) << "a bundle's text without a task's O*NET ids is not valid";
}

// Start-up reads the index alone: a broken chunk of records is found only when one of its
// professions is opened, and closes those professions alone.
TEST_F(PackedBundleTest, a_broken_chunk_closes_only_its_own_professions) {
  Parts parts = parts_of(*packed_);
  const auto [at, size] = chunk_bytes(parts, 2);  // the first chunk of records
  for (size_t i = at; i < at + size; ++i) parts.payload[i] = static_cast<char>(~parts.payload[i]);
  const std::string broken = parts.joined();
  const core::LoadResult loaded = core::load_compiled_in_bundle("embedded", broken);
  ASSERT_TRUE(loaded.ok()) << describe(loaded.problems);
  const core::Dataset& d = loaded.dataset;
  EXPECT_EQ(d.whole_profession(0), nullptr) << "in the broken chunk";
  EXPECT_NE(d.whole_profession(d.profession_list.size() - 1), nullptr) << "in the last chunk";
  EXPECT_FALSE(d.professions().empty()) << "the late tables are a chunk of their own";
}

TEST_F(PackedBundleTest, a_broken_index_or_table_is_a_problem_not_a_crash) {
  const Parts parts = parts_of(*packed_);
  struct Case {
    std::string what, bytes, problem;
  };
  std::vector<Case> cases;
  cases.push_back({"cut short", packed_->substr(0, packed_->size() - 10), "is cut short"});
  cases.push_back({"a byte too many", *packed_ + "x", "has bytes after its last chunk"});
  Parts no_counts = parts;
  no_counts.table[1] = "lots";
  cases.push_back({"no counts", no_counts.joined(), "on its second line"});
  Parts bad_chunk_line = parts;
  bad_chunk_line.table[3] = "4 -1 20";
  cases.push_back({"a negative size", bad_chunk_line.joined(), "chunk 2 must be described"});
  Parts huge = parts;
  huge.table[2] = "2 999999999999 10";
  cases.push_back({"an unbelievable size", huge.joined(), "chunk 1 must be described"});
  Parts bad_index = parts;
  const auto [at, size] = chunk_bytes(parts, 0);
  for (size_t i = at; i < at + size; ++i) bad_index.payload[i] = '\x55';
  cases.push_back({"a broken index", bad_index.joined(), "lines 1-2 do not unpack"});
  Parts bad_dictionary = parts;
  for (size_t i = 0; i < 64; ++i) bad_dictionary.payload[i] = '\xff';
  cases.push_back({"a broken dictionary", bad_dictionary.joined(), "do not unpack"});
  Parts wrong_lines = parts;
  wrong_lines.table[2] = "3" + wrong_lines.table[2].substr(1);
  cases.push_back({"the index's line count wrong", wrong_lines.joined(), "do not unpack to the lines"});
  for (const Case& c : cases) {
    const core::LoadResult loaded = core::load_compiled_in_bundle("embedded", c.bytes);
    EXPECT_FALSE(loaded.ok()) << c.what;
    EXPECT_NE(describe(loaded.problems).find(c.problem), std::string::npos) << c.what << ":\n" << describe(loaded.problems);
    EXPECT_TRUE(loaded.dataset.profession_list.empty()) << c.what;
  }
}
