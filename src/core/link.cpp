#include "core/link.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/state_rules.h"
#include "core/utf8.h"

namespace airisk::core {
namespace {

// Every key the card writes (encode_link) and reads.
constexpr const char* kLinkKeys[] = {"v", "p", "r", "s", "plan", "c", "sec", "w"};

// Named once however often it recurs.
void add_once(std::vector<std::string>& names, const std::string& name) {
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

bool is_unreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~';
}

std::string percent_encode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (is_unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_escape_at(const std::string& text, size_t i) {
  return text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0;
}

// plus_is_space: as a form writes a value ("a+b"); a link decoded whole keeps its '+' for that.
std::string percent_decode(const std::string& text, bool plus_is_space = true) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_escape_at(text, i)) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i] == '+' && plus_is_space ? ' ' : text[i];
    }
  }
  // Escapes that make no text (one cut in two, "%E2%8") are kept as written: said back decoded,
  // they were a replacement mark the visitor could not read.
  if (valid_utf8(out) != out) return text;
  return out;
}

// "%3D" ('=' encoded) or "%253D" (encoded twice).
bool contains_escaped_equals(const std::string& text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '%') continue;
    const size_t at = text.compare(i + 1, 2, "25") == 0 ? i + 3 : i + 1;
    if (at + 1 < text.size() && text[at] == '3' && (text[at + 1] == 'D' || text[at + 1] == 'd')) return true;
  }
  return false;
}

// What a chat, an e-mail or a sentence puts after a link: never part of it, as every value of the
// card's links ends in a letter or a digit.
bool ends_with_closing_mark(const std::string& text) {
  static const char* kMarks[] = {")", "]", "}", ">", "\"", "'", ".", ",", ";", ":", "!", "?", "*", "`",
                                 "\u201d", "\u2019", "\u00bb", "\u203a", "\u3002", "\u300d", "\uff09"};
  for (const char* mark : kMarks) {
    const size_t n = std::char_traits<char>::length(mark);
    if (text.size() >= n && text.compare(text.size() - n, n, mark) == 0) return true;
  }
  return false;
}

// The link as its card wrote it: one encoded whole, once or twice ("v%3D1%26p%3D..."), or escaped
// for HTML ("&amp;"), reads as its plain self; what followed it in a message is left off.
std::string as_written(std::string hash) {
  for (int depth = 0; depth < 3 && hash.find('=') == std::string::npos && contains_escaped_equals(hash); ++depth) {
    hash = percent_decode(hash, false);
  }
  for (size_t at; (at = hash.find("&amp;")) != std::string::npos;) hash.erase(at + 1, 4);
  for (bool trimmed = true; trimmed && !hash.empty();) {
    trimmed = false;
    const size_t n = hash.size();
    if (n >= 3 && is_escape_at(hash, n - 3) && ends_with_closing_mark(percent_decode(hash.substr(n - 3), false))) {
      hash.resize(n - 3);
      trimmed = true;
    } else if (ends_with_closing_mark(hash)) {
      // One mark, whole: the longest that matches is at most three bytes.
      size_t cut = 1;
      for (size_t bytes = 3; bytes > 1; --bytes) {
        if (n >= bytes && ends_with_closing_mark(hash.substr(n - bytes)) &&
            static_cast<unsigned char>(hash[n - bytes]) >= 0xC0) {
          cut = bytes;
          break;
        }
      }
      hash.resize(n - cut);
      trimmed = true;
    }
  }
  return hash;
}

std::string trim_spaces(const std::string& text) {
  const size_t first = text.find_first_not_of(" \t\n\r");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\n\r") - first + 1);
}

}  // namespace

std::string encode_link(const ReportState& state) {
  std::string link = "#v=" + std::to_string(kLinkVersion) + "&p=" + percent_encode(state.profession_slug);
  if (!state.region_code.empty() && state.region_code != "US") link += "&r=" + percent_encode(state.region_code);
  if (!state.salary_preset.empty()) {
    link += "&s=" + state.salary_preset;
  } else if (state.salary_yearly > 0) {
    link += "&s=" + plain_decimal_text(state.salary_yearly);
  }
  if (!state.plan_id.empty()) link += "&plan=" + percent_encode(state.plan_id);
  // The weights last: a link cut short loses some of them, not what would follow them.
  if (!state.compare_slug.empty()) link += "&c=" + percent_encode(state.compare_slug);
  if (!state.section.empty()) link += "&sec=" + percent_encode(state.section);
  if (!state.weights.empty()) {
    link += "&w=";
    bool first = true;
    for (const auto& [task_id, weight] : state.weights) {  // std::map: sorted by id
      link += (first ? "" : ",") + percent_encode(task_id) + ":" + plain_decimal_text(weight);
      first = false;
    }
  }
  return link;
}

