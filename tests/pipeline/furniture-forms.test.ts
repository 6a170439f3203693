/**
 * Furniture and headings judged by form, position and relation to the story, in several
 * languages: pointer labels, lone ad labels, comment counters, credit labels, repeated
 * calls to action, pitches that share nothing with the story, tickers, end markers; and
 * the story's own lines that look like furniture but are kept.
 */
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { headline } from '../../src/pipeline/headline.js';
import { pullquotes } from '../../src/pipeline/pullquotes.js';
import { sections } from '../../src/pipeline/sections.js';
import { furnitureRoleOf, furnitureRoles, runStages, summary } from '../helpers/stages.js';

const roles = furnitureRoles;
const roleOf = furnitureRoleOf;
const headingsOf = (blocks: string[]) =>
  summary(runStages(blocks.join('\n\n'), boilerplate, headline, pullquotes, sections).tree)
    .filter(([type]) => type === 'heading')
    .map(([, , text]) => text);

const sv = [
  'Nytt badhus i Östersund kan stå klart om två år',
  'Kommunfullmäktige i Östersund sade på måndagskvällen ja till ett nytt badhus vid Odenskog. Bygget beräknas kosta omkring 480 miljoner kronor och ska enligt planen börja till hösten.',
  'Det gamla badhuset i centrum har stängts flera gånger det senaste året på grund av läckor i taket, och föreningarna har fått flytta sina träningar till grannkommunerna.',
  'Simklubbens ordförande säger att beslutet var efterlängtat och att klubben hoppas kunna ta emot fler nybörjare när den nya anläggningen öppnar.',
];

describe('pointer labels and ad labels in any language', () => {
  it('removes "Läs också:" and a lone "Annons" between paragraphs', () => {
    const pointer = 'Läs också: Trafikverket bygger om korsningen vid Lillänge under sommaren';
    const out = roles([sv[0], sv[1], 'Annons', sv[2], pointer, sv[3]]);
    expect(out.find(([, t]) => t === 'Annons')?.[0]).toBe('boilerplate:ad');
    expect(out.find(([, t]) => t === pointer)?.[0]).toBe('boilerplate:promo');
    expect(out.filter(([role]) => role === 'body')).toHaveLength(4);
  });

  it('reads a Turkish label with a dotted capital İ', () => {
    const tr = [
      'Belediye yeni bisiklet yollarını açıkladı',
      'Belediye başkanı salı günü yaptığı açıklamada, şehir merkezinde toplam on iki kilometrelik yeni bisiklet yolunun yaz sonuna kadar tamamlanacağını söyledi.',
      'İlgili haber: Sahil yolunda gece trafiği yeniden düzenleniyor',
      'Projeye göre yolların büyük bölümü mevcut kaldırımların genişletilmesiyle yapılacak ve ağaçlar korunacak.',
    ];
    expect(roleOf(tr, tr[2])).toBe('boilerplate:promo');
  });

  it('reads Indonesian, Hindi, Hebrew and Vietnamese pointer labels', () => {
    const filler = (n: number) => `Paragraf ${n} berisi keterangan warga tentang banjir yang melanda kampung mereka selama tiga hari terakhir, dan upaya relawan membersihkan rumah.`;
    for (const pointer of [
      'Baca juga: Harga Cabai di Pasar Induk Mulai Turun Jelang Lebaran',
      'यह भी पढ़ें: बारिश के बाद सब्जियों के दाम में बढ़ोतरी',
      'קראו גם: העירייה משיקה קו אוטובוס חדש לאזור התעשייה',
      'Xem thêm: Năm cách giữ nhà mát mẻ trong những ngày nắng nóng',
    ]) {
      expect(roleOf(['Banjir surut, warga mulai membersihkan rumah', filler(1), pointer, filler(2)], pointer)).toBe('boilerplate:promo');
    }
  });

  it('knows a pointer by its form in a language it has no list for', () => {
    const hr = [
      'Gradsko vijeće odobrilo novi park uz rijeku',
      'Gradsko vijeće u utorak je jednoglasno odobrilo izgradnju novog parka uz obalu rijeke, na mjestu nekadašnjeg skladišta. Radovi bi trebali početi na proljeće.',
      'Pogledajte i: Autobusne linije prema zračnoj luci mijenjaju vozni red od ponedjeljka',
      'Park će imati dječje igralište, stazu za trčanje i nekoliko stotina novih stabala. Projekt je dijelom financiran iz europskih fondova.',
    ];
    expect(roleOf(hr, hr[2])).toBe('boilerplate:promo');
  });

  it('keeps a label line that introduces the next paragraph', () => {
    const blocks = [
      sv[0],
      sv[1],
      'Nästa steg: Upphandling av byggföretag och markarbeten vid Odenskog',
      'Upphandlingen av byggföretag och markarbeten vid Odenskog ska vara klar före jul, och kommunen räknar med att flera lokala företag lämnar anbud.',
    ];
    expect(roleOf(blocks, blocks[2])).toBe('body');
  });
});

