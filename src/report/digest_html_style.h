// The digest page's inline style sheet, kept apart from the markup code.
// Phone first (one column, tables scroll sideways), wider screens get a
// comfortable measure, print hides nothing and avoids splitting cards.
#pragma once

namespace news {

inline constexpr const char* kDigestCss = R"css(
:root{color-scheme:light;--ink:#1d232b;--muted:#5b6470;--line:#d8dde3;--accent:#1f5fa8;--warm:#b5541c}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.7rem;margin:.2rem 0 .4rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
a{color:var(--accent);overflow-wrap:anywhere}
.meta,.note{color:var(--muted);font-size:.9rem}
nav ol{columns:2;margin:.3rem 0;padding-left:1.4rem}
.scroll{overflow-x:auto;margin:.4rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.current td{font-weight:700}
.up{color:#1b7a3a}.down{color:#b3261e}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid var(--accent);background:#f3f6fa}
blockquote p{margin:0}
.story,.org{border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}
.story h3,.org h3{margin-top:.2rem}
ul.links,ol.events{padding-left:1.2rem}
ol.events li{margin:.5rem 0}
.tag{display:inline-block;padding:0 .4rem;border-radius:3px;background:#eef1f5;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
q{quotes:"“" "”"}
figure{margin:.5rem 0}
svg{display:block;width:100%;height:auto;max-width:640px}
svg.chart{max-width:420px}
.scores{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@media (max-width:40rem){body{font-size:15px;padding:.6rem}nav ol{columns:1}}
@media print{body{max-width:none;font-size:11pt}a{color:inherit}.story,.org,figure,tr{break-inside:avoid}h2{break-after:avoid}}
)css";

}  // namespace news
