#include "report/digest_markdown.h"

#include "report/digest_format.h"
#include "report/html_escape.h"
#include "report/sparkline.h"

namespace news {

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '~': case '#': case '!': case '&':
        out += '\\';
        out += c;
        break;
      case '\n': case '\r': case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

std::string LinkUrl(const std::string& url) {
  std::string out;
  for (char c : url) {
    if (c == '(') out += "%28";
    else if (c == ')') out += "%29";
    else out += c;
  }
  return out;
}

// "[title](url) — source, 2026-02-10, English" (no link for files).
std::string LinkLine(const DigestLink& l) {
  std::string title = EscapeMarkdown(l.title.empty() ? "(untitled)" : l.title);
  std::string s = SafeHttpUrl(l.url) ? "[" + title + "](" + LinkUrl(l.url) + ")" : "*" + title + "*";
  s += " — " + EscapeMarkdown(l.source);
  if (!l.published.empty()) s += ", " + l.published;
  s += ", " + LanguageName(l.lang);
  return s;
}

std::string Join(const std::vector<std::string>& items, const std::string& sep, bool escape = true) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : sep) + (escape ? EscapeMarkdown(i) : i);
  return s;
}

std::string Header(const DigestHeader& h) {
  std::string s = "# " + DigestTitle(h) + "\n\n";
  s += "**" + FormatWeekDates(h.monday, h.sunday) + "** (ISO week, " + h.tz + ") · " + std::to_string(h.articles) +
       (h.articles == 1 ? " article" : " articles") + " from " + std::to_string(h.sources) +
       (h.sources == 1 ? " source" : " sources");
  std::vector<std::string> langs;
  for (const auto& [lang, n] : h.languages) langs.push_back(LanguageName(lang) + " " + std::to_string(n));
  if (!langs.empty()) s += " · " + Join(langs, ", ", false);
  s += "\n\n";
  if (h.previous.empty()) return s;
  s += "Against the four weeks before (a mean of " + FormatMean(h.previous_mean_articles) + " articles and " +
       FormatMean(h.previous_mean_sources) + " sources a week): articles " +
       FormatPercentChange(h.articles, h.previous_mean_articles) + ", sources " +
       FormatPercentChange(h.sources, h.previous_mean_sources) + ".\n\n";
  s += "| Week | Articles | Sources |\n|---|--:|--:|\n";
  for (const auto& w : h.previous) {
    s += "| " + w.week + " | " + std::to_string(w.articles) + " | " + std::to_string(w.sources) + " |\n";
  }
  s += "| **" + h.week + "** | **" + std::to_string(h.articles) + "** | **" + std::to_string(h.sources) + "** |\n\n";
  return s;
}

std::string Contents() {
  return "## Contents\n\n1. [Top stories](#top-stories)\n2. [Events of the week](#events-of-the-week)\n"
         "3. [Talent flow](#talent-flow)\n4. [Research vs product](#research-vs-product)\n"
         "5. [Entity movers](#entity-movers)\n\n";
}

std::string Stories(const std::vector<Story>& stories) {
  std::string s = "## Top stories\n\n";
  if (stories.empty()) return s + "No stories this week.\n\n";
  int rank = 0;
  for (const auto& st : stories) {
    s += "### " + std::to_string(++rank) + ". " + EscapeMarkdown(st.headline) + "\n\n";
    if (!st.summary.empty()) s += "> " + EscapeMarkdown(st.summary) + "\n\n";
    s += "*" + std::to_string(st.articles) + (st.articles == 1 ? " article" : " articles") + " from " +
         std::to_string(st.sources) + (st.sources == 1 ? " source" : " sources") + " in ";
    std::vector<std::string> langs;
    for (const auto& l : st.languages) langs.push_back(LanguageName(l));
    s += Join(langs, ", ", false);
    if (!st.event_type.empty()) s += " · " + TypeLabel(st.event_type);
    s += "*";
    if (!st.entities.empty()) s += "  \nEntities: " + Join(st.entities, ", ");
    s += "\n\n";
    for (const auto& l : st.links) s += "- " + LinkLine(l) + "\n";
    s += "\n";
  }
  return s;
}

std::string EventItems(const std::vector<DigestEvent>& events) {
  std::string s;
  for (const auto& e : events) {
    s += "- **" + e.date + "** · " + TypeLabel(e.type) + " · " + EscapeMarkdown(DescribeEvent(e)) + "  \n";
    if (!e.evidence.empty()) s += "  “" + EscapeMarkdown(e.evidence) + "”  \n";
    s += "  " + LinkLine(e.link);
    if (e.reports > 1) s += " (" + std::to_string(e.reports) + " reports)";
    s += "\n";
  }
  return s + "\n";
}

std::string Events(const std::vector<DigestEvent>& events, const std::vector<DigestEvent>& earlier) {
  std::string s = "## Events of the week\n\n";
  s += events.empty() ? "No dated events this week.\n\n" : EventItems(events);
  if (!earlier.empty()) s += "### Reported this week, dated earlier\n\n" + EventItems(earlier);
  return s;
}

