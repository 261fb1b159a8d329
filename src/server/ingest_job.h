// The work behind POST /api/ingest: fetch an article or an RSS/Atom feed,
// analyse each item and store it in its own transaction, reporting progress
// on the job and checking for shutdown between articles, so stopping the
// server never leaves half an article behind. A feed's items already
// ingested (store/feed_state.h) or already stored under their canonical URL
// are skipped, as `newsminer ingest FEED` does.
//
//   api_options.ingest = MakeIngestWork("newsminer.db", lexicon_dir);
//
// The analyzer is loaded on the first job and kept; each job opens its own
// writer connection. Called on the JobRunner's single worker thread. A job
// fails (state "failed") when the URL itself cannot be fetched, the
// lexicons cannot be loaded or the database fails; a feed item that fails
// counts as failed and the job goes on.
#pragma once

#include <string>

#include "ingest/http_fetcher.h"
#include "server/api.h"

namespace news {

IngestWork MakeIngestWork(const std::string& db_path, const std::string& lexicon_dir,
                          const FetchOptions& fetch = FetchOptions{});

}  // namespace news
