"""Synthetic Korean news for the benchmark: articles in the push API's format, made from a vocabulary written for
this project (no publisher's text). Sentences are built from templates, section words, names, places and figures,
so that titles and bodies read like news, search has real words to find and hashtags have nouns to pick, while
two articles share too few character shingles to be taken for copies of each other."""

import random
from datetime import datetime, timedelta, timezone

KST = timezone(timedelta(hours=9))

# Fictional presses (code, name); none of them exists.
PRESSES = [
    ("garam-ilbo", "가람일보"), ("nuri-sinmun", "누리신문"), ("daon-economy", "다온경제"),
    ("raon-news", "라온뉴스"), ("maru-times", "마루타임스"), ("bada-broadcast", "바다방송"),
    ("saebyeok-ilbo", "새벽일보"), ("ara-sinmun", "아라신문"), ("jaram-economy", "자람경제"),
    ("haneul-news", "하늘뉴스"), ("pureun-maeil", "푸른매일"), ("onnuri-times", "온누리타임스"),
]

# The eight sections and words that belong to each.
SECTIONS = {
    "politics": ["국회", "여당", "야당", "개정안", "예산안", "청문회", "대변인", "원내대표", "지방선거", "공천", "특별법",
                 "국정감사", "정부조직법", "외교부", "통일부", "합의문", "본회의", "상임위원회", "여론조사", "개헌"],
    "economy": ["금리", "물가", "환율", "수출", "반도체", "기준금리", "코스피", "부동산", "전세", "가계부채", "일자리",
                "소비자물가", "무역수지", "영업이익", "상장", "배당", "원자재", "유가", "채권", "스타트업"],
    "society": ["경찰", "검찰", "법원", "재판", "교육청", "수능", "출산율", "돌봄", "교통사고", "폭우", "미세먼지",
                "복지관", "노동조합", "파업", "학교폭력", "실종", "소방서", "구조대", "주민센터", "청년주택"],
    "life": ["전시회", "공연", "축제", "여행", "맛집", "건강검진", "독감", "예방접종", "도서관", "박물관", "미술관",
             "캠핑", "한옥마을", "뮤지컬", "음악회", "요리", "반려동물", "걷기", "다이어트", "수면"],
    "it": ["인공지능", "AI", "5G", "반도체", "클라우드", "데이터센터", "스마트폰", "로봇", "자율주행", "배터리",
           "보안", "해킹", "플랫폼", "앱", "메타버스", "양자컴퓨터", "우주발사체", "위성", "소프트웨어", "R&D"],
    "world": ["유엔", "백악관", "유럽연합", "정상회담", "관세", "휴전", "난민", "대선", "국경", "외무장관", "제재",
              "기후협약", "동맹", "중앙은행", "총리", "대사관", "무역협정", "지진", "홍수", "산불"],
    "entertainment": ["드라마", "예능", "아이돌", "컴백", "음원", "시청률", "영화제", "개봉", "배우", "K-팝",
                      "월드투어", "팬미팅", "앨범", "뮤직비디오", "OST", "시상식", "웹툰", "오디션", "촬영", "주연"],
    "sports": ["프로야구", "축구", "국가대표", "감독", "결승전", "올림픽", "월드컵", "홈런", "골키퍼", "마라톤",
               "배구", "농구", "선발투수", "이적", "우승", "준결승", "신기록", "전지훈련", "코치", "개막전"],
}

COMMON = ["정부", "시민", "지역", "계획", "발표", "조사", "결과", "지원", "정책", "대책", "사업", "관계자", "전문가",
          "주민", "기업", "현장", "논의", "방안", "과제", "변화", "성과", "우려", "기대", "협력", "제도", "기준",
          "대상", "규모", "비용", "효과", "참여", "운영", "점검", "확대", "개선", "추진", "검토", "평가", "분석", "전망"]

PLACES = ["서울", "부산", "인천", "대구", "광주", "대전", "울산", "세종", "수원", "창원", "전주", "청주", "제주",
          "강릉", "포항", "춘천", "목포", "여수", "안동", "원주", "서울시", "경기도", "강원도", "충청북도", "전라남도"]

ORGS = ["시청", "도청", "위원회", "연구원", "협회", "재단", "공사", "연구소", "조합", "센터"]

SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송"]
GIVEN = ["민", "서", "지", "현", "준", "우", "하", "은", "도", "윤", "수", "영", "호", "진", "태", "연", "재", "희"]
TITLES = ["장관", "대표", "위원장", "교수", "연구위원", "시장", "의원", "사무총장", "이사장", "원장", "감독", "회장"]

SUBJECT_PARTICLE = {True: "은", False: "는"}
OBJECT_PARTICLE = {True: "을", False: "를"}

