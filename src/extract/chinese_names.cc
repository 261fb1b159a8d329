#include "extract/chinese_names.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "common/utf8.h"

namespace news {

namespace {

// Sets of code points and of two-character words, looked up by code point
// (decoded once per character) rather than by UTF-8 strings: this runs after
// every Chinese title and clause cue. Invalid bytes decode to U+FFFD, which
// no set holds, as no set held a lone invalid byte.
class CharacterSet {
 public:
  explicit CharacterSet(std::string_view chars) {
    for (size_t pos = 0; pos < chars.size();) set_.push_back(DecodeUtf8(chars, &pos));
    std::sort(set_.begin(), set_.end());
  }
  bool Has(char32_t c) const { return std::binary_search(set_.begin(), set_.end(), c); }

 private:
  std::vector<char32_t> set_;
};

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      size_t pos = 0;
      char32_t a = DecodeUtf8(w, &pos), b = pos < w.size() ? DecodeUtf8(w, &pos) : 0;
      if (pos == w.size() && b) set_.push_back(Key(a, b));  // two characters, as every word is
    }
    std::sort(set_.begin(), set_.end());
  }
  bool Has(char32_t a, char32_t b) const { return std::binary_search(set_.begin(), set_.end(), Key(a, b)); }

 private:
  static uint64_t Key(char32_t a, char32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }
  std::vector<uint64_t> set_;
};

// Common Chinese surnames, both scripts (single characters).
const CharacterSet& Surnames() {
  static const CharacterSet kSet = [] {
    std::string_view all =
        "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗高鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董袁潘"
        "蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付傅白鄒邹孟熊秦邱江尹薛閆闫段雷"
        "侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔湯汤溫温康施牛樊葛邢齊齐易喬乔伍龐庞顏颜倪莊庄聶聂章"
        "魯鲁岳翟殷詹申歐欧耿關关蘭兰焦俞左柳甘祝包寧宁尚符舒阮柯紀纪梅童凌畢毕季裴霍涂苗谷盛曲翁冉駱骆藍蓝游辛"
        "靳柴蒙鮑鲍華华喻祁蒲房滕屈饒饶牟艾尤陽阳穆農农司卓古吉繆缪簡简蘆芦麥麦褚婁娄竇窦戚岑景黨党宮宫"
        "費费卜冷晏席衛卫米柏宗瞿桂佟臧閔闵苟鄔邬邊边卞姬仇欒栾隋刁沙榮荣巫寇桑郎甄叢丛仲虞敖鞏巩佘池查麻"
        "苑遲迟鄺邝方賴赖洪杭朴權权練练甯邰常儲储時时連连單单閻阎郁芮封邸丘冀闞阚車车晉晋";
    return CharacterSet(all);
  }();
  return kSet;
}

// Characters that follow a name rather than belong to it.
const CharacterSet& NameStops() {
  static const CharacterSet kSet = [] {
    std::string_view all =
        "已于於在表说說指透称稱也将將曾则則的和与與等是为為从從向对對加出离離告宣认認坦回接早日今昨本上下近此及跳转轉带帶负負"
        "担擔當当率拿主兼就被把所都还還并並再又才即便更亦正刚剛先后後之而或以因到去来來會会能要想說讲講談谈提強强發发稱称領领"
        "、，。：；！？（）「」『』“”‘’《》 ";
    return CharacterSet(all);
  }();
  return kSet;
}

// 艾琳娜·瓦斯奎茲表示 -> 艾琳娜·瓦斯奎茲: the part after the dot ends at
// the first character that follows names rather than belongs to them.
std::string CutTransliteration(std::string_view run, size_t dot) {
  size_t pos = dot + std::string_view("·").size(), last = pos;
  while (pos < run.size()) {
    size_t start = pos;
    if (NameStops().Has(DecodeUtf8(run, &pos)) && start > dot + 2 + 3) break;
    last = pos;
  }
  return last > dot + 2 ? std::string(run.substr(0, last)) : "";
}

// Two-character surnames (歐陽修, 司徒穎芝): the given name comes after both.
const WordSet& CompoundSurnames() {
  static const WordSet kSet = {
      "歐陽", "欧阳", "司徒", "司馬", "司马", "上官", "諸葛", "诸葛", "東方", "东方", "皇甫", "夏侯", "尉遲", "尉迟", "公孫", "公孙", "慕容", "令狐",
      "宇文", "長孫", "长孙", "端木", "西門", "西门", "南宮", "南宫", "澹臺", "澹台", "軒轅", "轩辕", "申屠", "万俟", "鍾離", "钟离", "獨孤", "独孤",
      "呼延", "闻人", "聞人", "赫連", "赫连", "第五", "左丘", "百里", "東郭", "东郭", "南門", "南门", "羊舌", "微生", "公羊", "梁丘", "太史", "仲孫",
      "仲孙", "叔孫", "叔孙", "拓跋", "宗政", "濮陽", "濮阳", "淳于", "單于", "单于", "太叔", "巫馬", "巫马", "公冶", "漆雕", "樂正", "乐正", "壤駟",
      "壤驷", "谷梁", "段干", "歸海", "归海", "鮮于", "鲜于", "閭丘", "闾丘", "司空", "亓官", "司寇", "子車", "子车", "顓孫", "颛孙", "公西", "宰父",
      "穀梁",
      // Taiwanese double surnames (two families joined)
      "張簡", "张简", "范姜", "張廖", "张廖"};
  return kSet;
}