describe('counters, credits, templates and pitches', () => {
  const en = [
    'Library extends weekend opening hours',
    'The central library will open on Sundays from next month, the city said on Monday, after a survey found that most borrowers could only visit at weekends.',
    'The extra hours will be covered by four new part-time staff, paid for out of the culture budget that was left unspent last year when the reading room was closed.',
    'Staff said the Sunday sessions would include a homework club and a repair table for bicycles, run by volunteers from the neighbourhood.',
  ];

  it('removes comment counters and credit labels in several languages', () => {
    for (const line of ['Kommentarer (12)', 'Join the discussion on our forum (41 replies)', 'Foto: Henrik Åkesson', 'Ảnh: Trần Minh Tú', '图片来源：网络']) {
      expect(roleOf([...en.slice(0, 3), line, en[3]], line)).toMatch(/^boilerplate:/);
    }
  });

  it('removes a shop call to action whose template repeats with only the store changing', () => {
    const blocks = [en[0], en[1], 'Mua tại Lá Xanh Shop', en[2], 'Mua tại Nhà Len Boutique', en[3]];
    expect(roleOf(blocks, blocks[2])).toBe('boilerplate:ad');
    expect(roleOf(blocks, blocks[4])).toBe('boilerplate:ad');
  });

  it('removes a pitch to the reader that names a brand the story never mentions', () => {
    const pitch = 'Tired of cold feet on the school run? Your first pair of Hollowbrook thermal socks is now just £4 this week.';
    expect(roleOf([en[0], en[1], pitch, en[2], en[3]], pitch)).toBe('boilerplate:ad');
  });

  it('keeps advice to the reader that names a body but makes no offer', () => {
    const tip = 'Your nearest Borough Advice Centre can help you apply, and appointments are free.';
    expect(roleOf([en[0], en[1], tip, en[2], en[3]], tip)).toBe('body');
  });

  it('removes ticker lines, end markers, hashtag disclosures and follow prompts', () => {
    for (const line of ['KSTR.L 88.40 ▼ 1.20', '— FIN —', '#ad Two nights at the Larchmont Inn for the price of one', 'Give us a star on GitHub ⭐']) {
      expect(roleOf([...en.slice(0, 3), line, en[3]], line)).toMatch(/^boilerplate:/);
    }
  });

  it('removes a postal address after the story whatever its street type', () => {
    const address = 'Harbourside Press Ltd, 7 Kelpie Close, Dunmere, Fife KY9 2LT';
    expect(roleOf([...en, address], address)).toBe('boilerplate:legal');
  });

  it('keeps the story’s own list of instructions after its lead-in', () => {
    const blocks = [
      en[0],
      en[1],
      'Officials asked residents who live near the river to do three things this week:',
      'Sign up for flood text alerts from the county',
      'Move valuables off basement floors',
      'Clear leaves from drains outside their homes',
      en[2],
    ];
    expect(roles(blocks).filter(([role]) => role === 'body')).toHaveLength(blocks.length);
  });
});

