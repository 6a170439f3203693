/** The headline is never a paragraph of the story, even when a numbered title above it looks like a banner. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const bodyText = (a: ReturnType<typeof cleanArticle>) => a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');

describe('a numbered title over the first paragraph', () => {
  const first = '이번 회에서는 부산 기차역 지붕에서 이십 년째 벌을 키우는 김민수 씨를 만났습니다. 벌들은 왜 도시를 고르고, 도시에서 무엇이 벌들을 위협하고 있을까요?';
  const text = ['EP. 12 — 기차역 지붕 위의 벌들', '', '2025.06.12 · 진행 박서연', '', first, '', '김 씨는 도시에는 가로수 꽃이 많고 농약이 적어서 벌들이 오히려 잘 지낸다고 말했습니다.', ''].join('\n');
  const article = cleanArticle(text);
  it('takes the title line, not the two-sentence paragraph ending in a question', () => {
    expect(article.headline).toBe('EP. 12 — 기차역 지붕 위의 벌들');
  });
  it('keeps the paragraph in the body', () => {
    expect(bodyText(article)).toContain(first);
  });
});

describe('a "view in browser" line above the title', () => {
  const story = 'Die Gemeinde hat am Montag beschlossen, den alten Bahnhof bis zum Sommer zu einem Fahrradparkhaus umzubauen, wie der Bürgermeister mitteilte.';
  for (const [line, title] of [
    ['E-Mail im Browser ansehen', 'Fahrradparkhaus im Bahnhof'],
    ['Ver este correo en el navegador', 'Nuevo aparcamiento de bicis'],
    ['이 메일을 브라우저에서 보기', '자전거 주차장'],
  ]) {
    it(`sets aside "${line}" and takes the title after it`, () => {
      const article = cleanArticle([line, '', title, '', story, '', story.replace('Montag', 'Dienstag'), ''].join('\n'));
      expect(article.headline).toBe(title);
      expect(article.boilerplate.map((b) => b.text)).toContain(line);
    });
  }
});