// Characters of NameStops that are also common in given names (裴敬之,
// 周以寧, 李志強, 張正): kept in a name when the pair they open is no
// function word (之後, 以及, 正在) and, as the last character, when a
// boundary follows (a stop, a non-Han character, the end of the run).
bool IsWeakStop(char32_t c) {
  static const CharacterSet kSet("之以正強强發发領领");
  return kSet.Has(c);
}

// Two-character words that a weak-stop character opens, or that follow a
// name as a whole (博士, 先生, 當天): a name ends before them.
bool IsPostNameWord(char32_t a, char32_t b) {
  static const WordSet kSet = {
      "之後", "之后", "之前", "之間", "之间", "之一", "之下", "之中", "之際", "之际", "以及", "以來", "以来", "以後",
      "以后", "以前", "以上", "以下", "以為", "以为", "以外", "正在", "正式", "正是", "正將", "正将", "先後", "先后",
      "先前", "先生", "才能", "才是", "亦是", "亦將", "亦将", "發表", "发表", "發布", "发布", "發佈", "發出", "发出",
      "領導", "领导", "領銜", "领衔", "強調", "强调", "安排", "文章", "和他", "和她", "博士", "教授", "女士", "小姐",
      "團隊", "团队", "目前", "隨後", "随后", "現任", "现任", "現為", "现为", "確認", "确认", "證實", "证实", "預計",
      "预计", "計劃", "计划", "隨即", "随即", "同時", "同时", "仍然", "稍早", "當天", "当天", "當時", "当时", "獲得",
      "获得", "自己", "本人", "一起", "一同", "共同", "更早"};
  return kSet.Has(a, b);
}

// Given-name characters after the surname (one or two), each decided by
// what follows it: a name ends before a stop character or a word that
// follows names (博士, 當天); a weak stop stays as the first given character,
// or as the second when a boundary follows it.
size_t GivenNameLength(const char32_t* chars, size_t count, size_t from) {
  size_t n = 0;
  for (size_t i = from; i < count && n < 2; ++i, ++n) {
    bool last = i + 1 >= count;
    if (!last && IsPostNameWord(chars[i], chars[i + 1])) break;
    if (!NameStops().Has(chars[i])) continue;
    if (!IsWeakStop(chars[i])) break;
    if (n > 0 && !last && !NameStops().Has(chars[i + 1])) break;
  }
  return n;
}

}  // namespace

bool IsNameStopCharacter(std::string_view ch) {
  size_t pos = 0;
  char32_t c = ch.empty() ? 0 : DecodeUtf8(ch, &pos);
  return pos == ch.size() && pos > 0 && NameStops().Has(c);  // exactly one character
}

// Cuts a run of Han characters after a title down to a surname plus one or
// two given-name characters; empty when it does not look like a name.
std::string CutChineseName(std::string_view run) {
  if (size_t dot = run.find("·"); dot != std::string_view::npos) return CutTransliteration(run, dot);
  char32_t chars[5];
  size_t ends[5], count = 0, pos = 0;  // ends[i]: the byte after character i
  while (pos < run.size() && count < 5) {
    chars[count] = DecodeUtf8(run, &pos);
    ends[count++] = pos;
  }
  if (count < 2) return "";
  size_t surname = count >= 3 && CompoundSurnames().Has(chars[0], chars[1]) ? 2 : 1;
  if (surname == 1 && !Surnames().Has(chars[0])) return "";
  // Words that open with a surname character: 曾任 ("formerly"), 陸續 ("one
  // after another"), 向來, 于是, 周邊 ...
  static const WordSet kWords = {
      "曾任", "曾在", "曾經", "曾经", "曾是", "曾於", "曾于", "曾為", "曾为", "曾參", "曾参", "曾帶", "曾带", "曾負", "曾负",
      "曾主", "曾擔", "曾担", "陸續", "陆续", "向來", "向来", "于是", "於是", "周邊", "周边", "周年", "任職", "任职",
      "高層", "高层", "高管", "萬一", "万一", "江湖", "程式", "方面", "方式", "孔子", "黃金", "黄金", "金額", "金额", "安全",
      "常常", "常年", "常務", "常务", "常駐", "常驻", "時間", "时间", "時候", "时候", "連續", "连续", "單位", "单位",
      // organisations that open with a surname character (由董事會接任)
      "董事", "華為", "华为", "谷歌"};
  if (surname == 1 && kWords.Has(chars[0], chars[1])) return "";
  size_t given = GivenNameLength(chars, count, surname);
  if (given == 0) return "";
  return std::string(run.substr(0, ends[surname + given - 1]));
}

}  // namespace news
