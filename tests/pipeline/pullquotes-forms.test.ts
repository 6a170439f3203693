/**
 * Pull quotes in the forms pages set them — credited with a dash, with "said X", on a
 * credit line of their own, reworded, in other languages' quotation marks, unmarked — and
 * near-misses that must stay body text. Each article is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const run = (paras: string[]) => {
  const a = cleanArticle(paras.join('\n\n'));
  const body = a.sections.flatMap((s) => s.blocks.filter((b) => b.type !== 'pullquote').map((b) => ('text' in b ? b.text : '')));
  return { pulls: a.quotes.filter((q) => q.kind === 'pull').map((q) => [q.text, q.speaker]), body, article: a };
};

describe('pull quotes set by the page', () => {
  it('takes the dash-credited copy as the pull quote, never the quotation paragraph it repeats', () => {
    const { pulls, body } = run([
      'A bakery that opens at five',
      'Mai Linh Pham opened her bakery on Cowley Road in April, and by summer the queue for her first batch of baguettes reached the bus stop.',
      '“My grandmother baked before sunrise every day of her life. I wanted this street to smell like that,” Pham said.',
      '“My grandmother baked before sunrise every day of her life. I wanted this street to smell like that.” — Mai Linh Pham',
      'She now bakes four hundred loaves a day and plans to hire two apprentices in the new year.',
    ]);
    expect(pulls).toEqual([['My grandmother baked before sunrise every day of her life. I wanted this street to smell like that.', 'Mai Linh Pham']]);
    expect(body.some((t) => t.endsWith('Pham said.'))).toBe(true);
  });

  it('credited with "says NAME, role" after a comma inside the marks', () => {
    const { pulls, body } = run([
      'Night clinic doubles its hours',
      'The walk-in clinic on Harbour Street will stay open until midnight from March, after a winter in which queues stretched around the block.',
      'Hannah Greer, who has run the clinic since 2019, said the late shift was the only answer. “People come to us after their second job, not before it,” she said. “If we close at six, we are closed to them.”',
      '“People come to us after their second job, not before it,” says Hannah Greer, the clinic’s director.',
      'The health board will fund two extra nurses for the first year and review the numbers in the autumn.',
    ]);
    expect(pulls).toEqual([['People come to us after their second job, not before it,', 'Hannah Greer']]);
    expect(body.some((t) => t.includes('says Hannah Greer'))).toBe(false);
  });

  it('copied with its pronoun credit ("…,” she said.")', () => {
    const { pulls, body } = run([
      'Lighthouse trust asks for emergency money',
      'The trust that looks after the Skerry Point lighthouse says the tower will not survive another winter without repairs to its lantern room.',
      'Its chair, Marguerite Van Der Kolk, urged the county to act. “We are not restoring a postcard, we are keeping a building standing,” she said. “It has kept people alive for a century.”',
      '“We are not restoring a postcard, we are keeping a building standing,” she said.',
      'The county will decide on the request at its meeting next month.',
    ]);
    expect(pulls.map(([t]) => t)).toEqual(['We are not restoring a postcard, we are keeping a building standing,']);
    expect(body.filter((t) => t.includes('not restoring a postcard')).length).toBe(1);
  });

  it('in German low-high marks with ", sagt NAME"', () => {
    const { pulls } = run([
      'Stadtbibliothek öffnet sonntags',
      'Die Stadtbibliothek in Kassel öffnet ab Mai auch am Sonntag, zunächst für ein Jahr und mit zusätzlichem Personal aus dem Kulturamt.',
      'Leiterin Jana Vogelsang sieht darin eine Chance. „Am Sonntag kommen die Familien, die unter der Woche keine Zeit haben“, sagte sie bei der Vorstellung der Pläne.',
      '„Am Sonntag kommen die Familien, die unter der Woche keine Zeit haben“, sagt Jana Vogelsang.',
      'Der Stadtrat hat die Mittel für das Pilotjahr bereits bewilligt, eine Verlängerung hängt von den Besucherzahlen ab.',
    ]);
    expect(pulls).toEqual([['Am Sonntag kommen die Familien, die unter der Woche keine Zeit haben“,'.replace('“,', ''), 'Jana Vogelsang']].map(([t, s]) => [expect.stringContaining(t!), s]));
  });

  it('credited before a colon ("NAME: „…“")', () => {
    const { pulls, body } = run([
      'Stadtbibliothek öffnet sonntags',
      'Die Stadtbibliothek in Kassel öffnet ab Mai auch am Sonntag, zunächst für ein Jahr und mit zusätzlichem Personal aus dem Kulturamt.',
      'Leiterin Jana Vogelsang sieht darin eine Chance. „Am Sonntag kommen die Familien, die unter der Woche keine Zeit haben“, sagte sie bei der Vorstellung der Pläne.',
      'Jana Vogelsang: „Am Sonntag kommen die Familien, die unter der Woche keine Zeit haben.“',
      'Der Stadtrat hat die Mittel für das Pilotjahr bereits bewilligt, eine Verlängerung hängt von den Besucherzahlen ab.',
    ]);
    expect(pulls).toEqual([['Am Sonntag kommen die Familien, die unter der Woche keine Zeit haben.', 'Jana Vogelsang']]);
    expect(body.some((t) => t.startsWith('Jana Vogelsang:'))).toBe(false);
  });

  it('in French guillemets with inner spaces and a dash credit', () => {
    const { pulls } = run([
      'Le marché couvert rouvre ses portes',
      'Après deux ans de travaux, le marché couvert de Quimperlé rouvre samedi avec quarante étals et une nouvelle toiture en bois.',
      'Pour Maëlle Guillou, présidente de l’association des commerçants, l’attente en valait la peine. « Les clients reviennent pour les gens, pas seulement pour les produits », a-t-elle expliqué.',
      '« Les clients reviennent pour les gens, pas seulement pour les produits » — Maëlle Guillou',
      'La mairie prévoit une fête d’ouverture avec un concert sur la place dès dix heures du matin.',
    ]);
    expect(pulls).toEqual([['Les clients reviennent pour les gens, pas seulement pour les produits', 'Maëlle Guillou']]);
  });

  it('in Spanish angle marks with "—dijo NAME"', () => {
    const { pulls } = run([
      'La cooperativa de aceite amplía su almazara',
      'La cooperativa de Baena invertirá dos millones de euros en una nueva línea de molturación que estará lista para la próxima campaña.',
      'Su presidenta, Inmaculada Roldán, defendió la inversión ante los socios. «Si no molemos rápido, la aceituna pierde calidad en el patio», explicó durante la asamblea.',
      '«Si no molemos rápido, la aceituna pierde calidad en el patio», dijo Inmaculada Roldán.',
      'La ampliación permitirá procesar hasta un treinta por ciento más de aceituna al día durante los meses de cosecha.',
    ]);
    expect(pulls).toEqual([[expect.stringContaining('Si no molemos rápido, la aceituna pierde calidad en el patio'), 'Inmaculada Roldán']]);
  });

  it('in Russian guillemets with ", — сказал NAME"', () => {
    const { pulls } = run([
      'В городе откроют новый рынок',
      'Новый крытый рынок на Садовой улице откроется в мае, сообщили в администрации города в понедельник.',
      'Директор рынка Ирина Соколова уверена, что покупатели вернутся. «Люди приходят на рынок ради людей, а не только ради продуктов», — сказала она журналистам.',
      '«Люди приходят на рынок ради людей, а не только ради продуктов», — сказала Ирина Соколова.',
      'На рынке будет работать более ста торговых мест, половина из них отдана местным фермерам.',
    ]);
    expect(pulls).toEqual([['Люди приходят на рынок ради людей, а не только ради продуктов', 'Ирина Соколова']].map(([t, s]) => [expect.stringContaining(t), s]));
  });

  it('in Japanese corner brackets with a dash credit', () => {
    const { pulls, body } = run([
      '商店街に夜市が戻る',
      '駅前の商店街で、三年ぶりに夜市が開かれることになった。毎月第二土曜日の夕方から、通りを歩行者専用にする。',
      '商店街の会長を務める村上健司さんは「夜にも人が歩く通りにしたい。若い店主が続けられる街にしたい」と話す。',
      '「夜にも人が歩く通りにしたい。若い店主が続けられる街にしたい」――村上健司',
      '市は警備員の配置や照明の費用を一部負担する方針で、初回は来月の第二土曜日を予定している。',
    ]);
    expect(pulls).toEqual([['夜にも人が歩く通りにしたい。若い店主が続けられる街にしたい', '村上健司']]);
    expect(body.some((t) => t.startsWith('「夜にも'))).toBe(false);
  });

  it('with the credit on a line of its own below the quote', () => {
    const { pulls, body } = run([
      'Ferry timetable cut for winter',
      'The island ferry will sail four times a day instead of six from November, the operator said on Monday, citing crew shortages.',
      'Islanders say the cut falls hardest on those who work on the mainland. “The last boat home now leaves before most shifts end,” said Callum Rennie, who chairs the community council.',
      '“The last boat home now leaves before most shifts end.”',
      '— Callum Rennie, community council',
      'The operator said it hoped to restore the full timetable in spring once new crew have finished their training.',
    ]);
    expect(pulls).toEqual([['The last boat home now leaves before most shifts end.', 'Callum Rennie']]);
    expect(body.some((t) => t.includes('community council') && t.startsWith('—'))).toBe(false);
  });

  it('reworded from its source, with a dash credit', () => {
    const { pulls } = run([
      'Orchard replants after the frost',
      'Growers in the valley lost most of their blossom to a late frost in April, the worst in two decades.',
      'Tomasz Wierzbicki, whose family has farmed the orchard since 1961, has already ordered new trees. “We lost the crop, but we did not lose the orchard, and the roots are still good,” he said.',
      '“We lost the crop, not the orchard — the roots are still good.” — Tomasz Wierzbicki',
      'The regional growers’ association has asked the ministry for emergency loans to cover the lost season.',
    ]);
    expect(pulls).toEqual([[expect.stringContaining('We lost the crop, not the orchard'), 'Tomasz Wierzbicki']]);
  });

  it('unmarked, repeating a sentence of the story nearly verbatim', () => {
    const { pulls, body } = run([
      'Library fines abolished',
      'The county library has stopped charging late fees, joining more than a hundred systems across the country that have done the same since 2019.',
      'Staff found that the fines had kept the poorest readers away for years, while they brought in less than one percent of the budget. Most of the money went on the cost of collecting it.',
      'Fines kept the poorest readers away for years while bringing in less than one percent of the budget.',
      'Borrowers with outstanding fines will have them cleared automatically by the end of the month.',
    ]);
    expect(pulls).toEqual([['Fines kept the poorest readers away for years while bringing in less than one percent of the budget.', null]]);
    expect(body.filter((t) => t.includes('kept the poorest readers')).length).toBe(1);
  });

  it('unmarked, repeating a sentence of a quotation paragraph', () => {
    const { pulls, body } = run([
      'Water works repair',
      'The city’s water works will be closed for repairs until March, the council said on Friday.',
      '“The pumps did what they were built to do for ninety years. What failed was the pipe we laid in the seventies and never looked at again,” said Oluwaseun Adeyemi, who leads the repair crew.',
      'Crews will work through the night to replace the worst stretch before the holidays.',
      'What failed was the pipe we laid in the seventies and never looked at again.',
      'Residents will receive bottled water from three depots while the supply is off.',
    ]);
    expect(pulls.map(([t]) => t)).toEqual(['What failed was the pipe we laid in the seventies and never looked at again.']);
    expect(body.filter((t) => t.includes('never looked at again')).length).toBe(1);
  });

  it('in Portuguese with ", afirma NAME" and in Italian with a dash', () => {
    const pt = run([
      'Feira do livro volta ao parque',
      'A feira do livro de Coimbra regressa ao parque da cidade em junho, com oitenta editoras e um programa para escolas.',
      'A organizadora, Beatriz Monteiro, diz que o público mudou. “Os leitores mais novos chegam com listas feitas nas redes sociais”, afirmou na apresentação.',
      '“Os leitores mais novos chegam com listas feitas nas redes sociais”, afirma Beatriz Monteiro.',
      'A entrada é gratuita e a feira decorre todos os dias entre as dez da manhã e as dez da noite.',
    ]);
    expect(pt.pulls).toEqual([[expect.stringContaining('Os leitores mais novos chegam com listas feitas nas redes sociais'), 'Beatriz Monteiro']]);
    const it_ = run([
      'Il rifugio riapre dopo la frana',
      'Il rifugio sopra Cortina riapre sabato dopo due estati di chiusura, grazie a un nuovo sentiero tracciato dal soccorso alpino.',
      'Il gestore Davide Zanella racconta che molti clienti hanno scritto durante la chiusura. «La montagna non si è fermata, ci siamo fermati noi», ha detto durante l’inaugurazione.',
      '«La montagna non si è fermata, ci siamo fermati noi» – Davide Zanella',
      'Il nuovo sentiero è più lungo di venti minuti ma evita del tutto il canalone franato.',
    ]);
    expect(it_.pulls).toEqual([['La montagna non si è fermata, ci siamo fermati noi', 'Davide Zanella']]);
  });

  it('in Swedish right-hand marks, and with a name credit line below without a dash', () => {
    const sv = run([
      'Skärgårdsbåten får ny turlista',
      'Från och med oktober går skärgårdsbåten till Möja bara tre gånger om dagen, meddelade rederiet på måndagen.',
      'Ingrid Lindqvist, som driver affären på ön, är orolig. ”Utan kvällsbåten kan ingen pendla härifrån längre”, säger hon.',
      '”Utan kvällsbåten kan ingen pendla härifrån längre” – Ingrid Lindqvist',
      'Rederiet ska utvärdera turlistan efter vintern och lovar att lyssna på de boende.',
    ]);
    expect(sv.pulls).toEqual([['Utan kvällsbåten kan ingen pendla härifrån längre', 'Ingrid Lindqvist']]);
    const en = run([
      'Ferry timetable cut for winter',
      'The island ferry will sail four times a day instead of six from November, the operator said on Monday, citing crew shortages.',
      'Islanders say the cut falls hardest on those who work on the mainland. “The last boat home now leaves before most shifts end,” said Callum Rennie, who chairs the community council.',
      '“The last boat home now leaves before most shifts end.”',
      'Callum Rennie, community council',
      'The operator said it hoped to restore the full timetable in spring once new crew have finished their training.',
    ]);
    expect(en.pulls).toEqual([['The last boat home now leaves before most shifts end.', 'Callum Rennie']]);
    expect(en.body).not.toContain('Callum Rennie, community council');
  });

  it('hard-wrapped over several lines, or set a long way from its source', () => {
    const source =
      'Engineers at the works say the old pumps were never the problem. “The pumps did exactly what they were built to do for ninety years, and what failed was the pipe we laid in the seventies and never looked at again,” said Oluwaseun Adeyemi, who leads the repair crew.';
    const filler = (n: number) => `Paragraph ${n} of the report describes the repair schedule for the ${n}th district, with crews working in shifts through the night.`;
    const wrapped = '“The pumps did exactly what they were built to do for\nninety years, and what failed was the pipe we laid in\nthe seventies and never looked at again.”\n— Oluwaseun Adeyemi';
    const { pulls } = run(['Water works repair', 'The city’s water works will be closed for repairs until March.', source, ...[1, 2, 3, 4, 5, 6, 7, 8].map(filler), wrapped, filler(9)]);
    expect(pulls).toEqual([[expect.stringContaining('what failed was the pipe we'), 'Oluwaseun Adeyemi']]);
  });

  it('unmarked and reworded, marked only by a dash credit on the line below', () => {
    const { pulls, body } = run([
      'Orchard replants after the frost',
      'Growers in the valley lost most of their blossom to a late frost in April. “We lost the crop, but we did not lose the orchard, and the roots are still good,” said Tomasz Wierzbicki, whose family has farmed there since 1961.',
      'The regional growers’ association has asked the ministry for emergency loans to cover the lost season.',
      'We lost the crop, not the orchard. The roots are still good.',
      '— Tomasz Wierzbicki',
      'Most of the growers plan to replant within two years, the association said.',
    ]);
    expect(pulls).toEqual([['We lost the crop, not the orchard. The roots are still good.', 'Tomasz Wierzbicki']]);
    expect(body).not.toContain('— Tomasz Wierzbicki');
  });

  it('of four words with a dash credit, not taken for a byline', () => {
    const { pulls, article } = run([
      'Protected lanes for three streets',
      'The council will add protected cycle lanes on three streets. “Paint is not enough. Concrete is real protection,” said Noor Haddad, a nurse who commutes by bike.',
      'Work starts in May and should be done by the autumn, the council said.',
      '“Concrete is real protection.” — Noor Haddad',
      'The lanes will cost £4 million, most of it from a national fund.',
    ]);
    expect(pulls).toEqual([['Concrete is real protection.', 'Noor Haddad']]);
    expect(article.byline.authors).toEqual([]);
  });

  it('in Chinese with a double dash credit, and in Arabic guillemets', () => {
    const zh = run([
      '老街夜市重新开放',
      '市政府宣布，老街夜市将于下月重新开放，每周五和周六晚上营业，届时道路将禁止车辆通行。',
      '夜市管理委员会主任王建国表示：“我们希望让年轻人重新回到老街，让小店能够继续经营下去。”',
      '“我们希望让年轻人重新回到老街，让小店能够继续经营下去。”——王建国',
      '据介绍，首批将有八十个摊位入驻，其中一半为本地小吃。',
    ]);
    expect(zh.pulls).toEqual([['我们希望让年轻人重新回到老街，让小店能够继续经营下去。', '王建国']]);
    const ar = run([
      'إعادة افتتاح سوق المدينة القديم',
      'أعلنت البلدية أن السوق القديم سيعاد افتتاحه الشهر المقبل بعد عامين من أعمال الترميم الشاملة.',
      'وقال رئيس جمعية التجار أحمد منصور: «الناس يعودون إلى السوق من أجل الناس، وليس فقط من أجل البضائع».',
      '«الناس يعودون إلى السوق من أجل الناس، وليس فقط من أجل البضائع» — أحمد منصور',
      'ومن المتوقع أن يضم السوق أكثر من مئة محل تجاري عند افتتاحه.',
    ]);
    expect(ar.pulls.map(([t]) => t)).toEqual(['الناس يعودون إلى السوق من أجل الناس، وليس فقط من أجل البضائع']);
  });
});

describe('near-misses that stay body text', () => {
  it('a real quote paragraph that gives, in quotation marks, words the story reported earlier', () => {
    const { pulls, body } = run([
      'Bridge to reopen early',
      'Mayor Lucía Ortiz said the Riverside bridge would reopen in May, not June, after crews finished the deck ahead of schedule.',
      '“The Riverside bridge will reopen in May, not June,” Ortiz said.',
      'Traffic will be limited to one lane in each direction for the first two weeks while the barriers are tested.',
    ]);
    expect(pulls).toEqual([]);
    expect(body).toContain('“The Riverside bridge will reopen in May, not June,” Ortiz said.');
  });

  it('a short emphatic line of prose that echoes the paragraph before', () => {
    const { pulls, body } = run([
      'The river came back',
      'For three summers the farmers along the valley waited for the river to come back, and for three summers it stayed a line of dry stones.',
      'Then, in the fourth summer, the river came back.',
      'It arrived overnight, brown and fast, and by morning it had filled the old channel from bank to bank.',
    ]);
    expect(pulls).toEqual([]);
    expect(body).toContain('Then, in the fourth summer, the river came back.');
  });

  it('a line that echoes the lead with two words added, closing the story or in its middle', () => {
    const { pulls, body } = run([
      'Council approves new cycle lanes',
      'The council approved eleven kilometres of protected cycle lanes on Thursday after a two-year campaign by parents and school staff.',
      'Work on the first stretch, along the canal, starts in September and should be finished before the winter.',
      'The scheme will be paid for from the national active travel fund and a levy on the new car parks.',
      'And so the council approved eleven kilometres of protected cycle lanes after a two-year campaign by parents.',
    ]);
    expect(pulls).toEqual([]);
    expect(body).toContain('And so the council approved eleven kilometres of protected cycle lanes after a two-year campaign by parents.');
    const middle = run([
      'Council approves new cycle lanes',
      'The council approved eleven kilometres of protected cycle lanes on Thursday after a two-year campaign by parents and school staff.',
      'And so the council approved eleven kilometres of protected cycle lanes after a two-year campaign by parents.',
      'Work on the first stretch, along the canal, starts in September and should be finished before the winter.',
    ]);
    expect(middle.pulls).toEqual([]);
  });

  it('a call to action repeated at both ends of the story', () => {
    const cta = 'Sign up for our morning newsletter to get the stories that matter delivered to your inbox.';
    const { pulls, body } = run([
      'Council approves new cycle lanes',
      cta,
      'The council approved eleven kilometres of protected cycle lanes on Thursday, the largest single expansion of the network in the city’s history.',
      'Work on the first stretch, along the canal, starts in September and should be finished before the winter.',
      cta,
    ]);
    expect(pulls).toEqual([]);
    expect(body.some((t) => t.includes('protected cycle lanes'))).toBe(true);
  });

  it('a paragraph followed by a line of dialogue opened with a dash', () => {
    const { pulls, body } = run([
      'Entrevista con la alcaldesa',
      'La alcaldesa explicó que el mercado abrirá los domingos a partir de mayo, después de meses de negociación con los comerciantes.',
      '¿Abrirá el mercado los domingos a partir de mayo?',
      '— Sí, y también por la tarde',
      'La medida se revisará al cabo de un año según las ventas.',
    ]);
    expect(pulls).toEqual([]);
    expect(body).toContain('— Sí, y también por la tarde');
  });

  it('a quotation paragraph followed by a paragraph that opens with a name', () => {
    const { pulls, body } = run([
      'Depot plan divides the town',
      'The bus company wants to build its new depot on the old football ground, and says it will create sixty jobs.',
      '“Sixty jobs on a site that has stood empty for a decade is not a small thing,” said Priya Raman, the company’s regional manager.',
      'Priya Raman, who grew up nearby, said the pitch would be rebuilt next to the school.',
      'Residents will be able to comment on the plans until the end of the month.',
    ]);
    expect(pulls).toEqual([]);
    expect(body).toContain('Priya Raman, who grew up nearby, said the pitch would be rebuilt next to the school.');
  });

  it('a sentence of a quotation repeated inside a longer quote paragraph', () => {
    const { pulls } = run([
      'School garden wins award',
      'The garden at Hillcrest Primary has won the regional prize for outdoor learning. “Every class grows something, and every class eats what it grows,” said head teacher Amara Okafor.',
      '“Every class grows something, and every class eats what it grows. That is the whole idea, and the children hold us to it every single week of the year,” Okafor added.',
      'The prize comes with £2,000, which the school plans to spend on a greenhouse.',
    ]);
    expect(pulls).toEqual([]);
  });
});
