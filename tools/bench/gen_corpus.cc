// gen_corpus: writes N synthetic news articles for the store benchmark —
// a mix of zh-Hant, zh-Hans and English, 1–4 KB each, dated across two
// years, built from sentence templates whose slots are filled with entity
// names from lexicons/entities/*.tsv (or a small built-in list when the
// lexicons are absent), with departures, hires, launches, funding and
// reorganisations. Deterministic for a given seed.
//
//   gen_corpus N OUTDIR [--seed S] [--lexicons DIR] [--start YYYY-MM-DD]
//
// Files go to OUTDIR/NNN/NNNNNNN.txt (1000 per folder) in the corpus .txt
// format (Title:, Date:, blank line, body).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "common/dates.h"

namespace fs = std::filesystem;
using news::Day;

namespace {

struct Names {
  std::vector<std::string> org, person, product;
};

// Built-in names (invented people; real company names used generically).
Names BuiltIn() {
  return {{"OpenAI", "Anthropic", "Google DeepMind", "Meta", "Microsoft", "Nvidia", "字节跳动", "阿里巴巴",
           "腾讯", "百度", "DeepSeek", "月之暗面", "智譜", "台積電", "Mistral AI", "xAI", "Apple", "Amazon"},
          {"陳昊宇", "林佳穎", "Jane Doe", "Marco Bellini", "王立群", "Sara Lind", "郭子涵", "Daniel Okafor",
           "韓靜怡", "Priya Raman", "張維德", "Tom Becker"},
          {"ChatGPT", "Claude", "Gemini", "Sora", "通义千问", "豆包", "Kimi", "文心一言", "Llama", "Grok"}};
}

// First four columns of the entity lexicons: id, type, canonical, aliases.
// Aliases in any script make the generated text exercise alias matching.
Names FromLexicons(const std::string& dir, std::mt19937& rng) {
  Names n;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(fs::path(dir) / "entities", ec)) return BuiltIn();
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "entities", ec)) {
    if (e.path().extension() != ".tsv") continue;
    std::ifstream in(e.path());
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      if (header) { header = false; continue; }
      std::vector<std::string> col;
      std::stringstream ss(line);
      std::string f;
      while (std::getline(ss, f, '\t')) col.push_back(f);
      if (col.size() < 3) continue;
      std::vector<std::string> forms = {col[2]};
      if (col.size() > 3) {
        std::stringstream as(col[3]);
        while (std::getline(as, f, '|')) if (!f.empty()) forms.push_back(f);
      }
      const std::string& name = forms[rng() % forms.size()];
      if (col[1] == "ORG") n.org.push_back(name);
      else if (col[1] == "PERSON") n.person.push_back(name);
      else if (col[1] == "PRODUCT") n.product.push_back(name);
    }
  }
  Names b = BuiltIn();
  if (n.org.size() < 4) n.org = b.org;
  if (n.person.size() < 4) n.person = b.person;
  if (n.product.size() < 4) n.product = b.product;
  return n;
}

struct Templates {
  std::vector<std::string> titles, events, filler;
  std::string sep;  // between sentences
  std::vector<std::string> lead;  // optional openings that vary the filler
  // Composed sentences: subject + verb + object + tail, for variety.
  std::vector<std::string> verbs = {}, objects = {}, tails = {};
};

