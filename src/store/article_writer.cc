#include "store/article_writer.h"

#include <algorithm>
#include <map>

#include "common/dates.h"
#include "common/utf8.h"
#include "store/fts_index.h"
#include "store/sqlite_db.h"
#include "store/stored_values.h"
#include "text/match_key.h"

namespace news {

namespace {

constexpr const char* kUnknownDay = "~";  // sorts after every YYYY-MM-DD

bool OnBoundary(std::string_view s, size_t byte) {
  return byte == s.size() || (byte < s.size() && (static_cast<unsigned char>(s[byte]) & 0xC0) != 0x80);
}

Status CheckSpan(std::string_view body, size_t begin, size_t end, const std::string& what) {
  if (begin > end || end > body.size() || !OnBoundary(body, begin) || !OnBoundary(body, end))
    return Status(StatusCode::kDataError, what + " has invalid offsets " + std::to_string(begin) + ".." +
                                              std::to_string(end) + " (body is " + std::to_string(body.size()) +
                                              " bytes)");
  return Status::Ok();
}

// The sentence shown as the article's evidence: the top sentence of the
// aspect that carried more weight, else the first sentence.
int EvidenceSentence(const Analysis& a) {
  const ToneSummary& t = a.tone;
  const std::vector<int>& top = t.research_n >= t.product_n ? t.research_top : t.product_top;
  const std::vector<int>& other = t.research_n >= t.product_n ? t.product_top : t.research_top;
  int n = static_cast<int>(a.sentences.size());
  if (!top.empty() && top[0] >= 0 && top[0] < n) return top[0];
  if (!other.empty() && other[0] >= 0 && other[0] < n) return other[0];
  return 0;
}

// The first and last day an event date (YYYY-MM-DD, YYYY-MM, YYYY) covers.
void EventDays(const Event& e, const std::string& article_day, std::string* first, std::string* last) {
  if (auto r = ParseDateFilter(e.date)) {
    *first = e.date;
    *last = FormatDay(r->last);
  } else {
    *first = article_day;
    *last = article_day;
  }
}

}  // namespace

Status ArticleWriter::Validate(const Analysis& a) {
  std::string_view body = a.doc.body;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    if (s.index != static_cast<int>(i))
      return Status(StatusCode::kDataError, "sentence " + std::to_string(i) + " has index " + std::to_string(s.index));
    NEWS_RETURN_IF_ERROR(CheckSpan(body, s.begin, s.end, "sentence " + std::to_string(i)));
  }
  // Rows refer to sentences by index (the store writes them with foreign
  // keys off, see Store::Write).
  const int n = static_cast<int>(a.sentences.size());
  auto no_sentence = [n](const std::string& what, int i) {
    return Status(StatusCode::kDataError, what + " refers to sentence " + std::to_string(i) + " (the article has " +
                                              std::to_string(n) + ")");
  };
  for (const EntityResult& e : a.entities) {
    if (e.id.empty() || e.canonical.empty() || e.type.empty())
      return Status(StatusCode::kDataError, "entity without id, name or type ('" + e.canonical + "')");
    for (const Mention& m : e.mentions) {
      NEWS_RETURN_IF_ERROR(CheckSpan(body, m.begin, m.end, "mention of " + e.id));
      if (m.sentence < 0 || m.sentence >= n) return no_sentence("mention of " + e.id, m.sentence);
    }
  }
  for (size_t i = 0; i < a.events.size(); ++i)
    if (a.events[i].sentence < 0 || a.events[i].sentence >= n)
      return no_sentence("event " + std::to_string(i) + " (" + a.events[i].type + ")", a.events[i].sentence);
  if (!IsValidUtf8(a.doc.body) || !IsValidUtf8(a.doc.title))
    return Status(StatusCode::kDataError, "body or title is not valid UTF-8");
  return Status::Ok();
}