std::string MovesTable(const std::vector<TalentMove>& moves) {
  if (moves.empty()) return "No moves with a known organisation.\n\n";
  std::string s = "| From | To | People | Who |\n|---|---|--:|---|\n";
  for (const auto& m : moves) {
    s += "| " + EscapeMarkdown(m.from) + " | " + EscapeMarkdown(m.to) + " | " + std::to_string(m.count) + " | " +
         Join(m.people, ", ") + " |\n";
  }
  return s + "\n";
}

std::string Talent(const TalentFlow& t) {
  return "## Talent flow\n\nDepartures and hires, from the organisation a person left to the one they joined "
         "(? = not reported).\n\n### This week\n\n" + MovesTable(t.week) + "### Last 12 weeks\n\n" +
         MovesTable(t.quarter);
}

std::string Tone(const std::vector<OrgTone>& tone) {
  std::string s = "## Research vs product\n\nTone about research culture and about product culture, from −1 "
                  "(negative) to +1 (positive), with the number of sentences behind each score; trends run over "
                  "12 weeks, oldest first (· = no data).\n\n";
  if (tone.empty()) return s + "No organisation had enough coverage this week.\n\n";
  s += "| Organisation | Research | Change | Product | Change | Research, 12 weeks | Product, 12 weeks |\n"
       "|---|--:|--:|--:|--:|---|---|\n";
  for (const auto& o : tone) {
    s += "| " + EscapeMarkdown(o.organization) + " | " + FormatTone(o.research) + " (" + std::to_string(o.research_n) +
         ") | " + FormatChange(o.research, o.research_prev) + " | " + FormatTone(o.product) + " (" +
         std::to_string(o.product_n) + ") | " + FormatChange(o.product, o.product_prev) + " | `" +
         Sparkline(o.research_trend) + "` | `" + Sparkline(o.product_trend) + "` |\n";
  }
  s += "\n### What moved the scores\n\n";
  for (const auto& o : tone) {
    if (o.movers.empty()) continue;
    s += "**" + EscapeMarkdown(o.organization) + "**\n\n";
    for (const auto& m : o.movers) {
      s += "- " + m.aspect + " " + FormatTone(m.score) + ": “" + EscapeMarkdown(m.text) + "” — " + LinkLine(m.link) +
           "\n";
    }
    s += "\n";
  }
  return s;
}

std::string MoverTable(const std::vector<EntityMover>& movers) {
  std::string s = "| Entity | Type | This week | Mean of 4 weeks before | Change |\n|---|---|--:|--:|--:|\n";
  for (const auto& m : movers) {
    s += "| " + EscapeMarkdown(m.name) + " | " + m.type + " | " + std::to_string(m.mentions) + " | " +
         FormatMean(m.previous) + " | " + (m.change > 0 ? "+" : m.change < 0 ? "−" : "") +
         FormatMean(m.change < 0 ? -m.change : m.change) + " |\n";
  }
  return s + "\n";
}

std::string Movers(const Digest& d) {
  std::string s = "## Entity movers\n\nMentions this week against the mean of the four weeks before.\n\n";
  s += "### Rising\n\n" + (d.rising.empty() ? std::string("No entity rose this week.\n\n") : MoverTable(d.rising));
  s += "### Falling\n\n" + (d.falling.empty() ? std::string("No entity fell this week.\n\n") : MoverTable(d.falling));
  s += "### First seen\n\n";
  if (d.first_seen.empty()) return s + "No entity appeared for the first time.\n\n";
  s += "| Entity | Type | Mentions | First article |\n|---|---|--:|---|\n";
  bool unknown = false;
  for (const auto& e : d.first_seen) {
    unknown |= !e.known;
    s += "| " + EscapeMarkdown(e.name) + (e.known ? "" : " †") + " | " + e.type + " | " + std::to_string(e.mentions) +
         " | " + LinkLine(e.first) + " |\n";
  }
  s += "\n";
  if (d.first_seen_total > static_cast<int>(d.first_seen.size())) {
    s += "… and " + std::to_string(d.first_seen_total - static_cast<int>(d.first_seen.size())) + " more.\n\n";
  }
  if (unknown) {
    s += "† Found by pattern and in no lexicon: review them with `newsminer lexicon suggest` and add the real "
         "ones to `lexicons/entities/`.\n\n";
  }
  return s;
}

}  // namespace

std::string RenderDigestMarkdown(const Digest& d) {
  if (d.empty) return "# " + DigestTitle(d.header) + "\n\n" + EmptyWeekText(d.header) + "\n";
  return Header(d.header) + Contents() + Stories(d.stories) + Events(d.events, d.earlier_events) + Talent(d.talent) + Tone(d.tone) +
         Movers(d) + "---\n\n*Generated by newsminer. Scores are from −1 to +1; summaries are sentences quoted "
         "from the articles.*\n";
}

}  // namespace news
