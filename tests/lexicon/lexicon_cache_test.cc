#include <catch2/catch.hpp>

#include <filesystem>

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
  for (const auto& e : std::filesystem::directory_iterator(dir / "cache")) files.push_back(e.path());
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