Status ArticleWriter::Insert(const Analysis& a, const ArticleRowKeys& keys, int64_t* id) {
  const Document& d = a.doc;
  auto day = ParseIsoDay(d.published);
  sort_day_ = day ? d.published : kUnknownDay;
  week_ = day ? IsoWeekOf(*day) : "";
  lang_ = a.lang.empty() ? std::string("und") : a.lang;
  NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare(
      "INSERT INTO articles (source, url, canonical_url, content_hash, simhash, title, published, week, "
      "sort_day, date_rule, author, lang, charset, body, body_size, fetched_at, ingested_at, analyzer_version, "
      "research, product, overall, research_label, product_label, overall_label, research_n, product_n, evidence) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  st.Bind(1, d.source).BindOptional(2, d.url).BindOptional(3, d.canonical_url).BindBlob(4, HashToStored(keys.content_hash));
  st.Bind(5, static_cast<int64_t>(keys.simhash)).Bind(6, d.title).BindOptional(7, day ? d.published : "");
  st.BindOptional(8, week_).Bind(9, sort_day_).BindOptional(10, d.date_rule).BindOptional(11, d.author);
  st.Bind(12, lang_).BindOptional(13, d.charset);
  st.BindBlob(14, keys.stored_body ? *keys.stored_body : CompressBody(d.body));
  st.Bind(15, static_cast<int64_t>(d.body.size())).BindOptional(16, d.fetched_at).Bind(17, keys.ingested_at);
  st.Bind(18, a.analyzer_version);
  const ToneSummary& t = a.tone;
  st.Bind(19, t.research).Bind(20, t.product).Bind(21, t.overall).Bind(22, t.research_label);
  st.Bind(23, t.product_label).Bind(24, t.overall_label).Bind(25, t.research_n).Bind(26, t.product_n);
  st.Bind(27, EvidenceSentence(a));
  NEWS_RETURN_IF_ERROR(st.Run());
  *id = db_.LastInsertId();
  // The full-text row is written by the caller after the article's savepoint
  // (Store::Write): FTS5 flushes its pending terms at every savepoint.
  return WriteChildren(*id, a);
}

Status ArticleWriter::Replace(int64_t id, const Analysis& a, const ArticleRowKeys& keys) {
  const Document& d = a.doc;
  auto day = ParseIsoDay(d.published);
  sort_day_ = day ? d.published : kUnknownDay;
  week_ = day ? IsoWeekOf(*day) : "";
  lang_ = a.lang.empty() ? std::string("und") : a.lang;
  NEWS_RETURN_IF_ERROR(Reindex(id, a));
  // Children first: mentions and events reference sentences.
  for (const char* sql : {"DELETE FROM event_entities WHERE event IN (SELECT id FROM events WHERE article = ?)",
                          "DELETE FROM events WHERE article = ?",
                          "DELETE FROM article_entities WHERE article = ?", "DELETE FROM sentences WHERE article = ?"}) {
    NEWS_ASSIGN_OR_RETURN(Statement del, db_.Prepare(sql));
    del.Bind(1, id);
    NEWS_RETURN_IF_ERROR(del.Run());
  }
  NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare(
      "UPDATE articles SET content_hash = ?, simhash = ?, title = ?, published = ?, week = ?, sort_day = ?, "
      "lang = ?, body = ?, body_size = ?, analyzer_version = ?, research = ?, product = ?, overall = ?, "
      "research_label = ?, product_label = ?, overall_label = ?, research_n = ?, product_n = ?, evidence = ? "
      "WHERE id = ?"));
  st.BindBlob(1, HashToStored(keys.content_hash)).Bind(2, static_cast<int64_t>(keys.simhash)).Bind(3, d.title);
  st.BindOptional(4, day ? d.published : "").BindOptional(5, week_).Bind(6, sort_day_);
  st.Bind(7, lang_).BindBlob(8, CompressBody(d.body)).Bind(9, static_cast<int64_t>(d.body.size()));
  st.Bind(10, a.analyzer_version);
  const ToneSummary& t = a.tone;
  st.Bind(11, t.research).Bind(12, t.product).Bind(13, t.overall).Bind(14, t.research_label);
  st.Bind(15, t.product_label).Bind(16, t.overall_label).Bind(17, t.research_n).Bind(18, t.product_n);
  st.Bind(19, EvidenceSentence(a)).Bind(20, id);
  NEWS_RETURN_IF_ERROR(st.Run());
  if (db_.Changes() == 0) return Status(StatusCode::kNotFound, "no stored article with id " + std::to_string(id));
  return WriteChildren(id, a);
}

// Re-indexes the text when re-analysis changed it (a new normaliser).
Status ArticleWriter::Reindex(int64_t id, const Analysis& a) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare("SELECT title, body, body_size FROM articles WHERE id = ?"));
  st.Bind(1, id);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return Status(StatusCode::kNotFound, "no stored article with id " + std::to_string(id));
  NEWS_ASSIGN_OR_RETURN(std::string body, DecompressBody(st.BlobView(1), st.Int(2)));
  if (st.TextView(0) == a.doc.title && body == a.doc.body) return Status::Ok();
  NEWS_RETURN_IF_ERROR(UnindexArticleText(db_, id, st.TextView(0), body));
  return IndexArticleText(db_, id, a.doc.title, a.doc.body);
}

