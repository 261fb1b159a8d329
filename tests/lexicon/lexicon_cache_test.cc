#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <functional>

#include "extract/entity_extractor.h"
#include "lexicon/lexicon_cache.h"
#include "lexicon/snapshot.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

const char* kEntities =
    "id\ttype\tcanonical\taliases\tparent\tcontext\tcues\n"
    "org:openai\tORG\tOpenAI\t開放人工智慧\t\t\t\n"
    "product:sora\tPRODUCT\tSora\t\torg:openai\t\t\n"
    "org:apple\tORG\tApple\t蘋果\t\tApple|蘋果\tiPhone|!fruit\n"
    "person:sam-altman\tPERSON\tSam Altman\tAltman|奧特曼\t\t\t\n";
const char* kTriggers = "type\tphrase\ndeparture\t離職\ndeparture\tleft\nfrom\t離開\n";

Analysis Doc(const std::string& title, const std::string& body) {
  Analysis a;
  a.doc.title = title;
  a.doc.body = body;
  a.doc.published = "2026-02-11";
  Sentence s;
  s.begin = 0;
  s.end = body.size();
  a.sentences.push_back(s);
  return a;
}

// canonical:surface@begin for every mention, and type/person/org of every event.
std::string Summary(const EntityExtractor& ex, const std::string& body) {
  Analysis a = Doc("", body);
  ex.Extract(a);
  std::string out;
  for (const EntityResult& e : a.entities)
    for (const Mention& m : e.mentions) out += e.canonical + ":" + m.surface + "@" + std::to_string(m.begin) + " ";
  for (const Event& e : a.events) out += "[" + e.type + " " + e.person + " " + e.organization + "] ";
  return out;
}

std::vector<std::filesystem::path> CacheFiles(const TempDir& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir / "cache"))
    if (e.path().extension() == ".bin") files.push_back(e.path());
  return files;
}

const char* kTexts[] = {
    "奧特曼昨日表示，開放人工智慧將擴大Sora團隊；蘋果發布新款iPhone。",
    "Sam Altman left OpenAI, people said. An apple a day keeps the fruit seller busy.",
    "OpenAI研究員奧特曼已於昨日離職。",
};

}  // namespace

TEST_CASE("Lexicon cache: the second process reads the snapshot and extracts the same", "[lexicon]") {
  TempDir dir;
  WriteFile(dir / "lex/entities/a.tsv", kEntities);
  WriteFile(dir / "lex/events/triggers.tsv", kTriggers);
  EntityExtractor::Options parse{dir / "lex", "", false};
  EntityExtractor::Options cached{dir / "lex", dir / "cache", true};
  auto reference = EntityExtractor::Create(parse);
  REQUIRE(reference.ok());
  auto first = EntityExtractor::Create(cached);  // parses and writes the cache
  REQUIRE(first.ok());
  REQUIRE(CacheFiles(dir).size() == 1);
  auto second = EntityExtractor::Create(cached);  // maps it
  REQUIRE(second.ok());
  for (const char* text : kTexts) {
    INFO(text);
    std::string want = Summary(**reference, text);
    CHECK(!want.empty());
    CHECK(Summary(**first, text) == want);
    CHECK(Summary(**second, text) == want);
  }
}

TEST_CASE("Lexicon cache: an edited lexicon is seen by the next process", "[lexicon]") {
  TempDir dir;
  WriteFile(dir / "lex/entities/a.tsv", kEntities);
  EntityExtractor::Options cached{dir / "lex", dir / "cache", true};
  REQUIRE(EntityExtractor::Create(cached).ok());
  std::string edited = kEntities;
  edited += "org:anthropic\tORG\tAnthropic\t安索普\t\t\t\n";
  WriteFile(dir / "lex/entities/a.tsv", edited);
  auto ex = EntityExtractor::Create(cached);
  REQUIRE(ex.ok());
  CHECK(Summary(**ex, "安索普與OpenAI競爭。").find("Anthropic:安索普@0") != std::string::npos);
  CHECK(CacheFiles(dir).size() == 2);
  // A broken edit is reported even though a cache for the old files exists.
  WriteFile(dir / "lex/entities/a.tsv", edited + "org:broken\tCOMPANY\tBroken\t\t\t\t\n");
  auto broken = EntityExtractor::Create(cached);
  REQUIRE(!broken.ok());
  CHECK(broken.status().message().find("unknown type \"COMPANY\"") != std::string::npos);
}

