#include "analysis/analyzer.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/entity_extractor.h"
#include "ingest/content_hash.h"
#include "lexicon/lexicon_cache.h"
#include "sentiment/sentiment_analyzer.h"
#include "text/language.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"

namespace news {

namespace fs = std::filesystem;

Analyzer::~Analyzer() = default;

StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(const Options& options) {
  std::unique_ptr<Analyzer> a(new Analyzer());
  NEWS_ASSIGN_OR_RETURN(a->extractor_, EntityExtractor::Create({options.lexicon_dir}));
  NEWS_ASSIGN_OR_RETURN(a->sentiment_, SentimentAnalyzer::Create({options.lexicon_dir}));
  // Hashing every lexicon file cost each process ~1.7M instructions; the
  // lexicon cache remembers the value under the files' metadata.
  a->version_ = MemoizedTreeValue(DefaultLexiconCacheDir(), options.lexicon_dir,
                                  [&] { return LexiconVersion(options.lexicon_dir); });
  return a;
}

namespace {

double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void AddSentences(Analysis& a) {
  std::string_view body = a.doc.body;
  int index = 0;
  for (TextSpan span : SplitSentences(body)) {
    Sentence s;
    s.index = index++;
    s.begin = span.begin;
    s.end = span.end;
    s.lang = DetectLanguage(body.substr(span.begin, span.end - span.begin), a.lang);
    a.sentences.push_back(std::move(s));
  }
}

}  // namespace

Analysis Analyzer::Analyze(Document doc, StageTimes* times) const {
  double start = times ? ThreadCpuSeconds() : 0;
  Analysis a;
  doc.body = NormalizeText(doc.body);
  doc.title = NormalizeText(doc.title);
  doc.content_hash = ContentHash(doc.body);
  doc.simhash = SimHash(doc.body);
  a.doc = std::move(doc);
  a.lang = DetectLanguage(a.doc.body);
  AddSentences(a);
  double before_extract = times ? ThreadCpuSeconds() : 0;
  extractor_->Extract(a);
  double after_extract = times ? ThreadCpuSeconds() : 0;
  sentiment_->Score(a);
  a.analyzer_version = version_;
  if (times) {
    times->extract += after_extract - before_extract;
    times->rest += (before_extract - start) + (ThreadCpuSeconds() - after_extract);
  }
  return a;
}

std::string ResolveLexiconDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("NEWSMINER_LEXICONS"); env && *env) return env;
  std::error_code ec;
  // An installed binary (PREFIX/bin) uses its own PREFIX/share copy, wherever
  // it was installed (`cmake --install --prefix` need not match configure time).
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = self.parent_path().parent_path() / "share/newsminer/lexicons";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  if (fs::is_directory(NEWSMINER_LEXICON_DIR, ec)) return NEWSMINER_LEXICON_DIR;
  if (fs::is_directory(NEWSMINER_INSTALL_LEXICON_DIR, ec)) return NEWSMINER_INSTALL_LEXICON_DIR;
  return "";
}

// FNV-1a over file names and contents, in sorted order.
std::string LexiconVersion(const std::string& lexicon_dir) {
  uint64_t h = 1469598103934665603ULL;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) { h ^= c; h *= 1099511628211ULL; }
  };
  mix(NEWSMINER_VERSION);
  std::vector<fs::path> files;
  std::error_code ec;
  if (!lexicon_dir.empty())
    for (const auto& e : fs::recursive_directory_iterator(lexicon_dir, ec))
      if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    mix(fs::relative(f, lexicon_dir, ec).string());
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    mix(ss.str());
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s+%012llx", NEWSMINER_VERSION,
                static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFULL));
  return buf;
}

}  // namespace news
