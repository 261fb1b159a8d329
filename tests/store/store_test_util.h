// Builders for hand-made analyses, so store tests control every row.
#pragma once

#include <string>
#include <vector>

#include "model/analysis.h"

namespace news::testing {

// An analysis whose body is the sentences joined by nothing (Chinese) or a
// space (English); offsets are bytes as the pipeline produces them.
inline Analysis MakeAnalysis(const std::string& source, const std::string& title, const std::string& published,
                             const std::vector<std::string>& sentences, const std::string& sep = "") {
  Analysis a;
  a.doc.source = source;
  a.doc.title = title;
  a.doc.published = published;
  a.analyzer_version = "test+1";
  a.lang = "zh-Hant";
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i) a.doc.body += sep;
    Sentence s;
    s.index = static_cast<int>(i);
    s.begin = a.doc.body.size();
    a.doc.body += sentences[i];
    s.end = a.doc.body.size();
    s.tone.aspect = "none";
    a.sentences.push_back(s);
  }
  return a;
}

// Adds an entity with one mention of `surface` at its first occurrence.
inline EntityResult& AddEntity(Analysis& a, const std::string& id, const std::string& canonical,
                               const std::string& type, const std::string& surface) {
  EntityResult e;
  e.id = id;
  e.canonical = canonical;
  e.type = type;
  size_t at = a.doc.body.find(surface);
  if (at != std::string::npos) {
    Mention m;
    m.surface = surface;
    m.begin = at;
    m.end = at + surface.size();
    for (const Sentence& s : a.sentences)
      if (s.begin <= at && at < s.end) m.sentence = s.index;
    e.mentions.push_back(m);
  }
  a.entities.push_back(e);
  return a.entities.back();
}

}  // namespace news::testing
