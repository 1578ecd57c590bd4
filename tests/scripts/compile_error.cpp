// Never compiles, on purpose: scripts/test adds it to one preset's build when
// AIRISK_TEST_BREAK_PRESET names that preset, so tests/scripts/tally_test.sh can show that a
// checkout whose build fails (there, the ASan build alone) ends non-zero with the failure counted.
#error "AIRISK_TEST_BREAK_PRESET: this build is meant to fail"
