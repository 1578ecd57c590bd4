// Reading dataset files and folders for the CLI.
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"

namespace airisk::cli {

// Every *.json file under each path (folders recursively), in a stable sorted order.
std::vector<core::DatasetDocument> read_documents(const std::vector<std::string>& paths);

}  // namespace airisk::cli
