// The network options shared by `ingest`, `extract` and `analyze`:
//   --insecure              do not verify TLS certificates
//   --connect-timeout SEC   (default 10; fractions allowed, e.g. 0.5)
//   --read-timeout SEC      (default 30)
//   --max-bytes N           largest page or file accepted (default 10485760)
//
//   ArgSpec spec = WithFetchArgs({{"format", true}});
//   StatusOr<FetchOptions> f = FetchOptionsFromArgs(parsed);
#pragma once

#include "cli/args.h"
#include "common/status.h"
#include "ingest/http_fetcher.h"

namespace news {

ArgSpec WithFetchArgs(ArgSpec spec);

// Fails with kInvalidArgument naming the bad option.
StatusOr<FetchOptions> FetchOptionsFromArgs(const ParsedArgs& a);

// Usage text for the options above (a literal, to append to usage strings).
#define NEWSMINER_FETCH_ARGS_USAGE                                           \
  "  --insecure             do not verify TLS certificates\n"               \
  "  --connect-timeout SEC  connection timeout (default 10)\n"              \
  "  --read-timeout SEC     read timeout (default 30; a whole response\n"     \
  "                         must arrive within 4 times this)\n"             \
  "  --max-bytes N          largest page or file accepted (default 10 MiB)\n"

}  // namespace news
