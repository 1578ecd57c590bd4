// Runs the real `airisk` binary (AIRISK_CLI_PATH) for the CLI tests.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace airisk::test {

struct Run {
  int status = -1;
  std::string out;  // stdout, and stderr too unless kept apart
};

// One shell word, whatever the text holds (quotes, <, spaces, UTF-8).
inline std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// merge_stderr: false keeps stdout alone, so --json output parses.
inline Run run(const std::string& args, bool merge_stderr = true) {
  Run result;
  std::string command = std::string(AIRISK_CLI_PATH) + " " + args + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline Run run_json(const std::string& args) { return run(args, false); }

// A path in the test temp folder that no other run uses: engineers' suites (native and ASan,
// several worktrees) share /tmp on one machine, and a fixed name made them overwrite each other.
inline std::string unique_temp_path(const std::string& name) {
  return ::testing::TempDir() + std::to_string(getpid()) + "_" + name;
}

}  // namespace airisk::test
