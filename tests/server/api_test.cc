// The JSON API against a real server on 127.0.0.1 over a database ingested
// from corpus/ (plus one article with markup in its title): the same filters
// as `newsminer timeline`, paging, Chinese search, article detail with code
// point offsets, statistics, and 400s for bad filters.
#include <catch2/catch.hpp>

#include "common/json.h"
#include "common/utf8.h"
#include "server_test_support.h"

using namespace news;
using namespace news::testing;

namespace {

// One database for every case in this file (ingesting takes a moment).
struct CorpusDb {
  TempDir dir;
  std::string path = dir / "news.db";
  CorpusDb() {
    WriteFile(dir / "extra/2026-02-12-injected.txt",
              "Title: <script>alert(1)</script> OpenAI 研究副總裁離職\nDate: 2026-02-12\n\n"
              "OpenAI 研究副總裁週二離職，加入 Anthropic。研究團隊士氣低落，產品團隊則持續擴張。\n");
    RunResult r = RunNewsminer("--db " + ShellQuote(path) + " ingest " + ShellQuote(SourcePath("corpus")) + " " +
                               ShellQuote(dir / "extra"));
    if (r.exit_code != 0) FAIL("ingest failed: " << r.err);
  }
};

CorpusDb& Db() {
  static CorpusDb db;
  return db;
}

JsonValue GetJson(LocalServer& s, const std::string& path, int expected_status = 200) {
  auto c = s.client();
  auto r = c.Get(path);
  REQUIRE(r);
  INFO(path << " -> " << r->body.substr(0, 300));
  CHECK(r->status == expected_status);
  CHECK(r->get_header_value("Content-Type") == "application/json; charset=utf-8");
  auto v = ParseJson(r->body);
  REQUIRE(v.ok());
  return *v;
}

WebServer::Options Opts() {
  WebServer::Options o;
  o.api.db_path = Db().path;
  return o;
}

}  // namespace

TEST_CASE("API: stats describe the database", "[server][api]") {
  LocalServer s(Opts());
  JsonValue st = GetJson(s, "/api/stats");
  CHECK(st["articles"].AsNumber() >= 40);
  CHECK(st["first_day"].AsString() <= st["last_day"].AsString());
  REQUIRE(st["weeks"].size() > 3);
  CHECK(st["latest_week"].AsString() == st["weeks"][st["weeks"].size() - 1].AsString());
  CHECK(st["languages"]["zh-Hant"].AsNumber() > 0);
  CHECK(st["languages"]["zh-Hans"].AsNumber() > 0);
  CHECK(st["languages"]["en"].AsNumber() > 0);
}

TEST_CASE("API: the timeline pages through rows in date order", "[server][api]") {
  LocalServer s(Opts());
  JsonValue first = GetJson(s, "/api/timeline?limit=10");
  REQUIRE(first["rows"].size() == 10);
  CHECK(first["next_offset"].AsNumber() == 10);
  JsonValue second = GetJson(s, "/api/timeline?limit=10&offset=10");
  REQUIRE(second["rows"].size() > 0);
  std::string last_date;
  for (const JsonValue* page : {&first, &second})
    for (const JsonValue& row : page->operator[]("rows").items()) {
      if (row["date"].is_null()) continue;
      std::string d = row["date"].AsString().substr(0, 7);  // events may be dated to the month
      CHECK(d >= last_date.substr(0, 7));
      last_date = row["date"].AsString();
      CHECK(row["article"]["id"].AsNumber() > 0);
      CHECK(row["article"]["title"].is_string());
      CHECK(row["evidence"].is_string());
    }
  // Following next_offset with the largest page ends on a page without one (the corpus grows with
  // every evaluation set, so no single page of 500 holds the whole timeline any more).
  long offset = 0;
  for (int pages = 1;; ++pages) {
    JsonValue page = GetJson(s, "/api/timeline?limit=500&offset=" + std::to_string(offset));
    REQUIRE(page["rows"].size() <= 500);
    if (page["next_offset"].is_null()) break;
    REQUIRE(pages < 20);
    CHECK(page["rows"].size() == 500);
    offset = static_cast<long>(page["next_offset"].AsNumber());
  }
}

TEST_CASE("API: timeline filters combine like the command's", "[server][api]") {
  LocalServer s(Opts());
  JsonValue feb = GetJson(s, "/api/timeline?from=2026-02&to=2026-02&limit=500");
  REQUIRE(feb["rows"].size() > 0);
  for (const JsonValue& row : feb["rows"].items()) {
    std::string d = row["date"].AsString();
    CHECK(d.substr(0, 7) == "2026-02");
  }
  JsonValue week = GetJson(s, "/api/timeline?from=2026-W07&to=2026-W07&limit=500");
  for (const JsonValue& row : week["rows"].items()) {
    std::string d = row["date"].AsString();
    if (d.size() == 10) CHECK((d >= "2026-02-09" && d <= "2026-02-15"));
  }
  JsonValue neg = GetJson(s, "/api/timeline?aspect=research&tone=neg&limit=500");
  REQUIRE(neg["rows"].size() > 0);
  for (const JsonValue& row : neg["rows"].items()) CHECK(row["research"].AsNumber() < 0);
  JsonValue text = GetJson(s, "/api/timeline?search=%E7%A6%BB%E8%81%8C&limit=500");  // 离职 finds 離職 too
  REQUIRE(text["rows"].size() > 0);
  bool traditional = false;
  for (const JsonValue& row : text["rows"].items())
    traditional |= row["article"]["lang"].AsString() == "zh-Hant";
  CHECK(traditional);
}

