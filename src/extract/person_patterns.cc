#include "extract/person_patterns.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

#include "common/utf8.h"

namespace news {

namespace {

// Latin personal name: two or three capitalised words (McAllister, Tomás,
// Jean-Luc). Group 1 of every pattern below is the name.
constexpr const char* kLatinName = R"((\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?){1,2}))";

constexpr const char* kEnTitles =
    R"((?:chief executive(?: officer)?|chief [a-z]+ officer|chief scientist|CEO|CTO|CFO|COO|CPO|co-?founder|founder|)"
    R"(president|vice president(?: of [a-z]+(?: [a-z]+)?)?|VP(?: of [a-z]+)?|head of [a-z]+(?: [a-z]+){0,2}|)"
    R"((?:research |staff |principal |senior |lead )*(?:scientist|researcher|engineer)|director(?: of [a-z]+(?: [a-z]+)?)?|)"
    R"(managing director|general manager|professor|chairman|chairwoman|hired|poached|recruited|appointed))";

constexpr const char* kEnApposition =
    R"((?:(?:a|an|the|its|their|his|her|former|then|now|longtime|veteran|senior|principal|staff|lead|research|)"
    R"(\p{Lu}[\w.&-]*(?:'s|’s)?)\s+){0,4})"
    R"((?:scientist|researcher|engineer|director|head|lead|leader|chief|president|vice|VP|founder|co-?founder|CEO|CTO|)"
    R"(manager|executive|professor|partner|fellow|veteran)\b)";

constexpr const char* kEnWho =
    R"(who\s+(?:had\s+|has\s+|previously\s+|until\s+recently\s+)?(?:led|leads|ran|runs|headed|heads|founded|co-founded|)"
    R"(oversaw|oversees|built|managed|moved|joined|left|worked|spent|helped|was|is|will)\b)";

constexpr const char* kZhTitles =
    R"((?:首席執行官|首席执行官|執行長|执行长|行政總裁|行政总裁|首席科學家|首席科学家|首席技術官|首席技术官|技術長|技术长|)"
    R"(首席研究員|首席研究员|研究副總裁|研究副总裁|副總裁|副总裁|總裁|总裁|聯合創始人|联合创始人|共同創辦人|共同创办人|)"
    R"(創辦人|创办人|創始人|创始人|負責人|负责人|研究主管|主管|總監|总监|總經理|总经理|董事長|董事长|研究員|研究员|)"
    R"(科學家|科学家|工程師|工程师|架構師|架构师|教授|合夥人|合伙人|院長|院长|主任|經理|经理|CEO|CTO|VP))";

// Each code point of `chars` as its own UTF-8 string.
std::set<std::string> CharacterSet(std::string_view chars) {
  std::set<std::string> s;
  size_t pos = 0;
  while (pos < chars.size()) {
    size_t start = pos;
    DecodeUtf8(chars, &pos);
    s.insert(std::string(chars.substr(start, pos - start)));
  }
  return s;
}

// Common Chinese surnames, both scripts (single characters).
const std::set<std::string>& Surnames() {
  static const std::set<std::string> kSet = [] {
    std::string_view all =
        "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗高鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董袁潘"
        "蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付傅白鄒邹孟熊秦邱江尹薛閆闫段雷"
        "侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔湯汤溫温康施牛樊葛邢齊齐易喬乔伍龐庞顏颜倪莊庄聶聂章"
        "魯鲁岳翟殷詹申歐欧耿關关蘭兰焦俞左柳甘祝包寧宁尚符舒阮柯紀纪梅童凌畢毕季裴霍涂苗谷盛曲翁冉駱骆藍蓝游辛"
        "靳柴蒙鮑鲍華华喻祁蒲房滕屈饒饶牟艾尤陽阳穆農农司卓古吉繆缪簡简蘆芦麥麦褚婁娄竇窦戚岑景黨党宮宫"
        "費费卜冷晏席衛卫米柏宗瞿桂佟臧閔闵苟鄔邬邊边卞姬仇欒栾隋刁沙榮荣巫寇桑郎甄叢丛仲虞敖鞏巩佘池查麻"
        "苑遲迟鄺邝";
    return CharacterSet(all);
  }();
  return kSet;
}

// Characters that follow a name rather than belong to it.
const std::set<std::string>& NameStops() {
  static const std::set<std::string> kSet = [] {
    std::string_view all =
        "已于於在表说說指透称稱也将將曾则則的和与與等是为為从從向对對加出离離告宣认認坦回接早日今昨本上下近此及跳转轉带帶负負"
        "担擔率拿主兼就被把所都还還并並再又才即便更亦正刚剛先后後之而或以因到去来來會会能要想說讲講談谈提強强發发稱称領领"
        "、，。：；！？（）「」『』“”‘’《》 ";
    return CharacterSet(all);
  }();
  return kSet;
}

struct Pattern {
  std::unique_ptr<RE2> re;
  bool chinese_name = false;  // group 1 is a run of Han characters to cut to a name
};

std::vector<Pattern> BuildPatterns() {
  std::vector<Pattern> p;
  auto add = [&p](const std::string& re, bool zh) {
    p.push_back({std::make_unique<RE2>(re), zh});
  };
  std::string latin = kLatinName;
  add(std::string(R"((?i:\b)") + kEnTitles + R"()\s+)" + latin, false);
  add(latin + R"(,\s+)" + kEnApposition, false);
  add(latin + R"(,\s+)" + kEnWho, false);
  // 負責人之一Nadia Petrova: "one of the heads"
  add(std::string(R"((?:前|原)?)") + kZhTitles + R"((?:之一)?\s*)" + latin, false);
  add(std::string(kZhTitles) + R"((?:之一)?\s*(\p{Han}{1,6}·\p{Han}{1,8}))", true);
  add(std::string(kZhTitles) + R"((?:之一)?\s*(\p{Han}{2,4}))", true);
  return p;
}

const std::vector<Pattern>& Patterns() {
  static const std::vector<Pattern> kPatterns = BuildPatterns();
  return kPatterns;
}

// 艾琳娜·瓦斯奎茲表示 -> 艾琳娜·瓦斯奎茲: the part after the dot ends at
// the first character that follows names rather than belongs to them.
std::string CutTransliteration(std::string_view run, size_t dot) {
  size_t pos = dot + std::string_view("·").size(), last = pos;
  while (pos < run.size()) {
    size_t start = pos;
    DecodeUtf8(run, &pos);
    std::string ch(run.substr(start, pos - start));
    if (NameStops().count(ch) && start > dot + 2 + 3) break;
    last = pos;
  }
  return last > dot + 2 ? std::string(run.substr(0, last)) : "";
}

// Cuts a run of Han characters after a title down to a surname plus one or
// two given-name characters; empty when it does not look like a name.
std::string CutChineseName(std::string_view run) {
  if (size_t dot = run.find("·"); dot != std::string_view::npos) return CutTransliteration(run, dot);
  std::vector<std::string> chars;
  size_t pos = 0;
  while (pos < run.size() && chars.size() < 4) {
    size_t start = pos;
    DecodeUtf8(run, &pos);
    chars.emplace_back(run.substr(start, pos - start));
  }
  if (chars.size() < 2 || !Surnames().count(chars[0])) return "";
  if (NameStops().count(chars[1])) return "";
  std::string name = chars[0] + chars[1];
  if (chars.size() >= 3 && !NameStops().count(chars[2])) name += chars[2];
  return name;
}

bool ValidLatinName(std::string_view name) {
  size_t pos = 0;
  while (pos < name.size()) {
    size_t sp = name.find(' ', pos);
    std::string_view word = name.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
    if (IsNameStopWord(word)) return false;
    if (sp == std::string_view::npos) break;
    pos = sp + 1;
  }
  return true;
}

}  // namespace

bool IsNameStopWord(std::string_view word) {
  static const std::set<std::string, std::less<>> kStop = {
      "The", "A", "An", "And", "But", "Or", "In", "On", "At", "For", "With", "From", "To", "Of", "By", "As", "It", "Its",
      "He", "She", "They", "We", "His", "Her", "Their", "This", "That", "These", "Those", "Chief", "Executive", "Officer",
      "President", "Vice", "Head", "Director", "Research", "Researcher", "Scientist", "Engineer", "Senior", "Principal",
      "Staff", "Lead", "Former", "New", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "AI", "Inc", "Corp", "Group", "Labs", "Lab", "Team", "University", "Institute", "Company", "Google",
      "Meta", "Microsoft", "Apple", "Amazon", "Nvidia", "OpenAI", "Anthropic", "DeepMind", "Research", "Team", "Sora",
      "ChatGPT", "Gemini", "Claude", "Grok", "Llama", "Qwen", "Foundation", "Models", "Model", "Product", "Products",
      "Superintelligence", "Intelligence", "Cloud", "Web", "Services", "Seed", "Silicon", "Valley", "Beijing", "Shanghai",
      "Taipei", "London", "Paris", "San", "Francisco", "New", "York", "Chinese", "American", "European", "Officials",
      "People", "Analysts", "Others", "Some", "Many", "Several", "Two", "Three", "Both", "Most", "After", "Before",
      "When", "While", "Since", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Asked", "According"};
  return kStop.count(word) > 0;
}

std::vector<TitledName> FindTitledPeople(std::string_view sentence) {
  std::vector<TitledName> out;
  re2::StringPiece text(sentence.data(), sentence.size());
  for (const Pattern& p : Patterns()) {
    re2::StringPiece groups[2];
    size_t pos = 0;
    while (pos < sentence.size() && p.re->Match(text, pos, sentence.size(), RE2::UNANCHORED, groups, 2)) {
      size_t match_end = groups[0].data() - sentence.data() + groups[0].size();
      pos = match_end > pos ? match_end : pos + 1;
      if (!groups[1].data()) continue;
      size_t begin = groups[1].data() - sentence.data();
      if (begin > 0 && std::isalpha(static_cast<unsigned char>(sentence[begin - 1]))) continue;  // mid-word
      std::string name = p.chinese_name ? CutChineseName(std::string_view(groups[1].data(), groups[1].size()))
                                        : std::string(groups[1].data(), groups[1].size());
      if (name.empty() || (!p.chinese_name && !ValidLatinName(name))) continue;
      size_t end = begin + name.size();
      bool dup = std::any_of(out.begin(), out.end(), [&](const TitledName& t) { return t.begin < end && begin < t.end; });
      if (!dup) out.push_back({begin, end, std::move(name)});
    }
  }
  return out;
}

}  // namespace news