std::string as_slug(const std::string& text) {
  std::string slug;
  for (unsigned char ch : core::typed_forms_as_ascii(text)) {
    if (std::isalnum(ch)) slug += static_cast<char>(std::tolower(ch));
    else if ((ch == ' ' || ch == '-' || ch == '_') && !slug.empty() && slug.back() != '-') slug += '-';
    else if (ch >= 0x80) slug += static_cast<char>(ch);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

LinkDecode decode_link(const std::string& link, const Dataset& dataset, const std::string& default_slug) {
  LinkDecode result;
  ReportState& state = result.state;
  state.profession_slug = default_slug;
  std::string hash = link;
  if (size_t pos = hash.find('#'); pos != std::string::npos) hash = hash.substr(pos + 1);
  hash = as_written(hash);
  // A link in capitals throughout was upper-cased on its way (QR codes, text messages): read as
  // the card wrote it, in lower case; a region's code is read in any case.
  const bool shouted = std::none_of(hash.begin(), hash.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (shouted) {
    for (char& c : hash) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }

  // Split into key=value pairs first: the profession decides which task ids are valid.
  std::vector<std::pair<std::string, std::string>> pairs;
  size_t start = 0;
  while (start <= hash.size()) {
    size_t end = hash.find('&', start);
    if (end == std::string::npos) end = hash.size();
    std::string part = hash.substr(start, end - start);
    if (!part.empty()) {
      size_t eq = part.find('=');
      std::string key = percent_decode(part.substr(0, eq));
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // "P=" is "p="
      pairs.emplace_back(std::move(key), eq == std::string::npos ? "" : part.substr(eq + 1));
    }
    start = end + 1;
  }
  // "...&r=": the link was cut there (a value is never empty in the card's own links), or "...&pl",
  // inside a key's name: the card writes every key with its '='.
  const size_t last_amp = hash.rfind('&');
  const std::string tail = hash.substr(last_amp == std::string::npos ? 0 : last_amp + 1);
  const bool cut_in_key = !tail.empty() && tail.find('=') == std::string::npos &&
                          std::any_of(std::begin(kLinkKeys), std::end(kLinkKeys),
                                      [&](const char* key) { return std::string(key).compare(0, tail.size(), tail) == 0; });
  result.cut_short = !pairs.empty() && ((pairs.back().second.empty() && hash.back() == '=') || cut_in_key);
  auto bad = [&](const std::string& key) { result.bad_keys.push_back(key); };
  std::string weights_text;
  bool has_weights = false;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const std::string& key = pairs[i].first;  // named, not a structured binding: lambdas capture it (C++17)
    const std::string& raw = pairs[i].second;
    const std::string value = percent_decode(raw);
    const bool known_key = std::any_of(std::begin(kLinkKeys), std::end(kLinkKeys), [&](const char* k) { return key == k; });
    const bool seen = std::any_of(pairs.begin(), pairs.begin() + static_cast<long>(i), [&](const auto& p) { return p.first == key; });
    if (known_key && seen) add_once(result.repeated_keys, key);
    if (key == "v") {
      if (value.empty()) continue;  // cut short, or left out: read as this version
      if (NumberRead version = read_plain_decimal(value); !version.ok || version.value != kLinkVersion) bad("v");
    } else if (key == "p") {
      if (const std::string slug = as_slug(value); dataset.find_profession(slug)) {
        state.profession_slug = slug;
        result.names_profession = true;
      } else {
        bad("p");
        result.unknown_profession = value;
      }
    } else if (key == "r") {
      // As the region attribute reads it: "de", "UK", "Germany".
      if (const Region* region = find_region_as_written(dataset, value)) state.region_code = region->code; else bad("r");
    } else if (key == "s") {
      // The same limits as a typed salary, checked once the region is known (below).
      if (value == kEntryPreset || value == kExperiencedPreset) {
        state.salary_preset = value;
      } else if (NumberRead salary = read_plain_decimal(value); salary.ok && salary.value > 0) {
        state.salary_yearly = salary.value;
      } else {
        bad("s");
      }
    } else if (key == "plan") {
      if (dataset.find_plan(value)) state.plan_id = value; else bad("plan");
    } else if (key == "w") {
      weights_text = raw;
      has_weights = true;
    } else if (key == "c") {
      if (const std::string slug = as_slug(value); dataset.find_profession(slug)) {
        state.compare_slug = slug;
      } else {
        bad("c");
        result.unknown_compare = value;
      }
    } else if (key == "sec") {
      if (is_section_id(value)) state.section = value; else bad("sec");
    }
    // Any other key belongs to a later version or another tool: ignored.
  }
  // A profession compared with itself compares nothing (the compare attribute refuses it too).
  if (!state.compare_slug.empty() && state.compare_slug == state.profession_slug) {
    state.compare_slug.clear();
    result.compares_with_itself = true;
    bad("c");
  }
  if (state.salary_yearly > 0) {
    const Region* region = dataset.find_region(state.region_code);
    if (!region || !salary_range_error(state.salary_yearly, *region).empty()) {
      state.salary_yearly = 0;
      bad("s");
    }
  }
  if (has_weights) {
    const Profession* profession = dataset.find_profession(state.profession_slug);
    bool ok = profession != nullptr;
    size_t begin = 0;
    while (ok && begin <= weights_text.size()) {
      size_t end = weights_text.find(',', begin);
      if (end == std::string::npos) end = weights_text.size();
      const std::string item = trim_spaces(percent_decode(weights_text.substr(begin, end - begin)));
      if (item.empty()) {  // "a:10,,b:20" or a trailing comma: nothing was written there
        begin = end + 1;
        continue;
      }
      size_t colon = item.find(':');
      NumberRead weight = colon == std::string::npos ? NumberRead{} : read_weight(trim_spaces(item.substr(colon + 1)));
      if (!weight.ok) {
        result.weights_problem = "in \u2018" + item + "\u2019, " +
                                 (colon == std::string::npos ? "there is no \u2018:\u2019 between a task id and its percent" : weight.error);
        ok = false;
        break;
      }
      std::string task_id = trim_spaces(item.substr(0, colon));
      bool known = false;
      for (const Task& task : profession->tasks) known = known || task.id == task_id;
      // Ids the profession lost (an older link) are left out, and named for whoever wrote them.
      if (known && state.weights.count(task_id) > 0) add_once(result.repeated_task_ids, task_id);
      if (known) state.weights[task_id] = weight.value;
      else result.unknown_task_ids.push_back(task_id);
      begin = end + 1;
    }
    if (!ok) {
      state.weights.clear();
      result.unknown_task_ids.clear();
      result.repeated_task_ids.clear();
      bad("w");
    }
  }
  return result;
}

}  // namespace airisk::core
