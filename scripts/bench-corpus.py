#!/usr/bin/env python3
"""Makes the corpus of scripts/bench-hugo.sh: N pages (N/2 announcements, each in Thai and English, ~600 words with
headings, a list, a table and two internal links) twice — in our content model (a copy of input/ with the extra
announcements) and as a Hugo site with an equivalent template (header, menu, footer, date, body, list pages).
Usage: bench-corpus.py PAGES INPUT_DIR OUT_DIR   (writes OUT_DIR/ours and OUT_DIR/hugo)"""
import os, random, shutil, sys, datetime

pages, source, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
count = pages // 2
rng = random.Random(42)
th_words = ("เทศบาล ประกาศ มาตรการ ความโปร่งใส คุณธรรม การจัดซื้อจัดจ้าง งบประมาณ ประชาชน ผู้รับผิดชอบ ร้องเรียน "
            "การทุจริต ประพฤติมิชอบ ตรวจสอบ ดำเนินการ รายงาน ผลการดำเนินงาน ส่วนราชการ เจ้าหน้าที่ ผู้บริหาร ข้อมูล").split()
en_words = ("municipality announcement measure transparency integrity procurement budget citizens responsible complaint "
            "corruption misconduct review carry report results division officer executive information").split()

def body(words, lang, i):
    lines = []
    for section in range(4):
        lines.append(f"## {'หัวข้อ' if lang == 'th' else 'Section'} {section + 1}\n")
        for _ in range(2):
            sentence = " ".join(rng.choice(words) for _ in range(60))
            lines.append(sentence + "\n")
        if section == 1:
            lines += [f"- {' '.join(rng.choice(words) for _ in range(6))}" for _ in range(4)] + [""]
        if section == 2:
            lines += ["| # | " + ("รายการ" if lang == "th" else "Item") + " | " + ("จำนวน" if lang == "th" else "Amount") + " |", "|---|---|---|"]
            lines += [f"| {r + 1} | {rng.choice(words)} | {rng.randint(1, 99999):,} |" for r in range(4)] + [""]
    prefix = "" if lang == "th" else "/en"
    for target in (i - 1, i + 1):
        if 0 <= target < count:
            lines.append(f"[{'ดูประกาศ' if lang == 'th' else 'See announcement'} {target}]({prefix}/announcements/bench-{target:05d}/)\n")
    return "\n".join(lines)

ours, hugo = os.path.join(out, "ours"), os.path.join(out, "hugo")
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(source, ours)
for d in ("content/announcements", "layouts/_default", "layouts/partials"):
    os.makedirs(os.path.join(hugo, d), exist_ok=True)

start = datetime.date(2021, 1, 1)
for i in range(count):
    date = start + datetime.timedelta(days=i % 365)
    for lang, words in (("th", th_words), ("en", en_words)):
        title = (f"ประกาศเทศบาลฉบับที่ {i}" if lang == "th" else f"Municipal announcement {i}")
        text = body(words, lang, i)
        with open(os.path.join(ours, "announcements", f"{date.isoformat()}-bench-{i:05d}.{lang}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: \"{title}\"\ndate: {date.isoformat()}\nkind: general\n---\n{text}")
        with open(os.path.join(hugo, "content/announcements", f"bench-{i:05d}.{lang}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: \"{title}\"\ndate: {date.isoformat()}\nslug: bench-{i:05d}\n---\n{text}")

with open(os.path.join(hugo, "hugo.toml"), "w") as f:
    f.write('''baseURL = "https://bench.example/"
defaultContentLanguage = "th"
disableKinds = ["taxonomy", "term"]
[languages.th]
  languageName = "ไทย"
  weight = 1
[languages.en]
  languageName = "English"
  weight = 2
[markup.goldmark.renderer]
  unsafe = false
''')
layouts = {
    "_default/baseof.html": '''<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ .Site.Title }}</title><meta name="description" content="{{ .Summary | plainify | truncate 160 }}"><link rel="stylesheet" href="/assets/site.css"></head>
<body><a class="skip-link" href="#main">Skip</a>{{ partial "header.html" . }}<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>{{ .Site.Title }}</p><a href="/report-corruption/">Report corruption</a></footer></body></html>''',
    "_default/single.html": '''{{ define "main" }}<article><p class="eyebrow">Announcement</p><h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ .Content }}
{{ range .Translations }}<p><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></p>{{ end }}</article>{{ end }}''',
    "_default/list.html": '''{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>{{ end }}''',
    "partials/header.html": '''<header><a href="/">{{ .Site.Title }}</a><nav><ul><li><a href="{{ "announcements/" | relLangURL }}">Announcements</a></li></ul></nav></header>''',
}
for name, text in layouts.items():
    with open(os.path.join(hugo, "layouts", name), "w", encoding="utf-8") as f:
        f.write(text)
print(f"corpus: {count * 2} pages in {ours} and {hugo}")