Status ArticleWriter::WriteChildren(int64_t id, const Analysis& a) {
  NEWS_RETURN_IF_ERROR(WriteSentences(id, a));
  NEWS_RETURN_IF_ERROR(WriteEntities(id, a));
  return WriteEvents(id, a);
}

Status ArticleWriter::WriteSentences(int64_t id, const Analysis& a) {
  CodePointIndex cp(a.doc.body);
  NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare(
      "INSERT INTO sentences (article, idx, begin, end, lang, aspect, score, label, research, product) "
      "VALUES (?,?,?,?,?,?,?,?,?,?)"));
  for (const Sentence& s : a.sentences) {
    // A sentence in the article's language stores NULL (most of them).
    st.Bind(1, id).Bind(2, s.index).Bind(3, static_cast<int64_t>(cp.ToCodePoints(s.begin)));
    st.Bind(4, static_cast<int64_t>(cp.ToCodePoints(s.end))).BindOptional(5, s.lang == lang_ ? "" : s.lang);
    st.Bind(6, AspectCode(s.tone.aspect)).Bind(7, ToneToStored(s.tone.score)).Bind(8, s.tone.label);
    st.Bind(9, ToneToStored(s.tone.research)).Bind(10, ToneToStored(s.tone.product));
    NEWS_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

Status ArticleWriter::AddAlias(const std::string& entity, const std::string& alias) {
  // The same surface of the same entity recurs in most articles: remember
  // it as written too, so that it is not folded (MatchKey) again each time.
  std::string raw_key = "r\x1f" + entity + "\x1f" + alias;
  if (Known(raw_key)) return Status::Ok();
  std::string key = MatchKey(alias);
  std::string cache_key = "a\x1f" + entity + "\x1f" + key;
  if (!key.empty() && !Known(cache_key)) {
    NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare("INSERT OR IGNORE INTO aliases (key, entity, alias) VALUES (?,?,?)"));
    st.Bind(1, key).Bind(2, entity).Bind(3, alias);
    NEWS_RETURN_IF_ERROR(st.Run());
    added_.rows.insert(cache_key);
  }
  added_.rows.insert(raw_key);
  return Status::Ok();
}

// The parent is given by canonical name; resolve it to an entity id from the
// same article or from the stored entities.
static StatusOr<std::string> ResolveParent(Db& db, const EntityResult& e, const Analysis& a) {
  if (e.parent.empty()) return std::string();
  for (const EntityResult& other : a.entities)
    if (other.canonical == e.parent || other.id == e.parent) return other.id;
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT id FROM entities WHERE id = ?1 OR canonical = ?1 ORDER BY id = ?1 DESC, type = 'organization' DESC "
      "LIMIT 1"));
  st.Bind(1, e.parent);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Text(0) : std::string();
}

StatusOr<int64_t> ArticleWriter::UpsertEntity(const EntityResult& e, const Analysis& a) {
  std::string cache_key = "e\x1f" + e.id + "\x1f" + e.canonical + "\x1f" + e.type + "\x1f" + e.parent;
  if (!Known(cache_key)) {
    NEWS_ASSIGN_OR_RETURN(std::string parent, ResolveParent(db_, e, a));
    // A new entity's key is the next multiple of 8 plus its type's code.
    NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare(
        "INSERT INTO entities (key, id, canonical, type, parent, known) "
        "VALUES ((SELECT coalesce(max(key), 0) / 8 + 1 FROM entities) * 8 + ?6, ?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE "
        "SET canonical = excluded.canonical, type = excluded.type, parent = coalesce(excluded.parent, parent), "
        "known = excluded.known"));
    st.Bind(1, e.id).Bind(2, e.canonical).Bind(3, e.type).BindOptional(4, parent).Bind(5, e.known ? 1 : 0);
    st.Bind(6, EntityTypeCode(e.type));
    NEWS_RETURN_IF_ERROR(st.Run());
    added_.rows.insert(cache_key);
  }
  NEWS_ASSIGN_OR_RETURN(int64_t key, EntityKey(e.id));
  NEWS_RETURN_IF_ERROR(AddAlias(e.id, e.canonical));
  for (const Mention& m : e.mentions) NEWS_RETURN_IF_ERROR(AddAlias(e.id, m.surface));
  return key;
}