TEST_CASE("Lexicon cache: a damaged or truncated cache file is ignored", "[lexicon]") {
  TempDir dir;
  WriteFile(dir / "lex/entities/a.tsv", kEntities);
  WriteFile(dir / "lex/events/triggers.tsv", kTriggers);
  EntityExtractor::Options cached{dir / "lex", dir / "cache", true};
  auto reference = EntityExtractor::Create({dir / "lex", "", false});
  REQUIRE(reference.ok());
  REQUIRE(EntityExtractor::Create(cached).ok());
  std::string path = CacheFiles(dir).at(0).string();
  std::string bytes = ReadFile(path);
  for (size_t cut : {bytes.size() / 2, bytes.size() - 3, size_t{10}}) {
    std::string damaged = bytes;
    damaged[cut] = static_cast<char>(damaged[cut] ^ 0x5a);
    for (const std::string& content : {damaged, bytes.substr(0, cut)}) {
      WriteFile(path, content);
      auto ex = EntityExtractor::Create(cached);
      REQUIRE(ex.ok());
      for (const char* text : kTexts) CHECK(Summary(**ex, text) == Summary(**reference, text));
    }
  }
}

// One step on the lexicon files, then what resolving the key must give.
struct KeyStep {
  const char* what;
  std::function<void(const TempDir&)> change;
  bool from_metadata;  // answered by the key file, no lexicon read
  bool same_key;       // the content key of the original files
};

void SetMtime(const std::filesystem::path& p, std::chrono::seconds delta) {
  std::filesystem::last_write_time(p, std::filesystem::last_write_time(p) + delta);
}

TEST_CASE("Lexicon cache key: metadata stands for the contents until a file changes", "[lexicon]") {
  TempDir dir;
  WriteFile(dir / "lex/entities/a.tsv", kEntities);
  WriteFile(dir / "lex/events/triggers.tsv", kTriggers);
  std::string lex = dir / "lex", cache = dir / "cache";
  std::string original = LexiconCacheKey(lex);
  REQUIRE(original.size() == 16);
  std::string same_size = kEntities;
  same_size.replace(same_size.find("Sam Altman"), 10, "Sam Altmen");
  const KeyStep steps[] = {
      {"first start: contents hashed", [](const TempDir&) {}, false, true},
      {"second start: known by metadata", [](const TempDir&) {}, true, true},
      {"touched, same contents", [](const TempDir& d) { SetMtime(d / "lex/entities/a.tsv", std::chrono::seconds(-5)); }, false, true},
      {"known again after the touch", [](const TempDir&) {}, true, true},
      {"edited, same size", [&](const TempDir& d) {
         WriteFile(d / "lex/entities/a.tsv", same_size);
         SetMtime(d / "lex/entities/a.tsv", std::chrono::seconds(-9));
       }, false, false},
      {"edit undone: the original contents again", [&](const TempDir& d) {
         WriteFile(d / "lex/entities/a.tsv", kEntities);
         SetMtime(d / "lex/entities/a.tsv", std::chrono::seconds(-13));
       }, false, true},
      {"damaged key files are ignored", [](const TempDir& d) {
         for (const auto& e : std::filesystem::directory_iterator(d / "cache"))
           if (e.path().extension() == ".key") WriteFile(e.path(), "NMLEXKEY 0123456789abcdeX\n");
       }, false, true},
      {"truncated key files are ignored", [](const TempDir& d) {
         for (const auto& e : std::filesystem::directory_iterator(d / "cache"))
           if (e.path().extension() == ".key") WriteFile(e.path(), "NMLEXKEY 0123");
       }, false, true},
      {"a new lexicon file", [](const TempDir& d) { WriteFile(d / "lex/events/more.tsv", "type\tphrase\nhire\tjoined\n"); }, false, false},
      {"the new file removed: the metadata before it, known", [](const TempDir& d) { std::filesystem::remove(d / "lex/events/more.tsv"); }, true, true},
  };
  for (const KeyStep& step : steps) {
    INFO(step.what);
    step.change(dir);
    CacheKeyInfo info;
    std::string key = ResolveLexiconCacheKey(cache, lex, {0}, &info);
    CHECK(key == LexiconCacheKey(lex));
    CHECK(info.from_metadata == step.from_metadata);
    CHECK(info.recorded == !step.from_metadata);
    CHECK((key == original) == step.same_key);
  }
  // Files changed within the settle time are hashed and not recorded.
  WriteFile(dir / "lex/entities/a.tsv", same_size);
  for (int i = 0; i < 2; ++i) {
    CacheKeyInfo info;
    CHECK(ResolveLexiconCacheKey(cache, lex, {}, &info) == LexiconCacheKey(lex));
    CHECK(!info.from_metadata);
    CHECK(!info.recorded);
  }
}

