/** Speakers round 2: new languages' verbs, dialogue dashes mid-paragraph, name forms, interviews. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const quotesOf = (paragraphs: string[]) =>
  cleanArticle(['Harbour works resume', ...paragraphs].join('\n\n'))
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.text.slice(0, 20)]);
const speakersOf = (paragraphs: string[]) => quotesOf(paragraphs).map((q) => q[0]);

describe('verbs of saying of more languages', () => {
  it('Swahili, with an abbreviated title that does not end the sentence', () => {
    expect(
      speakersOf([
        'Mradi mpya wa maji umezinduliwa katika kijiji cha Mwanga mwezi huu baada ya miaka mingi ya kusubiri.',
        '“Maji safi yatabadilisha maisha ya watoto wetu kabisa,” alisema Dkt. Amina Hassani Mwita, mkurugenzi wa afya wa wilaya.',
      ]),
    ).toEqual(['Amina Hassani Mwita']);
  });

  it('Ukrainian, with a pronoun after the quotation', () => {
    expect(
      speakersOf([
        'Міська рада в четвер ухвалила новий план паркування в центрі міста.',
        'Директорка бібліотеки Оксана Гнатюк попросила мешканців про терпіння. «Ремонт триватиме лише два тижні», — наголосила вона.',
      ]),
    ).toEqual(['Оксана Гнатюк']);
  });
});

describe('dialogue dashes', () => {
  it('open a quotation after a sentence, and one more continues it', () => {
    expect(
      quotesOf([
        'Rada miasta przyjęła w czwartek nowy plan parkingowy dla centrum.',
        'Nie wszyscy są zadowoleni. – To uderzy w małe sklepy przy rynku – powiedziała Anna Wiśniewska, właścicielka kwiaciarni. – Klienci po prostu przestaną przyjeżdżać.',
      ]),
    ).toEqual([
      ['Anna Wiśniewska', 'To uderzy w małe skl'],
      ['Anna Wiśniewska', 'Klienci po prostu pr'],
    ]);
  });

  it('but a spaced dash in a sentence is no quotation', () => {
    expect(quotesOf(['The council approved a new parking plan on Thursday.', 'Traders welcomed it. – Several shops had asked for it – and the chamber of commerce praised it too.'])).toEqual([]);
  });
});

describe('name forms', () => {
  it('an inverted speaker before a bracket or an apposition', () => {
    expect(
      speakersOf([
        'De gemeente opende maandag een nieuwe fietsenstalling onder het station.',
        '„Eindelijk is er plek voor bakfietsen”, zei wethouder Sanne de Vries-Kok (Verkeer) bij de opening.',
        '«Siamo pronti per la nuova stagione», ha detto in conferenza stampa Marta Colombini, presidente del club.',
      ]),
    ).toEqual(['Sanne de Vries-Kok', 'Marta Colombini']);
  });

  it('Japanese with a space between family and given name', () => {
    expect(speakersOf(['商店街の古い書店が今月、カフェを併設して再開した。', '「本を読む場所を残したかった」と話すのは、店主の大川 典子さん。'])).toEqual(['大川 典子']);
  });

  it('Arabic: a name right after the verb, before a colon or comma', () => {
    expect(
      speakersOf(['افتتح المتحف الجديد أبوابه أمام الزوار يوم الخميس بعد سنوات من الانتظار.', 'قالت سلمى الحسيني، مديرة المتحف: «نستقبل آلاف الزوار كل عام». وتضيف: «المدارس تأتي كل أسبوع».']),
    ).toEqual(['سلمى الحسيني', 'سلمى الحسيني']);
  });

  it('Hungarian: a name learned with a case ending', () => {
    expect(
      speakersOf([
        'A városi tanács csütörtökön elfogadta az új parkolási tervet a belvárosban.',
        'Kovács Annával, a helyi virágbolt tulajdonosával beszélgettünk a tervről.',
        '„Ez a kis boltokat fogja sújtani” – mondta Kovács.',
      ]),
    ).toEqual(['Kovács Anna']);
  });
});

describe('Thai', () => {
  it('a name after a fused title, or opening the paragraph before a role and a verb', () => {
    expect(
      speakersOf([
        'ชมรมจักรยานจัดกิจกรรมปั่นรอบเมืองในวันอาทิตย์ที่ผ่านมา มีสมาชิกเข้าร่วมกว่าสองร้อยคน',
        'วิไลวรรณ ทองคำ ประธานชมรม กล่าวว่า “ปีหน้าเราจะจัดให้ใหญ่กว่านี้อีก” พร้อมขอบคุณผู้สนับสนุน',
        'สมาชิกใหม่ นายประยุทธ สุขใจ บอกว่า “ผมเพิ่งเริ่มปั่นเมื่อเดือนที่แล้ว”',
      ]),
    ).toEqual(['วิไลวรรณ ทองคำ', 'ประยุทธ สุขใจ']);
  });
});

describe('interviews', () => {
  it('an unattributed quotation in an answer is the interviewee’s', () => {
    expect(
      speakersOf([
        'We spoke to harbour master Ines Talbot about the new quay and the delays.',
        '“The old quay was simply worn out,” Talbot said of the decision.',
        'What happens next?',
        'The dredging starts in May. “We expect the first ferry at the new quay by the autumn.” The old quay will become a fishing pier.',
      ]),
    ).toEqual(['Ines Talbot', 'Ines Talbot']);
  });
});