void AddComposition(std::map<std::string, Templates>& t) {
  t["zh-Hant"].verbs = {"計畫擴大", "正在評估", "決定縮減", "重新調整", "加速推進", "暫停了", "公開了", "低調測試",
                        "大幅提高", "持續投入"};
  t["zh-Hant"].objects = {"推理模型的研究", "企業版的定價", "資料中心的建設", "開源社群的合作", "海外市場的布局",
                          "晶片採購的預算", "安全評估的流程", "多模態產品線", "研究人員的招募", "長期基礎研究"};
  t["zh-Hant"].tails = {"，預計明年完成。", "，引起業界關注。", "，內部意見分歧。", "，投資人反應不一。",
                        "，細節尚未公布。", "，規模約{N}人。", "，時間點在{M}月。", "，外界仍在觀望。"};
  t["zh-Hans"].verbs = {"计划扩大", "正在评估", "决定缩减", "重新调整", "加速推进", "暂停了", "公开了", "低调测试",
                        "大幅提高", "持续投入"};
  t["zh-Hans"].objects = {"推理模型的研究", "企业版的定价", "数据中心的建设", "开源社区的合作", "海外市场的布局",
                          "芯片采购的预算", "安全评估的流程", "多模态产品线", "研究人员的招聘", "长期基础研究"};
  t["zh-Hans"].tails = {"，预计明年完成。", "，引起业界关注。", "，内部意见分歧。", "，投资人反应不一。",
                        "，细节尚未公布。", "，规模约{N}人。", "，时间点在{M}月。", "，外界仍在观望。"};
  t["en"].verbs = {"plans to expand", "is evaluating", "decided to cut", "is reworking", "is speeding up", "paused",
                   "unveiled", "is quietly testing", "sharply raised", "keeps investing in"};
  t["en"].objects = {"its reasoning research", "enterprise pricing", "data centre construction",
                     "open-source partnerships", "its overseas expansion", "the chip budget", "safety reviews",
                     "its multimodal product line", "researcher hiring", "long-term basic research"};
  t["en"].tails = {", with completion expected next year.", ", drawing attention across the industry.",
                   ", though staff are divided.", ", and investors reacted unevenly.", ", without giving details.",
                   ", involving about {N} people.", ", starting in month {M}.", ", while rivals wait and see."};
}

