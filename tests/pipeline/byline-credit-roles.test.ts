// Credits read from forms, not from one example string: role credits (reporter, producer), origin
// formulas with the outlet inside, zones named in words, eras and other calendars, user names,
// an outlet before a led author, a post at an organisation, and an agency's initials spelt out.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';
import { parseBylineLine } from '../../src/pipeline/byline/line.js';
import { parseDate, setDateLanguage } from '../../src/pipeline/byline/date.js';
import { outletFromTemplate, producerFromCredit, reportersFromCredit } from '../../src/pipeline/byline/credit-roles.js';

const byline = (lines: string[]) => cleanArticle(lines.join('\n\n')).byline;

describe('role credits', () => {
  it('takes reporters, not editors, from wire credits in several languages', () => {
    expect(reportersFromCredit('(Reportage Camille Ferrand-Loup ; édité par Anne Morel)')).toEqual(['Camille Ferrand-Loup']);
    expect(reportersFromCredit('(Репортаж: Олег Сомов; редактор: Ирина Лаптева)')).toEqual(['Олег Сомов']);
    expect(reportersFromCredit('(Reporting by Tom Ashby and Nia Cole; Editing by Jo Park)')).toEqual(['Tom Ashby', 'Nia Cole']);
    expect(reportersFromCredit('(Editing by Jo Park)')).toEqual([]);
  });

  it('takes a producing body as the outlet, never a person', () => {
    expect(producerFromCredit('제작 바닷가 라디오 · 편집 김하늘 · 음악 소리공방')).toBe('바닷가 라디오');
    expect(producerFromCredit('A production of Tidewater Audio')).toBe('Tidewater Audio');
    expect(producerFromCredit('Produced by Jane Marlow')).toBeNull();
  });

  it('reads the outlet inside an origin formula, whichever side of the verb it stands', () => {
    expect(outletFromTemplate('この記事は湾岸ウィークリーで最初に公開されました。')).toBe('湾岸ウィークリー');
    expect(outletFromTemplate('本文首发于城南周刊')).toBe('城南周刊');
    expect(outletFromTemplate('We ran a poll in March.')).toBeNull();
  });
});

describe('byline lines of other forms', () => {
  afterEach(() => setDateLanguage(null));

  it('reads a named zone with its summer time, an era year, a year-first date and a Hijri date beside the Gregorian one', () => {
    setDateLanguage('fr');
    expect(parseDate('mar. 8 juil. 2025 à 09h15 (heure de Paris)')?.iso).toBe('2025-07-08T09:15:00+02:00');
    expect(parseDate('mar. 9 déc. 2025 à 09h15 (heure de Paris)')?.iso).toBe('2025-12-09T09:15:00+01:00');
    setDateLanguage(null);
    expect(parseDate('15 มีนาคม พ.ศ. 2567')?.iso).toBe('2024-03-15');
    expect(parseBylineLine('Kovács Anna | 2024. március 5.')).toMatchObject({ authors: ['Kovács Anna'], published: '2024-03-05' });
    expect(parseBylineLine('الأحد 3 رمضان 1446 هـ - 2 مارس 2025')?.published).toBe('2025-03-02');
  });

  it('reads dates in other digits beside another calendar, with a labelled time and a zone in words', () => {
    expect(parseBylineLine('۱۲ فروردین ۱۴۰۵ | 1 April 2026 — ساعت ۰۹:۱۵ به وقت تهران')?.published).toBe('2026-04-01T09:15:00+03:30');
    expect(parseBylineLine('पटना, 2 अप्रैल 2026, शाम 6:10 बजे (IST)')?.published).toBe('2026-04-02T18:10:00+05:30');
    expect(parseBylineLine('✍️ Mina Sadeghi')).toMatchObject({ authors: ['Mina Sadeghi'] });
  });

  it('takes a site user name after a credit formula, but not the site account', () => {
    expect(parseBylineLine('Posted by quiet_lantern42 » Sat Mar 1, 2025 8:05 am')).toMatchObject({ authors: ['quiet_lantern42'], published: '2025-03-01T08:05:00' });
    expect(parseBylineLine('Posted by admin')).toBeNull();
  });

  it('reads the bare name beside a led author as the outlet', () => {
    expect(parseBylineLine('Het Molenblad — door Sanne de Vries-Kok')).toMatchObject({ authors: ['Sanne de Vries-Kok'], publication: 'Het Molenblad' });
  });

  it('reads the organisation after a post', () => {
    expect(parseBylineLine('Prepared by Owen Hartley, Clerk to Little Marston Town Council')).toMatchObject({ authors: ['Owen Hartley'], publication: 'Little Marston Town Council' });
    expect(parseBylineLine('By Owen Hartley, Professor of History')?.publication).toBeNull();
  });
});

describe('outlets named elsewhere in the article', () => {
  const story = [
    'Les producteurs de lait de la Manche réclament une aide après la sécheresse estivale qui a réduit les récoltes de fourrage de moitié.',
    '« Nous achetons du foin depuis juillet, du jamais vu », a déclaré Paul Lemaire, éleveur à Coutances.',
    'La chambre d’agriculture estime les pertes à plus de huit millions d’euros pour le département cette année.',
  ];

  it('spells out an agency given by its initials in the dateline', () => {
    const b = byline([
      'Sécheresse : les éleveurs de la Manche demandent une aide',
      `CAEN, 4 septembre (ANO) - ${story[0]}`,
      ...story.slice(1),
      '© Agence Normande d’Outre-mer 2025. Tous droits réservés.',
    ]);
    expect(b.publication).toBe('Agence Normande d’Outre-mer');
  });

  it('takes an issuer from the "About" box of a release that names it first', () => {
    const b = byline([
      'Harrowfield launches a quieter pump for flats',
      'LEEDS, England, 4 March 2025 – Harrowfield Pumps today launched a compact unit for flats and terraced homes, with an outdoor part half the usual size.',
      '“Installers asked for something that fits a balcony,” said Maya Quarrie, head of product.',
      'About Harrowfield Pumps',
      'Harrowfield Pumps makes heat pumps in Leeds. It employs 200 people.',
    ]);
    expect(b).toMatchObject({ publication: 'Harrowfield Pumps', published: '2025-03-04' });
  });

  it('takes the date under the title over a forwarded message\'s date above it', () => {
    const b = byline([
      'Коллеги, пересылаю для обзора.',
      'Дата: пт, 13 мар. 2026 г. в 10:15',
      'Паромы на острова снова ходят по расписанию',
      'Автор: Олег Сомов',
      '12 марта 2026, 08:30 МСК',
      'Паромное сообщение с островами восстановлено после двухдневного перерыва из-за шторма, сообщили в администрации.',
      '«Первый рейс ушёл точно по расписанию», — сказал капитан Андрей Белов.',
    ]);
    expect(b).toMatchObject({ authors: ['Олег Сомов'], published: '2026-03-12T08:30:00+03:00' });
  });

  it('reads the outlet and date of a running head above the title', () => {
    const b = byline([
      'KYSTAVISA · FREDAG 7. MARS 2025 · SIDE 2',
      'Ny bru over elva åpner i mai',
      'Den nye brua over Laksa skal etter planen åpne i mai, opplyser kommunen. Arbeidet har tatt to år.',
      'Ordføreren sier at brua vil korte ned reisetida for mange pendlere i regionen.',
    ]);
    expect(b.publication?.toLowerCase()).toBe('kystavisa');
    expect(b.published).toBe('2025-03-07');
  });
});