StatusOr<int64_t> ArticleWriter::EntityKey(const std::string& id) {
  if (auto it = known_.entity_keys.find(id); it != known_.entity_keys.end()) return it->second;
  if (auto it = batch_.entity_keys.find(id); it != batch_.entity_keys.end()) return it->second;
  if (auto it = added_.entity_keys.find(id); it != added_.entity_keys.end()) return it->second;
  NEWS_ASSIGN_OR_RETURN(Statement st, db_.Prepare("SELECT key FROM entities WHERE id = ?"));
  st.Bind(1, id);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return Status(StatusCode::kDataError, "entity " + id + " was not stored");
  added_.entity_keys.emplace(id, st.Int(0));
  return st.Int(0);
}

Status ArticleWriter::WriteEntities(int64_t id, const Analysis& a) {
  CodePointIndex cp(a.doc.body);
  NEWS_ASSIGN_OR_RETURN(Statement ae, db_.Prepare(
      "INSERT INTO article_entities (article, entity, sort_day, role, mentions, sentence, research, product, "
      "research_n, product_n, spans) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  article_keys_.clear();
  // An entity listed twice: the last entry is its row (the totals are added
  // up here, so two rows for one (article, entity) must never be written);
  // its spans hold the mentions of every entry.
  std::map<std::string, size_t> last;
  std::map<std::string, std::vector<MentionSpan>> spans;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    last[a.entities[i].id] = i;
    for (const Mention& m : a.entities[i].mentions)
      spans[a.entities[i].id].push_back({static_cast<int64_t>(cp.ToCodePoints(m.begin)),
                                         static_cast<int64_t>(cp.ToCodePoints(m.end)), m.sentence});
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityResult& e = a.entities[i];
    NEWS_ASSIGN_OR_RETURN(int64_t key, UpsertEntity(e, a));
    article_keys_[e.id] = key;
    if (last[e.id] != i) continue;
    int first = a.sentences.empty() ? 0 : static_cast<int>(a.sentences.size()) - 1;
    for (const Mention& m : e.mentions) first = std::min(first, m.sentence);
    RollupRow row{static_cast<int64_t>(e.mentions.size()), ToneToStored(e.research), e.research_n,
                  ToneToStored(e.product), e.product_n};
    ae.Bind(1, id).Bind(2, key).Bind(3, sort_day_);
    if (int role = RoleCode(e.role)) ae.Bind(4, role);
    else ae.BindNull(4);
    ae.Bind(5, row.mentions).Bind(6, e.mentions.empty() ? 0 : first).Bind(7, row.research);
    ae.Bind(8, row.product).Bind(9, row.research_n).Bind(10, row.product_n).BindBlob(11, EncodeSpans(spans[e.id]));
    NEWS_RETURN_IF_ERROR(ae.Run());
    rollups_.Add(key, week_, sort_day_, row);
  }
  return Status::Ok();
}

Status ArticleWriter::WriteEvents(int64_t id, const Analysis& a) {
  // Event participants are named by canonical name; link them to entity ids.
  std::map<std::string, int64_t> by_name;
  for (const EntityResult& e : a.entities) by_name.emplace(MatchKey(e.canonical), article_keys_[e.id]);
  NEWS_ASSIGN_OR_RETURN(Statement ev, db_.Prepare(
      "INSERT INTO events (article, date, sort_day, last_day, date_rule, type, person, organization, counterpart, "
      "product, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  NEWS_ASSIGN_OR_RETURN(Statement link, db_.Prepare(
      "INSERT OR IGNORE INTO event_entities (event, entity, role, sort_day) VALUES (?,?,?,?)"));
  for (const Event& e : a.events) {
    std::string first, last;
    EventDays(e, sort_day_, &first, &last);
    ev.Bind(1, id).Bind(2, e.date.empty() ? first : e.date).Bind(3, first).Bind(4, last);
    ev.BindOptional(5, e.date_rule).Bind(6, e.type.empty() ? std::string("other") : e.type);
    ev.BindOptional(7, e.person).BindOptional(8, e.organization).BindOptional(9, e.counterpart);
    ev.BindOptional(10, e.product).Bind(11, e.sentence);
    NEWS_RETURN_IF_ERROR(ev.Run());
    int64_t event_id = db_.LastInsertId();
    const std::pair<const char*, const std::string*> roles[] = {
        {"person", &e.person}, {"organization", &e.organization}, {"counterpart", &e.counterpart},
        {"product", &e.product}};
    for (const auto& [role, name] : roles) {
      if (name->empty()) continue;
      auto it = by_name.find(MatchKey(*name));
      if (it == by_name.end()) continue;
      link.Bind(1, event_id).Bind(2, it->second).Bind(3, EventRoleCode(role)).Bind(4, first);
      NEWS_RETURN_IF_ERROR(link.Run());
    }
  }
  return Status::Ok();
}

}  // namespace news
