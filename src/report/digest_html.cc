#include "report/digest_html.h"

#include "report/digest_format.h"
#include "report/digest_html_style.h"
#include "report/html_escape.h"
#include "report/svg_chart.h"
#include "report/talent_flow_svg.h"

namespace news {

namespace {

std::string E(const std::string& s) { return EscapeHtml(s); }

// lang="..." for Chinese text (the page itself is English); "" otherwise.
std::string LangAttr(const std::string& lang) {
  if (lang == "zh-Hant" || lang == "zh-Hans") return " lang=\"" + lang + "\"";
  return "";
}

std::string Link(const DigestLink& l) {
  std::string title = E(l.title.empty() ? "(untitled)" : l.title);
  std::string s = SafeHttpUrl(l.url) ? "<a href=\"" + E(l.url) + "\" rel=\"noopener noreferrer\"" + LangAttr(l.lang) +
                                           ">" + title + "</a>"
                                     : "<cite" + LangAttr(l.lang) + ">" + title + "</cite>";
  s += " <span class=\"meta\">— " + E(l.source);
  if (!l.published.empty()) s += ", " + l.published;
  return s + ", " + E(LanguageName(l.lang)) + "</span>";
}

std::string Td(const std::string& text, bool numeric = false) {
  return std::string(numeric ? "<td class=\"n\">" : "<td>") + text + "</td>";
}

std::string ChangeClass(const std::string& change) {
  if (change.rfind("+", 0) == 0) return "up";
  if (change.rfind("−", 0) == 0) return "down";
  return "";
}

std::string Header(const DigestHeader& h) {
  std::string s = "<header><h1>" + E(DigestTitle(h)) + "</h1><p class=\"meta\"><strong>" +
                  E(FormatWeekDates(h.monday, h.sunday)) + "</strong> (ISO week, " + E(h.tz) + ") · " +
                  std::to_string(h.articles) + (h.articles == 1 ? " article" : " articles") + " from " +
                  std::to_string(h.sources) + (h.sources == 1 ? " source" : " sources");
  std::string langs;
  for (const auto& [lang, n] : h.languages) langs += (langs.empty() ? "" : ", ") + E(LanguageName(lang)) + " " + std::to_string(n);
  if (!langs.empty()) s += " · " + langs;
  s += "</p>";
  if (h.previous.empty()) return s + "</header>";
  s += "<p>Against the four weeks before (a mean of " + FormatMean(h.previous_mean_articles) + " articles and " +
       FormatMean(h.previous_mean_sources) + " sources a week): articles <strong>" +
       FormatPercentChange(h.articles, h.previous_mean_articles) + "</strong>, sources <strong>" +
       FormatPercentChange(h.sources, h.previous_mean_sources) + "</strong>.</p>";
  s += "<div class=\"scroll\"><table><caption class=\"note\">Articles and sources per week</caption><thead><tr>"
       "<th scope=\"col\">Week</th><th scope=\"col\" class=\"n\">Articles</th><th scope=\"col\" class=\"n\">Sources</th>"
       "</tr></thead><tbody>";
  for (const auto& w : h.previous) {
    s += "<tr>" + Td(w.week) + Td(std::to_string(w.articles), true) + Td(std::to_string(w.sources), true) + "</tr>";
  }
  s += "<tr class=\"current\">" + Td(h.week) + Td(std::to_string(h.articles), true) +
       Td(std::to_string(h.sources), true) + "</tr></tbody></table></div>";
  return s + "</header>";
}

std::string Contents() {
  return "<nav aria-label=\"Contents\"><h2>Contents</h2><ol><li><a href=\"#top-stories\">Top stories</a></li>"
         "<li><a href=\"#events\">Events of the week</a></li><li><a href=\"#talent-flow\">Talent flow</a></li>"
         "<li><a href=\"#research-vs-product\">Research vs product</a></li>"
         "<li><a href=\"#entity-movers\">Entity movers</a></li></ol></nav>";
}

std::string StoryHtml(const Story& st, int rank) {
  std::string s = "<article class=\"story\"><h3>" + std::to_string(rank) + ". <span" + LangAttr(st.summary_link.lang) +
                  ">" + E(st.headline) + "</span></h3>";
  if (!st.summary.empty()) s += "<blockquote" + LangAttr(st.summary_lang) + "><p>" + E(st.summary) + "</p></blockquote>";
  std::string langs;
  for (const auto& l : st.languages) langs += (langs.empty() ? "" : ", ") + E(LanguageName(l));
  s += "<p class=\"meta\">" + std::to_string(st.articles) + (st.articles == 1 ? " article" : " articles") +
       " from " + std::to_string(st.sources) + (st.sources == 1 ? " source" : " sources") + " in " + langs;
  if (!st.event_type.empty()) s += " · <span class=\"tag\">" + E(TypeLabel(st.event_type)) + "</span>";
  if (!st.entities.empty()) {
    std::string names;
    for (const auto& e : st.entities) names += (names.empty() ? "" : ", ") + E(e);
    s += "<br>Entities: " + names;
  }
  s += "</p><ul class=\"links\">";
  for (const auto& l : st.links) s += "<li>" + Link(l) + "</li>";
  return s + "</ul></article>";
}

std::string Stories(const std::vector<Story>& stories) {
  std::string s = "<section id=\"top-stories\"><h2>Top stories</h2>";
  if (stories.empty()) s += "<p>No stories this week.</p>";
  int rank = 0;
  for (const auto& st : stories) s += StoryHtml(st, ++rank);
  return s + "</section>";
}

std::string EventList(const std::vector<DigestEvent>& events) {
  std::string s = "<ol class=\"events\">";
  for (const auto& e : events) {
    s += "<li><strong>" + E(e.date) + "</strong> <span class=\"tag\">" + E(TypeLabel(e.type)) + "</span> " +
         E(DescribeEvent(e));
    if (!e.evidence.empty()) s += "<br><q" + LangAttr(e.evidence_lang) + ">" + E(e.evidence) + "</q>";
    s += "<br>" + Link(e.link);
    if (e.reports > 1) s += " <span class=\"meta\">(" + std::to_string(e.reports) + " reports)</span>";
    s += "</li>";
  }
  return s + "</ol>";
}

std::string Events(const std::vector<DigestEvent>& events, const std::vector<DigestEvent>& earlier) {
  std::string s = "<section id=\"events\"><h2>Events of the week</h2>";
  s += events.empty() ? "<p>No dated events this week.</p>" : EventList(events);
  if (!earlier.empty()) s += "<h3>Reported this week, dated earlier</h3>" + EventList(earlier);
  return s + "</section>";
}

std::string MovesTable(const std::vector<TalentMove>& moves, const std::string& caption) {
  if (moves.empty()) return "<p>" + E(caption) + ": no moves with a known organisation.</p>";
  std::string s = "<div class=\"scroll\"><table><caption>" + E(caption) +
                  "</caption><thead><tr><th scope=\"col\">From</th><th scope=\"col\">To</th>"
                  "<th scope=\"col\" class=\"n\">People</th><th scope=\"col\">Who</th></tr></thead><tbody>";
  for (const auto& m : moves) {
    std::string people;
    for (const auto& p : m.people) people += (people.empty() ? "" : ", ") + E(p);
    s += "<tr>" + Td(E(m.from)) + Td(E(m.to)) + Td(std::to_string(m.count), true) + Td(people) + "</tr>";
  }
  return s + "</tbody></table></div>";
}

std::string Talent(const TalentFlow& t) {
  std::string s = "<section id=\"talent-flow\"><h2>Talent flow</h2><p class=\"note\">Departures and hires, from the "
                  "organisation a person left to the one they joined (? = not reported).</p>";
  s += MovesTable(t.week, "This week") + MovesTable(t.quarter, "Last 12 weeks");
  std::string svg = SvgTalentFlow(t.quarter, "Talent flow over the last 12 weeks");
  if (!svg.empty()) {
    s += "<figure>" + svg + "<figcaption class=\"note\">Talent flow over the last 12 weeks; band width is the number "
         "of people.</figcaption></figure>";
  }
  return s + "</section>";
}

std::string Score(const char* name, std::optional<double> now, std::optional<double> before, int n) {
  std::string change = FormatChange(now, before), cls = ChangeClass(change);
  return "<span>" + std::string(name) + " <strong>" + FormatTone(now) + "</strong> <span class=\"meta\">(" +
         std::to_string(n) + (n == 1 ? " sentence" : " sentences") + ")</span> change <span" +
         (cls.empty() ? "" : " class=\"" + cls + "\"") + ">" + change + "</span></span>";
}

std::string OrgHtml(const OrgTone& o) {
  std::string s = "<article class=\"org\"><h3>" + E(o.organization) + "</h3><p class=\"scores\">" +
                  Score("Research", o.research, o.research_prev, o.research_n) +
                  Score("Product", o.product, o.product_prev, o.product_n) + "</p>";
  s += "<figure>" +
       SvgLineChart(o.weeks,
                    {{"research", "#1f5fa8", false, o.research_trend}, {"product", "#b5541c", true, o.product_trend}},
                    {360, 140, -1, 1, o.organization + ": research and product tone, 12 weeks"}) +
       "</figure>";
  if (!o.movers.empty()) {
    s += "<p class=\"note\">What moved the scores:</p><ul class=\"links\">";
    for (const auto& m : o.movers) {
      s += "<li>" + E(m.aspect) + " <strong>" + FormatTone(m.score) + "</strong>: <q" + LangAttr(m.lang) + ">" +
           E(m.text) + "</q><br>" + Link(m.link) + "</li>";
    }
    s += "</ul>";
  }
  return s + "</article>";
}

std::string Tone(const std::vector<OrgTone>& tone) {
  std::string s = "<section id=\"research-vs-product\"><h2>Research vs product</h2><p class=\"note\">Tone about "
                  "research culture and about product culture, from −1 (negative) to +1 (positive), against last "
                  "week; charts run over 12 weeks (product dashed).</p>";
  if (tone.empty()) s += "<p>No organisation had enough coverage this week.</p>";
  for (const auto& o : tone) s += OrgHtml(o);
  return s + "</section>";
}

std::string MoverTable(const std::vector<EntityMover>& movers, const std::string& caption) {
  if (movers.empty()) return "<p>" + E(caption) + ": none this week.</p>";
  std::string s = "<div class=\"scroll\"><table><caption>" + E(caption) +
                  "</caption><thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Type</th>"
                  "<th scope=\"col\" class=\"n\">This week</th><th scope=\"col\" class=\"n\">Mean of 4 weeks before</th>"
                  "<th scope=\"col\" class=\"n\">Change</th></tr></thead><tbody>";
  for (const auto& m : movers) {
    std::string change = (m.change > 0 ? "+" : m.change < 0 ? "−" : "") + FormatMean(m.change < 0 ? -m.change : m.change);
    s += "<tr>" + Td(E(m.name)) + Td(E(m.type)) + Td(std::to_string(m.mentions), true) + Td(FormatMean(m.previous), true) +
         "<td class=\"n " + (m.change >= 0 ? "up" : "down") + "\">" + change + "</td></tr>";
  }
  return s + "</tbody></table></div>";
}

std::string FirstSeen(const std::vector<NewEntity>& entities, int total) {
  if (entities.empty()) return "<p>No entity appeared for the first time.</p>";
  std::string s = "<div class=\"scroll\"><table><caption>First seen this week</caption><thead><tr>"
                  "<th scope=\"col\">Entity</th><th scope=\"col\">Type</th><th scope=\"col\" class=\"n\">Mentions</th>"
                  "<th scope=\"col\">First article</th></tr></thead><tbody>";
  bool unknown = false;
  for (const auto& e : entities) {
    unknown |= !e.known;
    s += "<tr>" + Td(E(e.name) + (e.known ? "" : " †")) + Td(E(e.type)) + Td(std::to_string(e.mentions), true) +
         Td(Link(e.first)) + "</tr>";
  }
  s += "</tbody></table></div>";
  if (total > static_cast<int>(entities.size())) {
    s += "<p class=\"note\">… and " + std::to_string(total - static_cast<int>(entities.size())) + " more.</p>";
  }
  if (unknown) {
    s += "<p class=\"note\">† Found by pattern and in no lexicon: review them with <code>newsminer lexicon suggest</code> "
         "and add the real ones to <code>lexicons/entities/</code>.</p>";
  }
  return s;
}

std::string Movers(const Digest& d) {
  return "<section id=\"entity-movers\"><h2>Entity movers</h2><p class=\"note\">Mentions this week against the mean "
         "of the four weeks before.</p>" +
         MoverTable(d.rising, "Rising") + MoverTable(d.falling, "Falling") + "<h3>First seen</h3>" +
         FirstSeen(d.first_seen, d.first_seen_total) + "</section>";
}

std::string Page(const DigestHeader& h, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         E(DigestTitle(h)) + "</title>\n<style>" + kDigestCss + "</style>\n</head>\n<body>\n" + body +
         "\n</body>\n</html>\n";
}

}  // namespace

std::string RenderDigestHtml(const Digest& d) {
  if (d.empty) {
    return Page(d.header, "<header><h1>" + E(DigestTitle(d.header)) + "</h1></header><main><p>" +
                              E(EmptyWeekText(d.header)) + "</p></main>");
  }
  std::string body = Header(d.header) + "\n" + Contents() + "\n<main>\n" + Stories(d.stories) + "\n" +
                     Events(d.events, d.earlier_events) + "\n" + Talent(d.talent) + "\n" + Tone(d.tone) + "\n" + Movers(d) +
                     "\n</main>\n<footer><p>Generated by newsminer. Scores run from −1 to +1; summaries and evidence "
                     "are sentences quoted from the articles.</p></footer>";
  return Page(d.header, body);
}

}  // namespace news
