#include "store/entity_rollups.h"

#include "store/sqlite_db.h"

namespace news {

void EntityRollups::Sum::Add(const Sum& o) {
  articles += o.articles;
  mentions += o.mentions;
  research_sum += o.research_sum;
  research_n += o.research_n;
  product_sum += o.product_sum;
  product_n += o.product_n;
  if (!o.first.empty() && (first.empty() || o.first < first)) first = o.first;
  if (!o.last.empty() && (last.empty() || o.last > last)) last = o.last;
}

void EntityRollups::Add(int64_t entity, const std::string& week, const std::string& sort_day, const RollupRow& row) {
  Sum s;
  s.articles = 1;
  s.mentions = row.mentions;
  s.research_sum = row.research * row.research_n;
  s.research_n = row.research_n;
  s.product_sum = row.product * row.product_n;
  s.product_n = row.product_n;
  if (sort_day != "~") s.first = s.last = sort_day;
  totals_[entity].Add(s);
  if (!week.empty()) weeks_[{week, entity}].Add(s);
}

void EntityRollups::Merge(const EntityRollups& other) {
  for (const auto& [entity, s] : other.totals_) totals_[entity].Add(s);
  for (const auto& [key, s] : other.weeks_) weeks_[key].Add(s);
}

Status EntityRollups::Write(Db& db) const {
  NEWS_ASSIGN_OR_RETURN(Statement total, db.Prepare(
      "INSERT INTO entity_totals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (entity) DO UPDATE SET "
      "articles = articles + excluded.articles, mentions = mentions + excluded.mentions, "
      "first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)), "
      "last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen)), "
      "research_sum = research_sum + excluded.research_sum, research_n = research_n + excluded.research_n, "
      "product_sum = product_sum + excluded.product_sum, product_n = product_n + excluded.product_n"));
  for (const auto& [entity, s] : totals_) {
    total.Bind(1, entity).Bind(2, s.articles).Bind(3, s.mentions).BindOptional(4, s.first).BindOptional(5, s.last);
    total.Bind(6, s.research_sum).Bind(7, s.research_n).Bind(8, s.product_sum).Bind(9, s.product_n);
    NEWS_RETURN_IF_ERROR(total.Run());
  }
  NEWS_ASSIGN_OR_RETURN(Statement week, db.Prepare(
      "INSERT INTO entity_week_totals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
      "ON CONFLICT (week, entity) DO UPDATE SET articles = articles + excluded.articles, "
      "mentions = mentions + excluded.mentions, first_seen = min(first_seen, excluded.first_seen), "
      "last_seen = max(last_seen, excluded.last_seen), research_sum = research_sum + excluded.research_sum, "
      "research_n = research_n + excluded.research_n, product_sum = product_sum + excluded.product_sum, "
      "product_n = product_n + excluded.product_n"));
  for (const auto& [key, s] : weeks_) {
    week.Bind(1, key.first).Bind(2, key.second).Bind(3, s.articles).Bind(4, s.mentions).Bind(5, s.first);
    week.Bind(6, s.last).Bind(7, s.research_sum).Bind(8, s.research_n).Bind(9, s.product_sum).Bind(10, s.product_n);
    NEWS_RETURN_IF_ERROR(week.Run());
  }
  return Status::Ok();
}

}  // namespace news