// {O} {O2} organisations, {P} person, {R} product, {N} a number, {M} a month.
std::map<std::string, Templates> AllTemplates() {
  std::map<std::string, Templates> t;
  t["zh-Hant"] = {
      {"{O}研究主管{P}離職 轉戰{O2}", "{O}發布{R}新版本 主打企業市場", "{O}完成新一輪融資 估值再創新高",
       "{O}重組研究部門 多個團隊併入產品線", "{O2}延攬{O}資深研究員{P}"},
      {"據知情人士透露，{O}研究主管{P}已於{M}月離職，並將加入{O2}。", "{O}本週宣布推出{R}，向付費用戶開放。",
       "{O}宣布完成{N}億美元新一輪融資，投資方包括多家主權基金。", "{O}表示將重組研究部門，部分長期研究計畫暫停。",
       "{O2}證實已延攬{O}前研究員{P}，負責推理研究團隊。"},
      {"多名研究人員擔心公司過度追求產品營收，長期研究的空間正在縮小。", "分析師認為，{O}的產品策略已經帶來明顯的營收成長。",
       "{O}的研究團隊在過去一年發表了{N}篇論文，但內部對研究方向仍有分歧。", "一位不願具名的員工說，團隊的算力預算被大幅削減。",
       "{R}的付費用戶在{M}月突破{N}萬，成長速度超出市場預期。", "業界人士指出，{O}與{O2}在人才上的競爭日趨激烈。",
       "公司發言人表示，研究與產品並不衝突，雙方會持續合作。", "外界關注{O}能否在推出新產品的同時維持基礎研究的投入。",
       "{P}過去主導多項開源專案，在學界享有很高的聲望。", "投資人對{O}的商業化進度表示樂觀，但也提醒成本壓力不小。",
       "市場研究機構估計，生成式AI的企業支出今年將成長{N}%。", "{O2}近期也加快了招募腳步，開出更高的薪酬與更自由的研究環境。"},
      "",
      {"{M}月{N}日，", "根據{O}內部文件，", "在{O2}的發表會上，", "{P}在社群網站上表示，", "消息傳出後，", "截至{M}月底，",
       "一位接近{O}的人士說，", "與去年同期相比，", "在{R}推出後，", "多家媒體報導，"}};
  t["zh-Hans"] = {
      {"{O}核心研究员{P}离职 加盟{O2}", "{O}发布{R}新模型 主打长程任务", "{O}完成新一轮融资 加码海外市场",
       "{O}调整组织架构 研究团队并入产品部门", "{O2}引入{O}前技术负责人{P}"},
      {"据多位知情人士透露，{O}核心研究员{P}已于{M}月离职，并加入{O2}。", "{O}今天正式发布{R}，面向所有开发者开放。",
       "{O}宣布完成{N}亿元新一轮融资，资金将用于算力和海外市场。", "{O}宣布调整组织架构，多个研究小组并入产品部门。",
       "{O2}确认已引入{O}前技术负责人{P}，负责基础模型研发。"},
      {"有研究员担心，公司把更多资源投向产品后，前沿研究会受到影响。", "分析人士认为，{O}的产品增长势头强劲，用户规模持续扩大。",
       "{O}的研究团队去年发表了{N}篇论文，在学术界保持较高的影响力。", "一位员工表示，团队的算力预算今年被明显压缩。",
       "{R}的日活跃用户在{M}月突破{N}万，增长速度超出预期。", "业内人士指出，{O}和{O2}在人才争夺上的竞争越来越激烈。",
       "公司回应称，研究和产品并不矛盾，双方会继续紧密合作。", "外界关注{O}能否在加快商业化的同时保持基础研究投入。",
       "{P}此前主导过多个开源项目，在研究社区颇有声望。", "投资人对{O}的商业化进展表示乐观，但也提醒推理成本压力不小。",
       "市场研究机构预计，今年企业在生成式AI上的支出将增长{N}%。", "{O2}近期也加快了招聘节奏，开出更高的薪酬和更宽松的研究环境。"},
      "",
      {"{M}月{N}日，", "根据{O}内部邮件，", "在{O2}的发布会上，", "{P}在社交媒体上表示，", "消息传出后，", "截至{M}月底，",
       "一位接近{O}的人士说，", "与去年同期相比，", "在{R}上线后，", "多家媒体报道，"}};
  t["en"] = {
      {"{P} leaves {O} for {O2}", "{O} launches a new version of {R}", "{O} raises a new funding round",
       "{O} folds research teams into its product group", "{O2} hires {O} researcher {P}"},
      {"{P}, who led research at {O}, left the company in month {M} and is joining {O2}.",
       "{O} launched {R} this week for paying customers and developers.",
       "{O} said it had raised {N} billion dollars in a round led by sovereign funds.",
       "{O} is reorganizing its research division and pausing several long-term projects.",
       "{O2} confirmed that it hired former {O} researcher {P} to lead its reasoning team."},
      {"Several researchers worry that the push for product revenue leaves less room for long-term research.",
       "Analysts say the product strategy at {O} has already lifted revenue growth.",
       "The research team at {O} published {N} papers last year, but disagreements about direction remain.",
       "One employee said the compute budget for exploratory work had been cut sharply.",
       "Paid users of {R} passed {N} thousand in month {M}, faster than the market expected.",
       "People in the industry say the competition between {O} and {O2} for talent keeps getting fiercer.",
       "A spokesperson said research and product are not in conflict and the teams will keep working together.",
       "Observers want to know whether {O} can keep funding basic research while it ships new products.",
       "{P} previously led several open-source projects and is well regarded among academics.",
       "Investors are upbeat about the commercial progress at {O} but warn that inference costs are rising.",
       "A market research firm expects enterprise spending on generative AI to grow {N} percent this year.",
       "{O2} has also stepped up hiring, offering higher pay and more freedom for researchers."},
      " ",
      {"On {M}/{N}, ", "According to an internal memo at {O}, ", "At an event hosted by {O2}, ", "Writing online, {P} said that ",
       "After the news broke, ", "By the end of month {M}, ", "A person close to {O} said that ", "Compared with a year ago, ",
       "Since {R} launched, ", "As several outlets reported, "}};
  AddComposition(t);
  return t;
}

class Generator {
 public:
  Generator(Names names, unsigned seed) : names_(std::move(names)), rng_(seed), templates_(AllTemplates()) {}