PREDICATES = ["밝혔다", "발표했다", "강조했다", "설명했다", "전했다", "예상했다", "지적했다", "내놓았다", "결정했다",
              "검토하고 있다", "추진하기로 했다", "마련하기로 했다", "확인했다", "공개했다", "제안했다"]
QUOTES_END = ["라고 말했다", "라고 밝혔다", "라고 덧붙였다", "라고 강조했다", "라고 설명했다"]
QUOTES = ["{a} 문제는 더 미룰 수 없는 과제", "{a}{p} 통해 {b}의 부담을 줄이겠다", "현장의 목소리를 듣고 {a}{p} 보완하겠다",
          "{a}에 대한 우려가 크지만 {b}의 효과도 분명하다", "내년에는 {a}{p} 두 배로 늘릴 계획",
          "{a}의 결과를 차분히 지켜봐야 한다", "{b}와 함께 {a}{p} 꼼꼼히 점검하겠다"]
SENTENCES = [
    "{place} {org}{s} {month}월 {day}일 {a}에 대한 {b} {c}{o} {pred}.",
    "{a} 관련 {b}{s} 지난해보다 {pct}% 늘어난 {num}{unit}으로 집계됐다.",
    "{person} {title}{s} 이날 {place}에서 열린 {a} 간담회에서 \"{quote}\"{qend}.",
    "업계에서는 {a}{o} 둘러싼 {b} 논의가 {c}{o} 거치며 속도를 낼 것으로 보고 있다.",
    "{place} 지역 {b}의 {pct}%가 {a}{o} 경험했다고 답했다.",
    "이번 {a}에는 모두 {num}{unit}의 {b} 예산이 들어갈 예정이다.",
    "{org} 측은 {a}의 {b}{o} 다음 달까지 {pred2}.",
    "전문가들은 {a}{s} 단기간에 끝날 문제가 아니라며 {b} {c}{o} 함께 살펴야 한다고 조언했다.",
    "{month}월 들어 {place}의 {a} 건수는 전달보다 {pct}% 줄었다.",
    "한편 {person} {title}{s} {a}{w} {b}{o} 잇는 {c} 방안을 {pred}.",
    "{b} 분야에서는 {a} 이후 {num}{unit} 규모의 새로운 {c} 수요가 생겼다.",
    "{place} 당국은 {a} 현장을 직접 찾아 {b} 실태를 {pred}.",
]
TITLE_FORMS = [
    "{place} {a} {b} {c} 본격 추진",
    "{a} {b} {pct}% 늘어… {c} 우려도",
    "{person} {title} \"{a}, {b}부터 바로잡겠다\"",
    "{a}·{b} 동시에 잡는다… {place} {c} 발표",
    "{month}월 {a} {num}{unit} 돌파, {b} 영향 주목",
    "{place} {org}, {a} 관련 {b} 대책 내놔",
    "[현장] {place} {a} 현장 가보니… {b} 변화 뚜렷",
    "{a} 논란 속 {b} {c} 논의 본격화",
]
TITLE_TAILS = ["{b} 영향 촉각", "{place} {c} 반응 엇갈려", "{person} {title} 직접 나서", "{c} 확대 전망",
               "{b} 논의도 속도", "{month}월 발표 예정"]
# How many of the sentences about an event use its own words (the rest are background)
EVENT_SHARE = 0.6
UNITS = ["억 원", "조 원", "만 명", "건", "곳", "개", "만 가구", "톤"]
COMMENT_FORMS = ["{a} 소식 잘 봤습니다", "{a} 문제는 꼭 해결됐으면 좋겠네요", "{b} 관련 후속 기사도 기대합니다",
                 "{place} 주민으로서 {a} 소식 반갑습니다", "{a}{w} {b} 모두 중요하다고 생각합니다"]


def _has_final(word):
    """Whether the last syllable has a final consonant (batchim), which picks the particle."""
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28 != 0
    return last.isdigit() and last in "013678" or last in "LMNR"


def _subject(word):
    return word + SUBJECT_PARTICLE[_has_final(word)]