TEST_CASE("API: bad filters are 400 with a message naming the parameter", "[server][api]") {
  LocalServer s(Opts());
  struct Case { const char* path; const char* words; };
  const Case cases[] = {
      {"/api/timeline?from=yesterday", "'from'"},          {"/api/timeline?to=2026-02-30", "'to'"},
      {"/api/timeline?aspect=culture", "'aspect'"},        {"/api/timeline?tone=neg", "'tone'"},
      {"/api/timeline?limit=0", "'limit'"},                {"/api/timeline?limit=10000", "'limit'"},
      {"/api/timeline?offset=-1", "'offset'"},             {"/api/timeline?type=company", "'type'"},
      {"/api/timeline?event=wedding", "'event'"},          {"/api/timeline?entity=%FF%FE", "'entity'"},
      {"/api/timeline?sort=desc", "'sort'"},               {"/api/timeline?limit=5&limit=6", "'limit'"},
      {"/api/search", "'q'"},                              {"/api/search?q=x&limit=abc", "'limit'"},
      {"/api/entities?week=2026-W99", "'week'"},           {"/api/articles/abc", "article id"},
      {"/api/articles/-4", "article id"},                  {"/api/stats?x=1", "'x'"},
  };
  for (const Case& c : cases) {
    JsonValue e = GetJson(s, c.path, 400);
    INFO(c.path);
    CHECK(e["error"]["message"].AsString().find(c.words) != std::string::npos);
  }
  GetJson(s, "/api/timeline?entity=NoSuchCompanyAnywhere", 404);
  GetJson(s, "/api/articles/999999", 404);
}

TEST_CASE("API: search is ranked, Chinese-aware and text-only", "[server][api]") {
  LocalServer s(Opts());
  JsonValue r = GetJson(s, "/api/search?q=%E9%9B%A2%E8%81%B7&limit=5");  // 離職
  REQUIRE(r["hits"].size() > 0);
  for (const JsonValue& h : r["hits"].items()) {
    std::string snippet = h["snippet"].AsString();
    REQUIRE(h["highlights"].size() > 0);
    // Highlights are code point ranges into the snippet.
    std::vector<uint32_t> cps;
    for (size_t i = 0; i < snippet.size();) cps.push_back(DecodeUtf8(snippet, &i));
    int b = static_cast<int>(h["highlights"][0][0].AsNumber()), e = static_cast<int>(h["highlights"][0][1].AsNumber());
    REQUIRE(e <= static_cast<int>(cps.size()));
    std::string marked;
    for (int i = b; i < e; ++i) AppendUtf8(marked, cps[i]);
    CHECK((marked == "離職" || marked == "离职"));
  }
  // Search syntax is just text (a lone quote or star, nothing to look for,
  // is a 400: tests/server/qa_blank_filters_test.cc).
  for (const char* q : {"NEAR(", "%22OpenAI", "a%20OR%20b"}) GetJson(s, std::string("/api/search?q=") + q);
}

TEST_CASE("API: an article comes with sentences, tone and code point offsets", "[server][api]") {
  LocalServer s(Opts());
  JsonValue hits = GetJson(s, "/api/search?q=script");
  REQUIRE(hits["hits"].size() > 0);
  int64_t id = static_cast<int64_t>(hits["hits"][0]["article"]["id"].AsNumber());
  auto c = s.client();
  auto raw = c.Get("/api/articles/" + std::to_string(id));
  REQUIRE(raw);
  // Markup in stored text is escaped even inside the JSON.
  CHECK(raw->body.find("<script>") == std::string::npos);
  CHECK(raw->body.find("\\u003cscript\\u003e") != std::string::npos);
  JsonValue a = *ParseJson(raw->body);
  CHECK(a["title"].AsString() == "<script>alert(1)</script> OpenAI 研究副總裁離職");
  CHECK(a["lang"].AsString() == "zh-Hant");
  std::string body = a["body"].AsString();
  size_t n = CountCodePoints(body);
  REQUIRE(a["sentences"].size() >= 2);
  for (const JsonValue& sent : a["sentences"].items()) {
    CHECK(sent["start"].AsNumber() < sent["end"].AsNumber());
    CHECK(sent["end"].AsNumber() <= n);
    CHECK(sent["label"].AsNumber() >= -1);
    CHECK(sent["label"].AsNumber() <= 1);
  }
  CHECK(a["sentiment"].is_object());
}
