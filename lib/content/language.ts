/**
 * The languages a story can be written in, and every string a reader sees around a story in each. The desk stays in
 * English; a story's page, its labels and its dates follow the story's language.
 */
export const storyLanguages = ["en", "ko"] as const;
export type Language = (typeof storyLanguages)[number];

export const DEFAULT_LANGUAGE: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (storyLanguages as readonly string[]).includes(value);
}

/** Hangul syllables (U+AC00..U+D7A3). */
export const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/g;
/** Korean when Hangul letters are at least half as many as Latin ones (a Korean text quotes English names). */
export function guessLanguage(text: string): Language {
  const hangul = text.match(HANGUL_SYLLABLE)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return hangul > 0 && hangul * 2 >= latin ? "ko" : "en";
}

/** The newsroom's main language: the first it publishes in (site settings). */
export function mainLanguage(settings: { languages: readonly string[] }): Language {
  const first = settings.languages[0];
  return isLanguage(first) ? first : DEFAULT_LANGUAGE;
}

/** The languages the desk offers for a story: the newsroom's, and the story's own if it is no longer one of them. */
export function offeredLanguages(settings: { languages: readonly string[] }, current?: string): Language[] {
  const offered = storyLanguages.filter((l) => settings.languages.includes(l) || l === current);
  return offered.length ? offered : [DEFAULT_LANGUAGE];
}

export type ReaderStrings = {
  /** The language's own name, as its readers write it. */
  name: string;
  /** The language's name in English, for the desk. */
  englishName: string;
  /** RSS and Open Graph locale. */
  locale: string;
  advertisement: string;
  relatedStories: string;
  tags: string;
  shareLinks: { share: string; copyLink: string; linkCopied: string; email: string; shareThis: string };
  published: string;
  updated: string;
  correction: string;
  update: string;
  aboutAuthor: string;
  aboutAuthors: string;
  aboutDesk: string;
  moreFrom: (name: string) => string;
  /** The byline around the names: English puts "By" first, Korean puts 기자 after each name. */
  byline: { before: string; afterEach: string; and: string };
  /** The link to this story's edition in this language, written in this language. */
  readIn: string;
  /** A live story's words around its updates. */
  live: {
    coverage: string;
    updates: string;
    ended: string;
    keyUpdates: string;
    keyUpdate: string;
    edited: string;
    none: string;
    list: string;
    arrived: (n: number) => string;
  };
  /** The language edition's front (/ko, /en): its kicker and title. */
  front: { kicker: string; title: string; description: string; feed: string };
  /** The site's own words on every reader page, in the newsroom's main language. */
  site: {
    skipToContent: string;
    sections: string;
    search: string;
    feed: string;
    sitemap: string;
    publishedWith: string;
    /** The breaking-news banner's label and region name, in the banner's own language. */
    breaking: string;
    breakingNews: string;
  };
};

export const readerStrings: Record<Language, ReaderStrings> = {
  en: {
    name: "English",
    englishName: "English",
    locale: "en_US",
    advertisement: "Advertisement",
    relatedStories: "Related stories",
    tags: "Tags",
    shareLinks: {
      share: "Share",
      copyLink: "Copy link",
      linkCopied: "Link copied",
      email: "Email",
      shareThis: "(share this story)",
    },
    published: "Published",
    updated: "Updated",
    correction: "Correction",
    update: "Update",
    aboutAuthor: "About the author",
    aboutAuthors: "About the authors",
    aboutDesk: "About the desk",
    moreFrom: (name) => `More from ${name}`,
    byline: { before: "By ", afterEach: "", and: " and " },
    readIn: "Read this story in English",
    live: {
      coverage: "Live coverage",
      updates: "Live updates",
      ended: "Coverage has ended.",
      keyUpdates: "Key updates",
      keyUpdate: "Key update",
      edited: "(edited)",
      none: "No updates yet. This page shows new ones as they are posted.",
      list: "Updates, newest first",
      arrived: (n) => (n === 1 ? "1 new update" : `${n} new updates`),
    },
    front: {
      kicker: "Edition",
      title: "In English",
      description: "Every story we publish in English, newest first.",
      feed: "RSS feed",
    },
    site: {
      skipToContent: "Skip to content",
      sections: "Sections",
      search: "Search",
      feed: "RSS feed",
      sitemap: "Sitemap",
      publishedWith: "Published with Masthead",
      breaking: "Breaking",
      breakingNews: "Breaking news",
    },
  },
  ko: {
    name: "한국어",
    englishName: "Korean",
    locale: "ko_KR",
    advertisement: "광고",
    relatedStories: "관련 기사",
    tags: "태그",
    shareLinks: {
      share: "공유",
      copyLink: "링크 복사",
      linkCopied: "링크가 복사되었습니다",
      email: "이메일",
      shareThis: "(기사 공유)",
    },
    published: "입력",
    updated: "수정",
    correction: "정정",
    update: "추가",
    aboutAuthor: "기자 소개",
    aboutAuthors: "기자 소개",
    aboutDesk: "소개",
    moreFrom: (name) => `${name}의 다른 기사`,
    byline: { before: "", afterEach: " 기자", and: ", " },
    readIn: "이 기사 한국어로 읽기",
    live: {
      coverage: "실시간 보도",
      updates: "실시간 업데이트",
      ended: "실시간 보도가 종료되었습니다.",
      keyUpdates: "주요 업데이트",
      keyUpdate: "주요",
      edited: "(수정됨)",
      none: "아직 업데이트가 없습니다. 새 소식이 올라오면 이 페이지에 표시됩니다.",
      list: "업데이트, 최신순",
      arrived: (n) => `새 업데이트 ${n}건`,
    },
    front: {
      kicker: "한국어판",
      title: "한국어 뉴스",
      description: "한국어로 쓴 모든 기사, 최신순.",
      feed: "RSS 피드",
    },
    site: {
      skipToContent: "본문 바로가기",
      sections: "섹션",
      search: "검색",
      feed: "RSS 피드",
      sitemap: "사이트맵",
      publishedWith: "Masthead로 발행",
      breaking: "속보",
      breakingNews: "속보",
    },
  },
};

export function stringsFor(language: string | null | undefined): ReaderStrings {
  return readerStrings[isLanguage(language) ? language : DEFAULT_LANGUAGE];
}
