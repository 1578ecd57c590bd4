#include "core/bundle_lines.h"

#include <algorithm>
#include <charconv>

// stb_image's zlib decoder alone (Debian's libstb-dev, a system include: its warnings are its
// own): the image formats are left out.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_JPEG
#define STBI_NO_PNG
#define STBI_NO_BMP
#define STBI_NO_PSD
#define STBI_NO_TGA
#define STBI_NO_GIF
#define STBI_NO_HDR
#define STBI_NO_PIC
#define STBI_NO_PNM
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_FAILURE_STRINGS
#define STBI_SUPPORT_ZLIB
#define STBI_ASSERT(x) ((void)0)
#include <stb/stb_image.h>

namespace airisk::core {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

// Reads the next line of `text` from `at` as whole numbers separated by single spaces.
bool read_numbers(std::string_view text, size_t& at, std::vector<size_t>& numbers, size_t count) {
  const size_t end = text.find('\n', at);
  if (end == std::string_view::npos) return false;
  const char* p = text.data() + at;
  const char* last = text.data() + end;
  numbers.clear();
  while (numbers.size() < count) {
    if (!numbers.empty()) {
      if (p == last || *p != ' ') return false;
      ++p;
    }
    size_t value = 0;
    const auto [next, error] = std::from_chars(p, last, value);
    if (error != std::errc() || next == p) return false;
    numbers.push_back(value);
    p = next;
  }
  at = end + 1;
  return p == last;
}

// Unpacked chunks larger than this are not believed: the card's whole bundle is under 8 MB.
constexpr size_t kMaxChunkBytes = size_t{64} << 20;
// Deflate looks back at most this far: a longer preset dictionary is never read.
constexpr size_t kMaxDictionaryBytes = 32768;

// Inflates the raw deflate stream `packed` into `out` after the `preset` bytes already there, which
// back-references may reach (zlib's preset dictionary; stb_image has no API for one, so its own
// parser runs with the output started past them). False if it is not a stream of exactly that
// many bytes.
bool inflate_after_preset(std::string& out, size_t preset, std::string_view packed) {
  if (out.size() > static_cast<size_t>(INT32_MAX) || packed.size() > static_cast<size_t>(INT32_MAX)) return false;
  // stb_image reads a few bytes ahead and fails at the end of its input when it cannot, as after
  // a raw stream (a zlib or PNG one ends with a checksum to spare): zeros are put after it.
  std::string padded(packed);
  padded.append(8, '\0');
  stbi__zbuf z{};
  z.zbuffer = reinterpret_cast<stbi_uc*>(padded.data());
  z.zbuffer_end = z.zbuffer + padded.size();
  z.zout_start = out.data();
  z.zout = out.data() + preset;
  z.zout_end = out.data() + out.size();
  z.z_expandable = 0;
  return stbi__parse_zlib(&z, 0) && z.zout == z.zout_end;
}

}  // namespace

bool is_packed_bundle(std::string_view bytes) {
  return bytes.substr(0, kPackedBundleFirstLine.size()) == kPackedBundleFirstLine;
}

std::shared_ptr<const BundleLines> BundleLines::from_text(std::string_view text, bool copy) {
  auto lines = std::make_shared<BundleLines>();
  if (copy) {
    lines->owned_ = std::make_shared<const std::string>(text);
    text = *lines->owned_;
  }
  Chunk& chunk = lines->chunks_.emplace_back();
  chunk.lines = split_lines(text);
  chunk.split = true;
  chunk.line_count = chunk.lines.size();
  chunk.unpacked_size = text.size();
  lines->line_count_ = chunk.line_count;
  return lines;
}

std::shared_ptr<const BundleLines> BundleLines::from_packed(std::string_view packed, std::string& problem) {
  if (!is_packed_bundle(packed)) {
    problem = "does not start as a packed bundle";
    return nullptr;
  }
  size_t at = kPackedBundleFirstLine.size();
  std::vector<size_t> numbers;
  if (!read_numbers(packed, at, numbers, 3) || numbers[0] == 0 || numbers[1] > kMaxDictionaryBytes) {
    problem = "must give \"<chunks> <dictionary bytes> <its packed bytes>\" on its second line";
    return nullptr;
  }
  auto lines = std::make_shared<BundleLines>();
  lines->packed_ = true;
  const size_t count = numbers[0];
  lines->dictionary_size_ = numbers[1];
  lines->packed_dictionary_ = std::string_view(nullptr, numbers[2]);
  for (size_t i = 0; i < count; ++i) {
    if (!read_numbers(packed, at, numbers, 3) || numbers[0] == 0 || numbers[1] > kMaxChunkBytes) {
      problem = "chunk " + std::to_string(i + 1) + " must be described as \"<lines> <unpacked bytes> <packed bytes>\"";
      return nullptr;
    }
    Chunk& chunk = lines->chunks_.emplace_back();
    chunk.first_line = lines->line_count_;
    chunk.line_count = numbers[0];
    chunk.unpacked_size = numbers[1];
    chunk.packed = std::string_view(nullptr, numbers[2]);  // placed once the table is read
    lines->line_count_ += chunk.line_count;
  }
  auto place = [&](std::string_view& part) {
    if (part.size() > packed.size() - at) return false;
    part = packed.substr(at, part.size());
    at += part.size();
    return true;
  };
  bool whole = place(lines->packed_dictionary_);
  for (Chunk& chunk : lines->chunks_) whole = whole && place(chunk.packed);
  if (!whole) {
    problem = "is cut short: its chunks need more bytes than it has";
    return nullptr;
  }
  if (at != packed.size()) {
    problem = "has bytes after its last chunk";
    return nullptr;
  }
  return lines;
}

const BundleLines::Chunk& BundleLines::chunk_of(size_t index) const {
  auto after = std::upper_bound(chunks_.begin(), chunks_.end(), index,
                                [](size_t i, const Chunk& chunk) { return i < chunk.first_line; });
  return *std::prev(after);
}

std::string_view BundleLines::line(size_t index) const {
  if (index >= line_count_) return {};
  const Chunk& chunk = chunk_of(index);
  if (!chunk.split) {
    chunk.split = true;
    if (dictionary_.size() != dictionary_size_) {
      dictionary_.assign(dictionary_size_, '\0');
      if (!inflate_after_preset(dictionary_, 0, packed_dictionary_)) dictionary_.clear();
    }
    // The chunk is unpacked after the dictionary, then the dictionary is cut off its front.
    chunk.text.assign(dictionary_);
    chunk.text.resize(dictionary_.size() + chunk.unpacked_size);
    std::vector<std::string_view> lines;
    if (dictionary_.size() == dictionary_size_ && inflate_after_preset(chunk.text, dictionary_.size(), chunk.packed)) {
      chunk.text.erase(0, dictionary_.size());
      lines = split_lines(chunk.text);
    }
    if (lines.size() != chunk.line_count) {
      if (unpack_problem_.empty()) {
        unpack_problem_ = "lines " + std::to_string(chunk.first_line + 1) + "-" +
                          std::to_string(chunk.first_line + chunk.line_count) +
                          " do not unpack to the lines and bytes the packed bundle's table gives";
      }
      chunk.text.clear();
      chunk.text.shrink_to_fit();
      lines.assign(chunk.line_count, std::string_view());
    }
    chunk.lines = std::move(lines);
  }
  return chunk.lines[index - chunk.first_line];
}

}  // namespace airisk::core