  std::string Article(const Day& day) {
    static const char* kLangs[] = {"zh-Hant", "zh-Hans", "en"};
    const Templates& t = templates_.at(kLangs[rng_() % 3]);
    Slots();
    size_t kind = rng_() % t.events.size();
    std::string title = Fill(t.titles[kind]);
    std::string body = Fill(t.events[kind]);
    size_t target = 1000 + rng_() % 3000;  // bytes
    while (body.size() < target) {
      std::string paragraph;
      for (int i = 0, n = 2 + rng_() % 4; i < n; ++i) {
        if (!paragraph.empty()) paragraph += t.sep;
        if (rng_() % 2 == 0) Slots();  // articles mention more than one pair
        std::string composed;
        if (rng_() % 2 == 0) {
          composed = "{O}" + std::string(t.sep.empty() ? "" : " ") + t.verbs[rng_() % t.verbs.size()] + t.sep +
                     t.objects[rng_() % t.objects.size()] + t.tails[rng_() % t.tails.size()];
        }
        const std::string& tpl = composed.empty() ? t.filler[rng_() % t.filler.size()] : composed;
        std::string sentence = Fill(tpl);
        if (rng_() % 3 != 0) {
          std::string lead = Fill(t.lead[rng_() % t.lead.size()]);
          // An English sentence that starts with a word (not a name) is lowercased after the lead.
          if (!t.sep.empty() && tpl[0] >= 'A' && tpl[0] <= 'Z')
            sentence[0] = static_cast<char>(sentence[0] - 'A' + 'a');
          sentence = lead + sentence;
        }
        paragraph += sentence;
      }
      body += "\n" + paragraph;
    }
    return "Title: " + title + "\nDate: " + news::FormatDay(day) + "\n\n" + body + "\n";
  }

 private:
  const std::string& Pick(const std::vector<std::string>& v) { return v[rng_() % v.size()]; }

  void Slots() {
    org_ = Pick(names_.org);
    do org2_ = Pick(names_.org); while (org2_ == org_ && names_.org.size() > 1);
    person_ = Pick(names_.person);
    product_ = Pick(names_.product);
  }

  std::string Fill(const std::string& tpl) {
    std::string out;
    for (size_t i = 0; i < tpl.size(); ++i) {
      if (tpl[i] != '{') { out += tpl[i]; continue; }
      size_t close = tpl.find('}', i);
      std::string key = tpl.substr(i + 1, close - i - 1);
      if (key == "O") out += org_;
      else if (key == "O2") out += org2_;
      else if (key == "P") out += person_;
      else if (key == "R") out += product_;
      else if (key == "N") out += std::to_string(2 + rng_() % 998);
      else if (key == "M") out += std::to_string(1 + rng_() % 12);
      i = close;
    }
    return out;
  }

  Names names_;
  std::mt19937 rng_;
  std::map<std::string, Templates> templates_;
  std::string org_, org2_, person_, product_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: gen_corpus N OUTDIR [--seed S] [--lexicons DIR] [--start YYYY-MM-DD]\n";
    return 2;
  }
  long n = std::atol(argv[1]);
  fs::path out = argv[2];
  unsigned seed = 42;
  std::string lexicons = NEWSMINER_LEXICON_DIR;
  Day start{2025, 1, 1};
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--seed") seed = static_cast<unsigned>(std::atol(argv[i + 1]));
    else if (a == "--lexicons") lexicons = argv[i + 1];
    else if (a == "--start" && news::ParseIsoDay(argv[i + 1])) start = *news::ParseIsoDay(argv[i + 1]);
  }
  std::mt19937 rng(seed);
  Generator gen(FromLexicons(lexicons, rng), seed + 1);
  long long bytes = 0;
  for (long i = 0; i < n; ++i) {
    fs::path dir = out / std::to_string(i / 1000);
    if (i % 1000 == 0) fs::create_directories(dir);
    std::string text = gen.Article(news::AddDays(start, static_cast<long>(rng() % 730)));
    char name[32];
    std::snprintf(name, sizeof name, "%07ld.txt", i);
    std::ofstream(dir / name, std::ios::binary) << text;
    bytes += static_cast<long long>(text.size());
  }
  std::cout << "wrote " << n << " articles, " << bytes / 1000000.0 << " MB, to " << out.string() << '\n';
  return 0;
}
