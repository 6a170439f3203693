import { afterEach, describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { byline } from '../../src/pipeline/byline/index.js';
import { parseBylineLine } from '../../src/pipeline/byline/line.js';
import { parseDate, setDateLanguage } from '../../src/pipeline/byline/date.js';
import { brandOf, outletFromOrigin, outletFromSource } from '../../src/pipeline/byline/credits.js';
import { headline } from '../../src/pipeline/headline.js';
import { runStages, summary } from '../helpers/stages.js';
import { cleanArticle } from '../../src/clean.js';

const none = { authors: [], publication: null, curator: null, published: null };

describe('byline lines in other languages and scripts', () => {
  afterEach(() => setDateLanguage(null));

  it.each([
    // Author formulas per language (src/lang/<code>/byline.json), roles before the name dropped.
    ['Text av Oskar Lindgren | Västerbygdens Kurir', { authors: ['Oskar Lindgren'], publication: 'Västerbygdens Kurir', led: true }],
    ['Af journalist Mette Skov Larsen', { authors: ['Mette Skov Larsen'], led: true }],
    ['Yazan: Elif Demirtaş', { authors: ['Elif Demirtaş'], led: true }],
    ['Γράφει ο Νίκος Αλεξίου', { authors: ['Νίκος Αλεξίου'], led: true }],
    // Names in scripts without capitals, after a formula that says a name follows.
    ['מאת: יוסי כהן', { authors: ['יוסי כהן'], led: true }],
    ['संवाददाता: राजेश कुमार वर्मा', { authors: ['राजेश कुमार वर्मा'], led: true }],
    ['김민수 기자 minsu@example.kr', { authors: ['김민수'] }],
    ['（山田太郎）', { authors: ['山田太郎'] }],
    // A WeChat-style credit: formula, name, outlet, date, and where it was posted.
    ['原创 王建国 江南晚报 2025-01-12 19:30 发表于江苏', { authors: ['王建国'], publication: '江南晚报', published: '2025-01-12T19:30:00', led: true }],
    // Curators: a lead and an agent word from the data, inside a segment too.
    ['2024-11-02 kl. 18:10 · utvald av Sara Holm', { curator: 'Sara Holm', published: '2024-11-02T18:10:00' }],
    ['Udvalgt af Jens Bak', { curator: 'Jens Bak' }],
    // Dates in local forms.
    ['Autorka: Jana Nováková | 14. 2. 2025, 18:45', { authors: ['Jana Nováková'], published: '2025-02-14T18:45:00', led: true }],
    ['12.01.2025 09:05 | Güncelleme: 12.01.2025 10:40', { published: '2025-01-12T09:05:00' }],
    ['Opdateret 14. januar 2025', { published: '2025-01-14' }],
    ['12 Ιανουαρίου 2025, 17:20', { published: '2025-01-12T17:20:00' }],
    ['प्रकाशित: 14 जनवरी 2025, 18:00 IST', { published: '2025-01-14T18:00:00+05:30' }],
    ['Dewi Lestari | Warta Pantura | Kamis, 9 Januari 2025 14:30 WIB', { authors: ['Dewi Lestari'], publication: 'Warta Pantura', published: '2025-01-09T14:30:00+07:00' }],
    // Who published it, after a labelled date: an organisation, a broadcaster.
    ['Published 3 January 2025 by Harwick Parish Council', { publication: 'Harwick Parish Council', published: '2025-01-03' }],
    ['First aired Sunday 12 January 2025 on Riverside Radio', { publication: 'Riverside Radio', published: '2025-01-12' }],
    // A handle after the name says nothing more; a time without a date is no published date.
    ['Ingeborg Sand (@isand@fjord.social)', { authors: ['Ingeborg Sand'], bare: true }],
    ['Posted by Ada Lin at 7:02 PM', { authors: ['Ada Lin'], postedAt: '19:02', led: true, poster: true }],
    // The outlet after the author, without the word that links them ("do", "of the", "von der").
    ['Por Thiago Nascimento Albuquerque, do Portal Arena Sul', { authors: ['Thiago Nascimento Albuquerque'], publication: 'Portal Arena Sul', led: true }],
    ['By Jane Roe, of the Island Times', { authors: ['Jane Roe'], publication: 'Island Times', led: true }],
    ['Von Anna Berg, von der Lokalzeitung', { authors: ['Anna Berg'], publication: 'Lokalzeitung', led: true }],
    // Two whole names either side of a spaced dash; Arabic's "and" written on the next name; a Greek article after "by".
    ['Haber: Zeynep Aksoy - Burak Çelebi', { authors: ['Zeynep Aksoy', 'Burak Çelebi'], led: true }],
    ['Bài: Lê Minh Châu - Đỗ Quang Vinh', { authors: ['Lê Minh Châu', 'Đỗ Quang Vinh'], led: true }],
    ['بقلم: سلمى الحدّاد وكريم العبيدي | نشرة الواحة', { authors: ['سلمى الحدّاد', 'كريم العبيدي'], publication: 'نشرة الواحة', led: true }],
    ['بقلم: أحمد بن وليد', { authors: ['أحمد بن وليد'], led: true }],
    ['Αναρτήθηκε από τη Μαρίνα Λυκουρέζου στις 3 Νοεμβρίου 2026', { authors: ['Μαρίνα Λυκουρέζου'], published: '2026-11-03', poster: true, led: true }],
    ['Por Ana Souza el 3 de marzo de 2026', { authors: ['Ana Souza'], published: '2026-03-03', led: true }],
    // Spanish compound particles inside a name.
    ['Publicado por María Luisa de los Santos el 19/01/2026', { authors: ['María Luisa de los Santos'], published: '2026-01-19', poster: true, led: true }],
    // A desk credited beside or instead of its writers is no author.
    ['Departamento de Comunicación · Metrobús Costa Levante', { publication: 'Metrobús Costa Levante' }],
    ['Por Comunicação Interna · Texto: Juliana Amaral e Ricardo Teles', { authors: ['Juliana Amaral', 'Ricardo Teles'], led: true }],
    // The author's desk names the organisation it serves; a feed's creator field; a running head's page.
    ['Por Larissa Monteiro Guedes – Assessoria de Imprensa do Grêmio Recreativo Vila Serrana', { authors: ['Larissa Monteiro Guedes'], publication: 'Grêmio Recreativo Vila Serrana', led: true }],
    ['dc:creator: Anjali Deshpande-Morris', { authors: ['Anjali Deshpande-Morris'], led: true }],
    ['THE SOLWAY COURIER, THURSDAY, MAY 14, 1987 — PAGE 3', { publication: 'THE SOLWAY COURIER', published: '1987-05-14' }],
    ['MONDAY, MAY 14, 1987', { published: '1987-05-14' }],
    // A curator after a lead and a colon; a month under two names.
    ['संकलन: रचना मिश्रा', { curator: 'रचना मिश्रा' }],
    // Names joined by the credit's own word for "and"; a Spanish double surname stays whole.
    ['Von Katrin Oberländer und Jens Maier', { authors: ['Katrin Oberländer', 'Jens Maier'], led: true }],
    ['Por Lucía Ferrer y Tomás Vidal | Diario del Valle', { authors: ['Lucía Ferrer', 'Tomás Vidal'], publication: 'Diario del Valle', led: true }],
    ['Por José Ortega y Gasset', { authors: ['José Ortega y Gasset'], led: true }],
    ['Ines Roth, Paul Weber and Mara Lenz', { authors: ['Ines Roth', 'Paul Weber', 'Mara Lenz'], bare: true }],
    ['Autorka: Ewa Nowak, 5 marca 2025', { authors: ['Ewa Nowak'], published: '2025-03-05', led: true }],
    // A mail header naming the sender: an outlet where a name would stand.
    ['From: The Harrow Letter <hello@harrowletter.example>', { publication: 'The Harrow Letter' }],
    ['بقلم: سارة حداد', { authors: ['سارة حداد'], led: true }],
    // Thai: a reporter's formula written as one word; a Buddhist-era year without its marker, a time after "|".
    ['รายงานโดย: สมชาย ทองดี', { authors: ['สมชาย ทองดี'], led: true }],
    ['อัปเดต 3 มี.ค. 2568 | 07:15 น.', { published: '2025-03-03T07:15:00' }],
    // Hebrew writes "in March" as one word; Bengali digits are digits.
    ['יום רביעי, 4 במרץ 2025', { published: '2025-03-04' }],
    ['প্রকাশ: ৩ মার্চ ২০২৫, ১০:৩০', { published: '2025-03-03T10:30:00' }],
    // A short word joining day, month and year, in languages chrono-node has no locale for.
    // An offset written out after the time is the zone, not the GMT it names; a zone named in words (data).
    ['Thứ Tư, 25/03/2026 - 08:30 (GMT+7)', { published: '2026-03-25T08:30:00+07:00' }],
    ['Julkaistu 15.1.2026 klo 9.05 Suomen aikaa', { published: '2026-01-15T09:05:00+02:00' }],
    // A job before the name, the outlet after it; a post in lower case is no outlet; a photo credit is no author.
    ['Vastaava toimittaja Liisa Korhonen, Savon Viikko', { authors: ['Liisa Korhonen'], publication: 'Savon Viikko', bare: true }],
    ['Skrevet av Ola Nordmann, kommunikasjonsrådgiver, Fjellbygd kommune', { authors: ['Ola Nordmann'], publication: 'Fjellbygd kommune', led: true }],
    ['Foto di Paolo Neri', null],
    // An episode's number beside the date and the show; hosts after "with".
    ['Folge 41 · 2. März 2026 · Deichfunk', { publication: 'Deichfunk', published: '2026-03-02' }],
    ['Met Eva Jansen en Tim de Boer', { authors: ['Eva Jansen', 'Tim de Boer'], led: true }],
    // Three comma parts with no "and": a name, a desk and the outlet, not three authors.
    ['Posted by Mara Quint, Rider Information, Coastline Transit', { authors: ['Mara Quint'], publication: 'Coastline Transit', led: true, poster: true }],
    // One credit for words and pictures.
    ['Text und Fotos: Jonas Albrecht', { authors: ['Jonas Albrecht'], led: true }],
    ['Publicat el 9 de gener de 2025', { published: '2025-01-09' }],
    ['Ika-9 ng Enero 2025', { published: '2025-01-09' }],
  ])('%s', (line, expected) => {
    expect(parseBylineLine(line)).toEqual(expected === null ? null : { ...none, ...expected });
  });

  it('reads the outlet after any language\'s source label, never a link', () => {
    expect(outletFromSource('Fuente: La Voz del Bajío')).toBe('La Voz del Bajío');
    expect(outletFromSource('Quelle: Nordhessischer Bote')).toBe('Nordhessischer Bote');
    expect(outletFromSource('Source: Harbour Times')).toBe('Harbour Times');
    expect(outletFromSource('Fuente: https://example.mx/nota')).toBeNull();
    // A study's journal, with its volume and pages, is a citation.
    expect(outletFromSource('Chanzo: Jarida la Misitu, 8(2): 44–59.')).toBeNull();
  });

  it('reads a copyright holder\'s brand when the text names it alone, keeping names with particles whole', () => {
    expect(brandOf('Larkspur Media', ['Larkspur is reader-supported.', '© 2025 Larkspur Media'])).toBe('Larkspur');
    expect(brandOf('Larkspur Media', ['© 2025 Larkspur Media'])).toBe('Larkspur Media');
    expect(brandOf('Gazzetta del Reno', ['La Gazzetta ha scritto', '© Gazzetta del Reno'])).toBe('Gazzetta del Reno');
    expect(brandOf('Het Zuider Kompas', ['Het is koud.', '© Het Zuider Kompas'])).toBe('Het Zuider Kompas');
  });

  it('reads the first outlet of a reposted story', () => {
    expect(outletFromOrigin('This essay originally ran in the Fenwick Review and is reposted with permission.')).toBe('Fenwick Review');
    expect(outletFromOrigin('Dieser Text erschien zuerst im Lindauer Boten.')).toBe('Lindauer Boten');
    expect(outletFromOrigin('We ran a poll in March.')).toBeNull();
  });

  it('reads slashed dates day first in a language that writes them so, month first in English', () => {
    setDateLanguage('vi');
    expect(parseBylineLine('Thứ Sáu, 10/1/2025, 07:15 (GMT+7)')).toEqual({ ...none, published: '2025-01-10T07:15:00+07:00' });
    setDateLanguage('es');
    expect(parseBylineLine('Actualizado: 05/03/2025 - 14:30')).toEqual({ ...none, published: '2025-03-05T14:30:00' });
    expect(parseBylineLine('Actualizado: 05/03/2025 - 14:30 CET')).toEqual({ ...none, published: '2025-03-05T14:30:00+01:00' });
    setDateLanguage('en');
    expect(parseDate('10/1/2025')?.iso).toBe('2025-10-01');
  });

  it('reads Japanese era dates, 元 for the first year', () => {
    setDateLanguage('ja');
    expect(parseDate('令和8年12月2日')?.iso).toBe('2026-12-02');
    expect(parseDate('平成元年1月8日')?.iso).toBe('1989-01-08');
  });

  it('reads a month written under two names, whichever comes first', () => {
    setDateLanguage('ar');
    expect(parseDate('الأحد ٨ نوفمبر/تشرين الثاني ٢٠٢٦')?.iso).toBe('2026-11-08');
    expect(parseDate('١٢ كانون الثاني/يناير ٢٠٢٦')?.iso).toBe('2026-01-12');
  });

  it.each([
    'Berita Lainnya',
    'Af og til regner det hele dagen i Aarhus.',
    'Text messages from the council arrived late',
    'Published 3 January 2025 by mistake, the notice was withdrawn a day later.',
    'Skovby Sogn · Kirkevej 12 · 8600 Skovby',
  ])('is not fooled by %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});

describe('author leads in Finnish, Norwegian, Ukrainian, Hungarian', () => {
  it('reads the lead and the name after it', () => {
    expect(parseBylineLine('Teksti: Ilmari Koskinen-Rautio')?.authors).toEqual(['Ilmari Koskinen-Rautio']);
    expect(parseBylineLine('Tekst og foto: Solveig Brekke')?.authors).toEqual(['Solveig Brekke']);
    expect(parseBylineLine('Авторка: Дарина Левченко')?.authors).toEqual(['Дарина Левченко']);
    expect(parseBylineLine('Írta: Kovács Péter')?.authors).toEqual(['Kovács Péter']);
  });
});

describe('byline stage across wrappers', () => {
  const run = (lines: string[]) => runStages(lines.join('\n\n'), boilerplate, headline, byline);
  const para = 'Officials said the terminal repairs cost about $40,000 and were finished two days ahead of plan, allowing the first crossing to leave on time.';
  const para2 = 'The harbour master said a second berth would reopen in the spring once the dredging contract is signed and the channel is surveyed again.';

  it('takes the wire and date of a press-release dateline', () => {
    const b = run(['Ferry operator orders two hybrid vessels', `TROMSØ, Norway, Jan. 8, 2025 /Polar Newswire/ -- ${para}`, para2]).file.data.byline;
    expect(b).toMatchObject({ publication: 'Polar Newswire', published: '2025-01-08' });
  });

  it('reads the dashed release form and its wire in capitals', () => {
    const b = run(['Acme opens a second plant', `PORTLAND, Ore., Feb. 3, 2025--(HARBOR WIRE)--${para}`, para2]).file.data.byline;
    expect(b).toMatchObject({ publication: 'Harbor Wire', published: '2025-02-03' });
  });

  it('reads the outlet from a dated masthead above the title that the boilerplate stage set aside', () => {
    const b = run(['Sognebladet for Vestby Kirke · April 2025', 'Nyt orgel indvies til pinse', 'By Maren Holt', para, para2]).file.data.byline;
    expect(b?.publication).toBe('Sognebladet for Vestby Kirke');
  });

  it('makes "Posted by" the curator when another line names the author', () => {
    const b = run(['Ferry returns to the island', 'By Maren Holt', para, para2, 'Posted by Ilse Brandt at 9:40 PM']).file.data.byline;
    expect(b).toMatchObject({ authors: ['Maren Holt'], curator: 'Ilse Brandt' });
  });

  it('puts the time of "Posted by X at TIME" on a date given above the post', () => {
    const b = run(['Sunday, 9 March 2025', 'Ferry returns to the island', 'By Maren Holt', para, para2, 'Posted by Ilse Brandt at 9:40 PM']).file.data.byline;
    expect(b).toMatchObject({ authors: ['Maren Holt'], curator: 'Ilse Brandt', published: '2025-03-09T21:40:00' });
  });

  it('keeps every name of "Posted by A, B and C on DATE" over a short label line', () => {
    const b = run(['Ferry returns to the island', para, para2, 'Posted by Ana Ruiz, Tom Berg and Lea Marx on 3 March 2025\nFiled in: Travel, Islands']).file.data.byline;
    expect(b).toMatchObject({ authors: ['Ana Ruiz', 'Tom Berg', 'Lea Marx'], published: '2025-03-03' });
  });

  it('takes a name in a script without capitals, or after an unknown label, for the author only beside a credit line, under the title', () => {
    const bn = 'গত সপ্তাহে জেলার প্রকৌশলীরা নদীর ধারে নতুন সেতুর কাজ শুরু করেছেন। স্থানীয় মানুষ বলছেন, এই সেতু হলে বাজারে যেতে আর নৌকার জন্য অপেক্ষা করতে হবে না।';
    const bn2 = 'প্রকল্পের খরচ ধরা হয়েছে প্রায় বারো কোটি টাকা, আর কাজ শেষ হওয়ার কথা আগামী বছরের বর্ষার আগেই।';
    const dated = run(['নদীর ধারে নতুন সেতুর কাজ শুরু', 'রফিকুল ইসলাম সরকার', 'প্রকাশ: ৩ মার্চ ২০২৫', bn, bn2]).file.data.byline;
    expect(dated).toMatchObject({ authors: ['রফিকুল ইসলাম সরকার'], published: '2025-03-03' });
    const alone = run(['নদীর ধারে নতুন সেতুর কাজ শুরু', 'রফিকুল ইসলাম সরকার', bn, bn2]).file.data.byline;
    expect(alone?.authors).toEqual([]);
    // A person's name after a label no list knows, beside the dated credit.
    const labelled = run(['Ferry returns to the island', 'Aus dem Gerichtssaal: Anna Berger', 'Kreisbote, 14.01.2026, 13:05', para, para2]).file.data.byline;
    expect(labelled?.authors).toEqual(['Anna Berger']);
  });

  it('reads the outlet in quotation marks after a descriptor, but keeps an agency\'s word before its name', () => {
    const run2 = (masthead: string) => run(['Ferry returns to the island', 'By Maren Holt', para, para2, `© 2026 ${masthead}`]).file.data.byline?.publication;
    expect(run2('Вісник громадської організації «Зелений двір»')).toBe('Зелений двір');
    expect(run2('ИА «Северный берег»')).toBe('ИА «Северный берег»');
  });

  it('takes a name after the writing hand, at a channel post\'s foot, for the author', () => {
    const b = run(['Ferry returns to the island', para, para2, '✍️ Lena Fischer', '🔔 Join the channel: t.me/ferrynews']).file.data.byline;
    expect(b?.authors).toEqual(['Lena Fischer']);
  });

  it('takes a bare name beside a date on another line for the outlet, once a credit names the author with a lead', () => {
    const b = run(['Ferry returns to the island', 'Írta: Szabó Lilla', 'Tengerparti Hírek · 2025. március 4., 08:15', para, para2]).file.data.byline;
    expect(b).toMatchObject({ authors: ['Szabó Lilla'], publication: 'Tengerparti Hírek' });
  });

  it('takes a name signing the story after its last paragraph, only when nothing else names an author', () => {
    const signed = run(['Ferry returns to the island', para, para2, 'Trần Minh Khoa']);
    expect(signed.file.data.byline?.authors).toEqual(['Trần Minh Khoa']);
    expect(summary(signed.tree).at(-1)?.[1]).toBe('byline');
    const credited = run(['Ferry returns to the island', 'By Maren Holt', para, para2, 'Trần Minh Khoa']);
    expect(credited.file.data.byline?.authors).toEqual(['Maren Holt']);
    expect(summary(credited.tree).at(-1)?.[1]).toBe('body');
  });
});

describe('headline past wrapper lines', () => {
  const run = (lines: string[]) => runStages(lines.join('\n\n'), boilerplate, headline, byline).file.data;
  const para = 'The lending library on Quay Street has repaired more than two hundred bicycles since it opened, volunteers said on Tuesday evening.';

  it('skips a two-sentence wrapper line that shares no word with the story', () => {
    expect(run(['Having trouble? Read it in your browser', 'Volunteers have repaired two hundred bicycles at the lending library', para, para]).headline).toBe(
      'Volunteers have repaired two hundred bicycles at the lending library',
    );
  });

  it('skips a view-in-browser line in any language, but keeps a title about a browser', () => {
    const title = 'Volunteers have repaired two hundred bicycles at the lending library';
    for (const notice of ['Diese E-Mail im Browser ansehen', 'Afficher cet e-mail dans votre navigateur', '이 메일을 브라우저에서 보기']) {
      expect(run([notice, title, para, para]).headline).toBe(title);
    }
    // A story about a browser: prose, not a second title, follows its title.
    expect(run(['Quay Street library tests a new web browser', para, para]).headline).toBe('Quay Street library tests a new web browser');
  });

  it('skips a reply\'s subject line over the article\'s own title, in any mail client\'s language', () => {
    const title = 'Volunteers have repaired two hundred bicycles at the lending library';
    for (const subject of ['Subject: Re: bikes at the library?', 'AW: Fahrräder in der Bibliothek', '回复：图书馆的自行车']) {
      expect(run([subject, title, para, para]).headline).toBe(title);
    }
    // A reply's subject alone is the only title there is.
    expect(run(['Re: bikes at the library', para, para]).headline).toBe('Re: bikes at the library');
  });

  it('takes a title that goes on in lower case after a dash, figures and all, for no banner', () => {
    const title = 'Glatteis im ganzen Kreis am Donnerstagabend – bis zu 20 Zentimeter Neuschnee';
    expect(run(['UNWETTERWARNUNG AKTIV', title, 'Diensthabender Meteorologe Jan Kettler, Wetterdienst Nord', para, para]).headline).toBe(title);
  });

  it('takes the title with its author right under it over a bulletin name with its date', () => {
    const title = 'Work on the new church roof will start after Easter';
    expect(run(['Harbour Parish News — Weekly Bulletin', 'Sunday, 9 March 2025', title, 'By Carla Bean', para, para.replace('Tuesday', 'Friday')]).headline).toBe(title);
    // A title with its date under it and the story right after keeps its place.
    expect(run([title, 'Sunday, 9 March 2025', para, para.replace('Tuesday', 'Friday')]).headline).toBe(title);
  });

  it('skips a banner and a short notice above the title', () => {
    const data = run(['STAFF NEWSLETTER — No. 12 — Winter 2025', 'Internal use only. Please do not share.', 'Quay Street library has repaired two hundred bicycles since it opened', 'By Orla Byrne', para, para]);
    expect(data.headline).toBe('Quay Street library has repaired two hundred bicycles since it opened');
    expect(data.byline?.authors).toEqual(['Orla Byrne']);
  });

  it('never takes a one-sentence opening paragraph for a notice above the title', () => {
    const data = run(['Harbour works resume', 'Die Initiative lehnt die Umfahrung ab, wie sie am Montag mitteilte.', 'Ihr Sprecher Malte Rosen verlangte, den Busverkehr zu stärken: „Eine neue Straße zieht neuen Verkehr an.“']);
    expect(data.headline).toBe('Harbour works resume');
  });

  it('keeps a one-phrase title that shares no word with the story', () => {
    expect(run(['A fragile kind of luck', 'Three crossings, one storm, and a ferry that kept running', para, para]).headline).toBe('A fragile kind of luck');
  });

  it('does not take a broadcast date line for the title', () => {
    const data = run(['Aired Friday 10 January 2025 on Riverside Radio', 'Transcript: the lending library that fixes bicycles', para, para]);
    expect(data.headline).toBe('Transcript: the lending library that fixes bicycles');
    expect(data.byline).toMatchObject({ publication: 'Riverside Radio', published: '2025-01-10' });
  });
});

describe('a Korean wire’s dateline', () => {
  it('names the reporters before their role and an equals sign', () => {
    const text = [
      '서울 빌딩 옥상 62곳에 벌통',
      '송고시간 2026-11-04 15:22',
      '(서울=한빛통신) 김민지 정태호 기자 = 서울 도심 빌딩 옥상에서 꿀벌을 키우는 도시 양봉이 빠르게 늘고 있다. 서울시는 올해 옥상 62곳에 벌통을 설치했다.',
      '지난해 22곳과 비교하면 세 배 가까이 늘어난 규모다. 올해 이들 벌통에서 수확한 꿀은 약 3.8t이다.',
    ].join('\n\n');
    const { byline } = cleanArticle(text);
    expect(byline.authors).toEqual(['김민지', '정태호']);
    expect(byline.published).toBe('2026-11-04T15:22:00');
  });
});

describe('the outlet in an origin formula', () => {
  it('ends at the clause and leaves out the app it was posted on; a WordPress trailer in Vietnamese names the outlet', () => {
    const story = [
      '东湖街道便民维修点开张',
      '东湖街道的便民维修点本周一正式开张，居民可以在这里修理家电、更换灯泡和疏通下水道，服务时间为每天上午九点到下午五点。',
      '维修点由街道和社区志愿者共同运营，负责人表示，开张第一周已经接待了两百多位居民，大部分是老年人。',
    ];
    expect(cleanArticle([...story, '本文首发于江城晚报客户端，转载请注明出处。'].join('\n\n')).byline.publication).toBe('江城晚报');
    const vi = [
      'Chợ nổi Cái Răng những ngày vắng ghe',
      'Năm giờ sáng, mặt sông Cần Thơ còn mờ sương. Những chiếc ghe chở bí đỏ, khóm, khoai lang lần lượt cập vào khúc sông quen thuộc.',
      'Nhưng với những người đã gắn bó với chợ nổi hàng chục năm, cảnh tượng ấy đã thưa đi nhiều so với trước đây.',
      'Bài viết Chợ nổi Cái Răng những ngày vắng ghe xuất hiện đầu tiên tại Miền Tây Online.',
    ];
    const article = cleanArticle(vi.join('\n\n'));
    expect(article.byline.publication).toBe('Miền Tây Online');
    expect(article.boilerplate.map((b) => b.kind)).toEqual(['attribution']);
  });
});

