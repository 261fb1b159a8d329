#define CATCH_CONFIG_MAIN
// Catch2's own std::regex use trips GCC 12's -Wmaybe-uninitialized at -O1
// (the sanitizer build); the warning is in the library's header, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <catch2/catch.hpp>
#pragma GCC diagnostic pop
