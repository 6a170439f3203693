// Bars told by form alone: labelled links to neighbouring posts, and two counts, around the story.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const story = [
  'Ferry service to the islands resumes after storm',
  'The county ferry returned to its full schedule on Tuesday after a week of cancellations caused by high winds and damage to the terminal at Port Ellis.',
  'Officials said the terminal repairs cost about $40,000 and were finished two days ahead of plan, allowing the first morning crossing to leave on time.',
];
const removed = (lines: string[]) => cleanArticle(lines.join('\n\n')).boilerplate.map((b) => [b.kind, b.text]);

describe('labelled bars', () => {
  it('removes previous/next links after the story, in any script', () => {
    const zh = '上一篇：2.9.4 安全更新说明 ｜ 下一篇：青梧开发者大会议程公布';
    const en = 'Previous: Harbour fees rise again | Next: Island bridge plan shelved';
    expect(removed([...story, zh])).toEqual([['navigation', zh]]);
    expect(removed([...story, en])).toEqual([['navigation', en]]);
  });

  it('keeps label-and-value lines that carry figures or names, and a fact box inside the story', () => {
    expect(removed([...story, 'Home: Arsenal | Away: Chelsea'])).toEqual([]);
    expect(removed([story[0], story[1], 'Where: Town hall on Main Street | When: Friday at noon', story[2]])).toEqual([]);
  });
});

describe('count bars', () => {
  it('removes two counts after the story but keeps a line of figures inside it', () => {
    expect(removed([...story, '좋아요 128 · 댓글 17'])).toEqual([['navigation', '좋아요 128 · 댓글 17']]);
    expect(removed([story[0], story[1], 'Goals 2 · Assists 1', story[2]])).toEqual([]);
  });
});

describe('marks and verbs in other word orders', () => {
  const ko = [
    '서울 빌딩 옥상 62곳에 벌통',
    '서울 도심 빌딩 옥상에서 꿀벌을 키우는 도시 양봉이 빠르게 늘고 있다. 서울시는 올해 옥상 62곳에 벌통을 설치했다고 밝혔다.',
    '지난해 22곳과 비교하면 세 배 가까이 늘어난 규모다. 올해 이들 벌통에서 수확한 꿀은 약 3.8t이다.',
    '◇ 내년 달라지는 점',
    '공원 밀원식물 확대',
    '양봉 교육 과정 신설',
  ];

  it('keeps a subheading set apart by a geometric mark after a paragraph', () => {
    expect(removed(ko)).toEqual([]);
  });

  it('removes a bar of reaction counts whose labels run to two words', () => {
    const bar = '좋아요 41 · 슬퍼요 0 · 화나요 2 · 후속기사 원해요 9';
    expect(removed([...ko.slice(0, 3), bar])).toEqual([['navigation', bar]]);
  });
});

describe('share bars in any script', () => {
  it('removes a labelled share bar naming networks in Devanagari or Arabic script', () => {
    const hi = 'इस ख़बर को शेयर करें: फ़ेसबुक | एक्स | व्हाट्सऐप';
    const ar = 'شارك النشرة: واتساب | تيليغرام | البريد الإلكتروني';
    expect(removed([...story, hi])).toEqual([['share', hi]]);
    expect(removed([...story, ar])).toEqual([['share', ar]]);
  });
});

describe('widgets and trailers told by form', () => {
  it('removes an ad label closed by a full stop with the advertiser, a typo widget and a desk’s initials', () => {
    const ad = 'Реклама. ООО «Уральская пекарня», ИНН 5902123456, erid: 2VtzqwH7Lp3';
    const typo = 'Нашли ошибку? Выделите фрагмент текста и нажмите Ctrl+Enter.';
    expect(removed([story[0], story[1], ad, story[2], typo, '(EHA) ZA/BÇ/SO'])).toEqual([
      ['ad', ad],
      ['other', typo],
      ['attribution', '(EHA) ZA/BÇ/SO'],
    ]);
  });

  it('keeps a story’s own shortcut and a closing "and/or"', () => {
    expect(removed([...story, 'If the terminal schedule page freezes, press Ctrl+R to reload the ferry timetable.'])).toEqual([]);
    expect(removed([...story, 'and/or'])).toEqual([]);
  });
});

describe('skip links', () => {
  it('removes a recipe page’s skip links, alone or in a bar, in any language', () => {
    const out = removed([story[0], 'Jump to Recipe · Print Recipe', story[1], 'Saltar a la receta', story[2]]);
    expect(out).toEqual([
      ['navigation', 'Jump to Recipe · Print Recipe'],
      ['navigation', 'Saltar a la receta'],
    ]);
  });
});

describe('labels in other dresses', () => {
  it('reads a Greek label in capitals without its accents, a label closed by a bar’s dot, and a pointer label in capitals', () => {
    const ad = 'Publicidad · Cazuelas de barro artesanas con envío gratis desde 39 €';
    const related = 'RELATED The beavers of the Forest of Dean, five years on';
    expect(removed([story[0], story[1], 'ΔΙΑΦΗΜΙΣΗ', ad, story[2], related])).toEqual([
      ['ad', 'ΔΙΑΦΗΜΙΣΗ'],
      ['ad', ad],
      ['promo', related],
    ]);
  });
});

describe('share buttons of a few words', () => {
  it('removes "Forward to a friend" and a two-button bar in Slovene', () => {
    expect(removed([...story, 'Forward to a friend', 'Posreduj naprej | Natisni'])).toEqual([
      ['share', 'Forward to a friend'],
      ['share', 'Posreduj naprej | Natisni'],
    ]);
  });
});

describe('lenticular brackets in the story', () => {
  it('keep a CJK subheading after a paragraph, and an ad label in them still goes', () => {
    const ja = [
      '里山の森を公園に、全国12地区を採択',
      '林野庁は2日、荒廃した里山の森林を住民が使える公園として整備する事業について、全国12地区を採択したと発表した。',
      '先行して整備が進んだ埼玉県の事例では、散策路の利用者が年間3万人を超えたという。',
      '【大臣コメント】',
      '高橋美咲森林環境大臣は、採択地区の決定にあたり「都市の近くにある森を、次の世代に手渡したい」と述べた。',
      '【広告】',
      '事業は来年4月から始まり、各地区には最大で5000万円が交付される予定だ。',
    ];
    expect(removed(ja)).toEqual([['ad', '【広告】']]);
  });
});

describe('buttons, links, captions and running heads told by form', () => {
  it('removes lone subscribe and follow buttons, a labelled link after the story, a captioned credit and a running head with its page', () => {
    const caption = 'Ellen Thwaite with regular reader Dorothy Metcalfe at the Cray stop. Photo: Kofi Mensah-Dunn';
    const head = 'Port Ellis Gazette · Thursday, 3 December 2026 · 15';
    const out = removed([head, story[0], story[1], 'Subscribe', caption, story[2], '+ Follow', 'Comments feed: https://example.org/ferry/feed/']);
    expect(out).toEqual([
      ['other', head],
      ['subscription', 'Subscribe'],
      ['other', caption],
      ['navigation', '+ Follow'],
      ['navigation', 'Comments feed: https://example.org/ferry/feed/'],
    ]);
  });

  it('keeps a byline that credits text and pictures, and a paragraph that ends on a source sentence', () => {
    const para = 'The harbour board will publish the full figures in March, and the council has promised a public meeting. Source: the harbour board minutes.';
    expect(removed([story[0], 'Text and photos: Aino Väisänen', story[1], para, story[2]])).toEqual([]);
  });
});