class Writer:
    """Writes articles and comments from one seeded random source, so that a data set is the same every run."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def _words(self, section, event=None):
        """Words for one sentence; an event's own words (its names, place, figures) in most sentences about it."""
        r = self.random
        pool = SECTIONS[section]
        a, b = r.sample(pool, 2)
        words = {
            "a": a, "b": b, "c": r.choice(COMMON), "place": r.choice(PLACES), "org": r.choice(ORGS),
            "person": r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(GIVEN), "title": r.choice(TITLES),
            "month": r.randint(1, 12), "day": r.randint(1, 28), "pct": r.randint(2, 80),
            "num": r.randint(2, 900), "unit": r.choice(UNITS),
        }
        if event is not None and r.random() < EVENT_SHARE:
            words.update(event)
        return words

    def event(self, section):
        """What the versions of one event share."""
        return self._words(section)

    def _fill(self, form, words):
        r = self.random
        text = form
        if "{quote}" in text:
            quote = r.choice(QUOTES)
            text = text.replace("{quote}", quote).replace("{qend}", r.choice(QUOTES_END))
        # particles follow the word they attach to
        for key in ("a", "b", "c", "org", "title"):
            word = str(words[key])
            text = text.replace("{" + key + "}{s}", _subject(word))
            text = text.replace("{" + key + "}{o}", word + OBJECT_PARTICLE[_has_final(word)])
            text = text.replace("{" + key + "}{p}", word + OBJECT_PARTICLE[_has_final(word)])
            text = text.replace("{" + key + "}{w}", word + ("과" if _has_final(word) else "와"))
        text = text.replace("{pred}", r.choice(PREDICATES)).replace("{pred2}", r.choice(PREDICATES))
        return text.format(**words)

    def title(self, section, event=None):
        """20 to 50 characters: a headline, often with a second clause as Korean headlines have."""
        r = self.random
        title = self._fill(r.choice(TITLE_FORMS), dict(self._words(section), **(event or {})))
        for _ in range(r.randint(0, 2)):
            clause = self._fill(r.choice(TITLE_TAILS), self._words(section, event))
            if len(title) + len(clause) + 3 <= 50:
                title += " … " + clause
        while len(title) < 20:
            title += " " + self._fill("{place} {c} 관심", self._words(section))
        return title[:50].rstrip()

    def body(self, section, event=None):
        """Paragraphs of three to five sentences, 1,000 to 4,000 characters in all."""
        r = self.random
        target = r.randint(1000, 4000)
        paragraphs, length = [], 0
        while length < target:
            paragraph = " ".join(self._fill(r.choice(SENTENCES), self._words(section, event))
                                 for _ in range(r.randint(3, 5)))
            if length + len(paragraph) > 4000:
                break
            paragraphs.append(paragraph)
            length += len(paragraph) + 1
        while length < 1000:
            sentence = self._fill(r.choice(SENTENCES), self._words(section, event))
            paragraphs[-1] += " " + sentence
            length += len(sentence) + 1
        return "\n".join(paragraphs)

    def comment(self, section):
        return self._fill(self.random.choice(COMMENT_FORMS), self._words(section))

    def query(self):
        """A mixed Korean search: one or two section words, a place with a word, a quoted phrase, a Latin token."""
        r = self.random
        section = r.choice(list(SECTIONS))
        words = self._words(section)
        forms = ["{a}", "{a} {b}", "{place} {a}", "{a} {c}", "\"{a} 관련\"", "{place} {c} {b}", "{person}"]
        return r.choice(forms).format(**words)


def articles(count, seed, now):
    """count articles in the push format, oldest first, published over the seven days before now. They come in
    events, as news does: most stand alone, some are told by two to four presses, a few by five to twelve, all
    within six hours. The versions of an event share its names, place and figures, so that same-story grouping has
    real stories to find; unrelated articles of a section share only the section's common words."""
    writer = Writer(seed)
    r = writer.random
    sections = list(SECTIONS)
    span = timedelta(days=7)
    window = timedelta(hours=6)
    planned = []
    while len(planned) < count:
        roll = r.random()
        size = 1 if roll < 0.55 else r.randint(2, 4) if roll < 0.85 else r.randint(5, 12)
        section = sections[len(planned) % len(sections)]
        event = writer.event(section)
        start = now - span + (span - window) * r.random()
        first_press = r.randrange(len(PRESSES))
        for k in range(min(size, count - len(planned))):
            # five steps round twelve presses: every version of an event from another press
            planned.append((start + window * r.random(), section, event, PRESSES[(first_press + 5 * k) % len(PRESSES)]))
    planned.sort(key=lambda article: article[0])
    for n, (published, section, event, (code, name)) in enumerate(planned):
        reporter = r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(GIVEN)
        yield {
            "press": code,
            "external_id": f"bench-{seed}-{n}",
            "url": f"https://{code}.example.com/news/{seed}/{n}",
            "title": writer.title(section, event),
            "body_text": writer.body(section, event),
            "category": section,
            "reporter": {"name": reporter + " 기자", "email": f"reporter{n % 500}@{code}.example.com"},
            "published_at": published.astimezone(KST).replace(microsecond=0).isoformat(),
            "copyright": f"ⓒ {name}. 무단전재 및 재배포 금지",
        }


if __name__ == "__main__":
    # a look at what the generator writes: python3 bench/corpus.py
    for article in articles(2, 1, datetime.now(KST)):
        print(article["title"], len(article["title"]))
        print(article["body_text"][:400], len(article["body_text"]))
    w = Writer(2)
    print([w.query() for _ in range(8)])
    print(w.comment("it"))
