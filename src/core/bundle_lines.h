// The lines of a lazy bundle (dataset.h, lazy_bundle), read from its text or from a packed bundle
// whose chunks are unpacked only when one of their lines is read. The card carries its bundle
// packed (pack_bundle): start-up unpacks the index alone, and opening a profession the few records
// packed with it, where unpacking the whole text took a tenth of a second before the first frame.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace airisk::core {

// What a packed bundle starts with. Then a line "<chunks> <dictionary bytes> <its packed bytes>";
// a line per chunk, "<lines> <unpacked bytes> <packed bytes>"; the dictionary; then each chunk, in
// order. All are raw deflate streams; each chunk's has the dictionary preset (zlib's zdict: text
// common to the records, so a chunk starts as well compressed as its middle). The chunks' texts,
// one after the other, are the bundle's text, and each ends where a line does.
constexpr std::string_view kPackedBundleFirstLine = "airisk-packed 1\n";

bool is_packed_bundle(std::string_view bytes);

class BundleLines {
 public:
  // A bundle's text, split into lines now. Read in place (it must outlive this), or copied.
  static std::shared_ptr<const BundleLines> from_text(std::string_view text, bool copy);
  // A packed bundle, read in place (it must outlive this). Null, with `problem` set, when its
  // table of chunks cannot be read.
  static std::shared_ptr<const BundleLines> from_packed(std::string_view packed, std::string& problem);

  // Every line, the first ("airisk-bundle 5") included, without their newlines.
  size_t size() const { return line_count_; }
  // The line at `index`; empty when its chunk cannot be unpacked (see unpack_problem). It stays
  // valid as long as this object.
  std::string_view line(size_t index) const;
  // Why a chunk could not be unpacked (the first such), or empty.
  const std::string& unpack_problem() const { return unpack_problem_; }
  // Read from a packed bundle: the card's, whose records leave out their tasks' O*NET ids (only
  // the dataset's checks read them, and the bundle was checked before it was packed).
  bool packed() const { return packed_; }

 private:
  struct Chunk {
    size_t first_line = 0, line_count = 0, unpacked_size = 0;
    std::string_view packed;                 // its zlib stream; empty for text read as it is
    mutable std::string text;                // unpacked, once a line of it is read
    mutable std::vector<std::string_view> lines;
    mutable bool split = false;
  };
  const Chunk& chunk_of(size_t index) const;

  std::shared_ptr<const std::string> owned_;  // the copied text, if any
  bool packed_ = false;
  std::string_view packed_dictionary_;
  size_t dictionary_size_ = 0;
  mutable std::string dictionary_;  // unpacked with the first chunk
  std::vector<Chunk> chunks_;
  size_t line_count_ = 0;
  mutable std::string unpack_problem_;
};

}  // namespace airisk::core