describe('headings', () => {
  const p = (topic: string) => `Residents who came to the meeting spent most of the evening on ${topic}, and the council promised a written answer to each of their questions.`;

  it('keeps rhetorical questions and transcript turns in the prose', () => {
    const out = headingsOf([
      'How the allotments got their water back',
      p('the drought'),
      'Where to start',
      p('the pumps'),
      'So did the new pump help?',
      p('the new pump'),
      'Do they still flood?',
      'They do, but only in the lower beds, and only for a day or two after heavy rain.',
      'MARIA OKONJO: And what about the wells?',
      p('the wells'),
      'rsync -av ./plots backup:/srv --delete',
      p('the backups'),
    ]);
    expect(out).toEqual(['Where to start']);
  });

  it('takes a numbered label over spec lines, and a section label over its subheadings', () => {
    const out = headingsOf([
      'Three outfits for a rainy week',
      p('the weather'),
      'Outfit 1: Waxed jacket and corduroy trousers',
      'Waxed cotton jacket: £140',
      'Corduroy trousers: £65',
      p('the first outfit'),
      'Regional news',
      'Transport',
      p('the buses'),
      'Housing',
      p('the flats'),
    ]);
    expect(out).toEqual(['Outfit 1: Waxed jacket and corduroy trousers', 'Regional news', 'Transport', 'Housing']);
  });

  it('takes a section label over its first subheading, but not a line standing between two sibling subheadings', () => {
    const out = headingsOf([
      'Qingwu 3.0 is out',
      p('the release'),
      'Main changes',
      'A new storage engine',
      p('the storage engine'),
      p('the benchmarks'),
      '17h15 – A gym opens for the evacuated',
      p('the gym'),
      'Refresh the live blog',
      '16h40 – The river peaks',
      p('the river'),
    ]);
    expect(out).toEqual(['Main changes', 'A new storage engine', '17h15 – A gym opens for the evacuated', '16h40 – The river peaks']);
  });

  it('takes a part title in capitals over its first subheading', () => {
    const out = headingsOf(['Back on the road', p('the injury'), 'PART ONE: THE BAD MONTHS', 'What the physio told me', p('the physio'), p('the exercises')]);
    expect(out).toEqual(['PART ONE: THE BAD MONTHS', 'What the physio told me']);
  });

  it('takes a Greek question, asked with ";", as a question heading', () => {
    const out = headingsOf(['Οι βρύσες της Σύρου', p('the fountains'), 'Και τα καταστήματα;', p('the shops'), p('the kiosks')]);
    expect(out).toEqual(['Και τα καταστήματα;']);
  });

  it('takes a plain line after bulleted or full-width-colon list items as the next section’s heading', () => {
    const out = headingsOf(['亀の湯の一年', p('the bathhouse'), '・営業時間：15時〜24時（月曜定休）', '・入浴料：大人550円', '薪という壁', p('the firewood'), p('the prices')]);
    expect(out).toEqual(['薪という壁']);
  });

  it('reads a question’s connective in the article’s language only: Spanish "de" is no Hungarian "but"', () => {
    const es = [
      'Azoteas verdes en Tetuán',
      'El programa Azoteas Vivas del distrito de Tetuán financia hasta el ochenta por ciento de la impermeabilización y de la instalación de riego en los edificios del barrio.',
      '¿De verdad refresca el edificio?',
      'Los técnicos municipales colocaron sensores en las viviendas de los áticos antes y después de las obras, y los datos de este verano muestran dos grados menos.',
      'Los vecinos de la calle Bravo Murillo fueron los primeros en pedir la ayuda, y la comunidad pagó el resto de la obra con un préstamo del propio programa municipal.',
    ];
    expect(headingsOf(es)).toEqual(['¿De verdad refresca el edificio?']);
  });

  it('keeps bullet highlights in the body rather than as pull quotes', () => {
    const { tree } = runStages(
      [
        'Harbour firm reports higher profit',
        'The harbour company said on Thursday that its profit rose to 12 million euros, up 20 percent from a year earlier, as more cruise ships called at the port.',
        'Highlights',
        '• Profit rose to 12 million euros, up 20 percent',
        '• Two new berths opened in the spring',
      ].join('\n\n'),
      boilerplate,
      headline,
      pullquotes,
      sections,
    );
    expect(summary(tree).filter(([, role]) => role === 'pull')).toHaveLength(0);
  });

  it('keeps an About section without a link as the release’s last section', () => {
    const blocks = [
      'Harbour firm reports higher profit',
      'The harbour company said on Thursday that its profit rose to 12 million euros, up 20 percent from a year earlier, as more cruise ships called at the port.',
      'About Kestrel Harbour',
      'Kestrel Harbour operates the container and cruise terminals at Port Ellis and employs 310 people in the region.',
    ];
    expect(headingsOf(blocks)).toEqual(['About Kestrel Harbour']);
    expect(roleOf(blocks, blocks[3])).toBe('body');
  });
});