TEST_CASE("Lexicon cache: a same-size edit is seen when the metadata is trusted", "[lexicon]") {
  TempDir dir;
  WriteFile(dir / "lex/entities/a.tsv", kEntities);
  WriteFile(dir / "lex/events/triggers.tsv", kTriggers);
  EntityExtractor::Options cached{dir / "lex", dir / "cache", true, 0};
  const char* text = "Sam Altman left OpenAI. Sam Altmen joined Apple.";
  for (int start = 0; start < 2; ++start) {  // writes the cache and its key file, then maps it
    auto ex = EntityExtractor::Create(cached);
    REQUIRE(ex.ok());
    CHECK(Summary(**ex, text).find("Sam Altman:Sam Altman@0") != std::string::npos);
  }
  std::string edited = kEntities;
  edited.replace(edited.find("Sam Altman"), 10, "Sam Altmen");
  WriteFile(dir / "lex/entities/a.tsv", edited);
  SetMtime(dir / "lex/entities/a.tsv", std::chrono::seconds(-3));
  auto reference = EntityExtractor::Create({dir / "lex", "", false});
  REQUIRE(reference.ok());
  for (int start = 0; start < 2; ++start) {
    auto ex = EntityExtractor::Create(cached);
    REQUIRE(ex.ok());
    std::string got = Summary(**ex, text);
    CHECK(got == Summary(**reference, text));
    CHECK(got.find("Sam Altmen:Sam Altmen@24") != std::string::npos);
  }
  CHECK(CacheFiles(dir).size() == 2);
}

TEST_CASE("Lexicon cache: a tree value is remembered until a file under the tree changes", "[lexicon]") {
  TempDir dir;
  WriteFile(dir / "lex/entities/a.tsv", kEntities);
  WriteFile(dir / "lex/sentiment/polarity_zh.tsv", "term\tscore\n突破\t1\n");
  std::string lex = dir / "lex", cache = dir / "cache";
  int computed = 0;
  auto compute = [&] {
    ++computed;
    std::string all;
    for (const char* f : {"entities/a.tsv", "sentiment/polarity_zh.tsv", "sentiment/extra/more.tsv"})
      if (std::filesystem::exists(dir / ("lex/" + std::string(f)))) all += std::string(f) + "=" + ReadFile(dir / ("lex/" + std::string(f))) + ";";
    return std::to_string(std::hash<std::string>()(all));
  };
  const KeyStep steps[] = {
      {"first start: computed", [](const TempDir&) {}, false, true},
      {"second start: remembered", [](const TempDir&) {}, true, true},
      {"a sentiment file touched", [](const TempDir& d) { SetMtime(d / "lex/sentiment/polarity_zh.tsv", std::chrono::seconds(-5)); }, false, true},
      {"a sentiment file edited", [](const TempDir& d) {
         WriteFile(d / "lex/sentiment/polarity_zh.tsv", "term\tscore\n突破\t2\n");
         SetMtime(d / "lex/sentiment/polarity_zh.tsv", std::chrono::seconds(-9));
       }, false, false},
      {"remembered after the edit", [](const TempDir&) {}, true, false},
      {"a file in a new subdirectory", [](const TempDir& d) { WriteFile(d / "lex/sentiment/extra/more.tsv", "x\n"); }, false, false},
      {"damaged value files are ignored", [](const TempDir& d) {
         for (const auto& e : std::filesystem::directory_iterator(d / "cache"))
           if (e.path().extension() == ".val") WriteFile(e.path(), "NMLEXVAL 12\n34\n");
       }, false, false},
  };
  std::string original = compute();
  for (const KeyStep& step : steps) {
    INFO(step.what);
    step.change(dir);
    std::string want = compute();
    CacheKeyInfo info;
    int before = computed;
    CHECK(MemoizedTreeValue(cache, lex, compute, {0}, &info) == want);
    CHECK(info.from_metadata == step.from_metadata);
    CHECK((computed > before) == !step.from_metadata);
    CHECK((want == original) == step.same_key);
  }
  CHECK(MemoizedTreeValue("", lex, compute) == compute());  // no cache directory: always computed
}

TEST_CASE("Snapshot reader refuses lengths past its buffer", "[lexicon]") {
  SnapshotWriter w;
  w.Str("奧特曼");
  w.Strs({"OpenAI", "開放人工智慧"});
  uint16_t table[3] = {1, 2, 3};
  w.Array(table, 3);
  const std::string& bytes = w.bytes();
  for (size_t len = 0; len < bytes.size(); ++len) {
    SnapshotReader r(std::string_view(bytes).substr(0, len));
    std::string s;
    std::vector<std::string> v;
    std::vector<uint16_t> t;
    bool all = r.Str(&s) && r.Strs(&v) && r.Vector(&t);
    CHECK(!all);
    CHECK(!r.ok());
  }
  SnapshotReader r(bytes);
  std::string s;
  std::vector<std::string> v;
  std::vector<uint16_t> t;
  REQUIRE((r.Str(&s) && r.Strs(&v) && r.Vector(&t)));
  CHECK(s == "奧特曼");
  CHECK(v == std::vector<std::string>{"OpenAI", "開放人工智慧"});
  CHECK(t == std::vector<uint16_t>{1, 2, 3});
  CHECK(r.at_end());
}
