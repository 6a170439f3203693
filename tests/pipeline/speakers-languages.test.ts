/** Speakers in more languages and scripts, and the name forms that hide a full name. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const speakersOf = (paragraphs: string[]) =>
  cleanArticle(['Harbour works resume', ...paragraphs].join('\n\n')).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker);

describe('a surname is the full name the story gave first', () => {
  it('after a possessive first mention behind an owner and a role', () => {
    expect(
      speakersOf([
        'Brightwater Foods’ chief executive Imogen Achterberg-Sall’s plan for the plant was approved on Tuesday.',
        '“We will hire from the valley first,” Achterberg-Sall said.',
        '“The first trays leave the line in May,” Corvan’s operations director Teodor Vance told reporters at the gate.',
      ]),
    ).toEqual(['Imogen Achterberg-Sall', 'Teodor Vance']);
  });

  it('with a multi-word surname and behind a title', () => {
    expect(speakersOf(['Dr. Lucía de la Peña runs the seed bank outside town.', '“Every drawer here is a harvest someone lost,” de la Peña said.'])).toEqual(['Lucía de la Peña']);
  });

  it('behind an article opening the sentence, not behind a surname\'s own particles', () => {
    expect(
      speakersOf([
        'La Montserrat Vilaró porta trenta anys fent pa al forn del carrer Major.',
        '«El secret és la paciència i una farina que respiri», diu Vilaró.',
      ]),
    ).toEqual(['Montserrat Vilaró']);
  });

  it('after a role phrase with a capitalised genitive and a place in it', () => {
    expect(speakersOf(['„Bazén otvoríme až v septembri,“ upozornil riaditeľ Základnej školy na Hlavnej ulici Peter Kováč. Škola preto zvažuje presun.'])).toEqual(['Peter Kováč']);
  });

  it('behind a compound role opening the sentence', () => {
    expect(
      speakersOf([
        'Co-author Imani Osei, who runs a pickle stall in Hull, has made brine for a decade. “Weigh the salt every time, or the jars turn,” Osei said.',
      ]),
    ).toEqual(['Imani Osei']);
  });

  it('behind a German role noun', () => {
    expect(
      speakersOf([
        'Stadtplanerin Ulrike Brandhofer stellte die Pläne am Dienstag im Rathaus vor.',
        '„Der Platz wird grüner, aber nicht leiser“, sagte Brandhofer.',
      ]),
    ).toEqual(['Ulrike Brandhofer']);
  });

  it('by first name when the byline gives the full one', () => {
    const article = cleanArticle(['Soup season', 'By Oksana Mirel', '“Roast the squash before it goes near the pot,” says Oksana, who cooks for a shelter on weekends.'].join('\n\n'));
    expect(article.quotes.map((q) => q.speaker)).toEqual(['Oksana Mirel']);
  });
});

describe('reporting verbs and quotation marks of more languages', () => {
  it('Swedish closing-shaped marks and säger', () => {
    expect(speakersOf(['”Vi börjar gräva i augusti om vädret tillåter”, säger Lovisa Strandberg, projektledare på kommunen.'])).toEqual(['Lovisa Strandberg']);
  });

  it('Turkish dedi and Indonesian kata, ujarnya', () => {
    expect(speakersOf(['Belediye Başkanı Serkan Yıldırımoğlu yeni iskeleyi tanıttı. “İskele yaz başında hizmete girecek”, dedi.'])).toEqual(['Serkan Yıldırımoğlu']);
    expect(
      speakersOf([
        'Kepala desa, Wahyudi, memimpin rapat warga pada Senin malam. “Kami akan menanam lagi bulan depan,” kata Wahyudi.',
        '“Bibitnya sudah kami siapkan di balai desa,” ujarnya.',
      ]),
    ).toEqual(['Wahyudi', 'Wahyudi']);
  });

  it('Czech, Romanian and Greek', () => {
    expect(speakersOf(['„Silnice bude uzavřená až do neděle,“ uvedla mluvčí hasičů Tereza Nováková.'])).toEqual(['Tereza Nováková']);
    expect(speakersOf(['Primarul comunei, Radu Ionescu, a declarat că „lucrările vor fi gata până în toamnă”.'])).toEqual(['Radu Ionescu']);
    expect(speakersOf(['Η Ελένη Παπαδάκη άνοιξε το εργαστήριο πριν από δύο χρόνια. «Κάθε κομμάτι το φτιάχνουμε με το χέρι», εξηγεί.'])).toEqual(['Ελένη Παπαδάκη']);
  });

  it('Vietnamese with a pronoun, Danish with a description from the paragraph before', () => {
    expect(speakersOf(['Đầu bếp Trần Quốc Bảo mở quán từ năm ngoái. “Nước dùng phải ninh suốt đêm,” anh nói.'])).toEqual(['Trần Quốc Bảo']);
    expect(speakersOf(['Skolen har fået en ny rektor. Signe Holmgaard-Lund tiltræder 1. august.', '»Jeg glæder mig til at møde eleverne,« siger den nye rektor.'])).toEqual(['Signe Holmgaard-Lund']);
  });
});

describe('names in scripts without capitals', () => {
  it('Hebrew: an apposition, then a bare verb', () => {
    expect(speakersOf(['לדברי רכזת הספרייה, מיכל בן־עמי, הביקוש גדל מאוד. "כל ערב האולם מלא," אמרה. "אנחנו צריכים עוד כיסאות."'])).toEqual(['מיכל בן־עמי', 'מיכל בן־עמי']);
  });

  it('Arabic: an apposition, then قالت', () => {
    expect(
      speakersOf(
        [
          'افتتحت البلدية مكتبة جديدة في حي الميناء يوم السبت بعد عامين من أعمال الترميم.',
          'وقالت مديرة المكتبة، سلمى الخطيب، إن الإقبال فاق التوقعات. "جاء أكثر من ثلاثمئة طفل في اليوم الأول،" قالت.',
        ],
        'مكتبة جديدة في حي الميناء بعد عامين من الترميم',
      ),
    ).toEqual(['سلمى الخطيب']);
  });

  it('Persian: a name with the letters Arabic lacks (ک, ی), set off by commas or right before the verb', () => {
    expect(speakersOf(['علی رضایی، فروشنده بازار تجریش، می‌گوید: «امسال فروش ما نصف شده است و مشتری‌ها کمتر می‌آیند».'])).toEqual(['علی رضایی']);
    expect(speakersOf(['نگار کریمی گفت: «کتابخانه محله ما از ماه آینده تا ساعت نه شب باز می‌ماند».'])).toEqual(['نگار کریمی']);
  });

  it('Hindi: a name before ने, a pronoun after the quotation', () => {
    expect(
      speakersOf(
        [
          'गांव के सरकारी स्कूल में पिछले साल से निर्माण का काम चल रहा है और बच्चे अभी बरामदे में पढ़ते हैं।',
          'स्कूल की प्रधानाचार्य सुनीता वर्मा ने बताया कि नई इमारत जून तक तैयार होगी। “बच्चों को अब धूप में नहीं बैठना पड़ेगा,” उन्होंने कहा।',
        ],
        'गांव के स्कूल की नई इमारत जून तक तैयार होगी',
      ),
    ).toEqual(['सुनीता वर्मा']);
  });

  it('Chinese: a family name after a role, then 他说', () => {
    expect(
      speakersOf(
        [
          '老码头边的船坞今年只剩下三家，码头管理处表示明年还要再拆一家，剩下的师傅们都在考虑以后的出路。',
          '在码头修了三十年船的师傅刘永福还在坚持，每天早上六点就开工。“现在年轻人不愿意学这门手艺，”他说。“学会了也赚不到钱。”',
        ],
        '老码头的修船师傅：年轻人不愿学这门手艺了',
      ),
    ).toEqual(['刘永福', '刘永福']);
  });

  it('Japanese and Korean: a title after the name, and a short mention later', () => {
    expect(
      speakersOf(
        [
          '駅前の商店街は来月から、毎月第二土曜日に夜市を開くことを決めた。空き店舗を使った屋台も並ぶ予定で、市も費用の一部を補助する。',
          '商店街の会長を務める村上健司さん（61）は「夜市を毎月開いて、夜にも人が歩く通りにしたい」と話す。近くの店主たちも準備を始めている。',
          '村上さんは「ここ数年で若い店主が少しずつ増えてきた。彼らが続けられる街にしたい」と語った。',
        ],
        '商店街で夜市を毎月開催へ　若い店主も増加',
      ),
    ).toEqual(['村上健司', '村上健司']);
    expect(
      speakersOf(
        [
          '부산시가 올여름 해수욕장 안전요원을 지난해의 두 배로 늘리기로 했다. 야간 개장 구역에도 구조 인력이 배치된다.',
          '부산시 해양정책과 정다은 과장은 “안전요원을 두 배로 늘리고 야간에도 구조선을 띄우겠다”고 말했다.',
          '정 과장은 “다음 달부터 시범 운영을 시작하고 결과를 공개하겠다”고 덧붙였다.',
        ],
        '해수욕장 안전요원 두 배로 늘린다',
      ),
    ).toEqual(['정다은', '정다은']);
  });
});

describe('pronouns agree in gender', () => {
  it('"she said" skips the man named last and finds the woman', () => {
    expect(speakersOf(['Mayor Ruth Okonjo met the contractor, Mr. Dale Prentice, at the site.', '“We will not pay for a second delay,” she said.'])).toEqual(['Ruth Okonjo']);
  });

  it('"he said" means the subject of the sentence before, not the last name in it', () => {
    expect(
      speakersOf([
        'Callum Rees was the second engineer to inspect the bridge after the flood with the county surveyor Idris Mald. He said the cracks worried him less than the “silt building up behind the piers.”',
      ]),
    ).toEqual(['Callum Rees']);
  });

  it('and is nobody when everyone named is of the other gender', () => {
    expect(speakersOf(['Mr. Dale Prentice and his brother Mr. Owen Prentice run the yard.', '“We start at six every morning, even in winter,” she said.'])).toEqual([null]);
  });
});

describe('Hebrew: a role in the construct state, then the name', () => {
  it('takes the name set off after the role for the speaker, and reads a straight quote inside a word as an acronym mark', () => {
    const quotes = cleanArticle(
      [
        'הספרייה העירונית תיפתח גם בשבת',
        '"נפתח את האולם הגדול לקוראים כבר בחודש הבא", אמרה מנהלת מחלקת התרבות, ד"ר רונית אלמוג, בכנס שנערך אתמול.',
        'לדבריה, התקציב אושר בישיבת המועצה האחרונה. "הצבענו פה אחד בעד ההצעה של צה"ל והעירייה", אמר סגן ראש העיר, אבי גולן.',
      ].join('\n\n'),
    ).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['נפתח את האולם הגדול לקוראים כבר בחודש הבא', 'רונית אלמוג'],
      ['הצבענו פה אחד בעד ההצעה של צה"ל והעירייה', 'אבי גולן'],
    ]);
  });
});

describe('quotation marks typed as they come', () => {
  it('closes a German low opening mark with a straight one', () => {
    expect(speakersOf(['„Wir öffnen das Bad im Mai", sagte Bürgermeisterin Karin Vogt am Montag.'])).toEqual(['Karin Vogt']);
  });
});

describe('a quotation with no attribution', () => {
  it('is spoken by the person a short sentence right before it opens with', () => {
    expect(
      speakersOf([
        'Ngozi Okafor, 64, has mended nets on the harbour wall since she was a girl.',
        'We ask whether anyone will take over. Okafor shrugs. “When I stop, the wall stops. My sons work in the city.”',
      ]),
    ).toEqual(['Ngozi Okafor']);
  });
});

describe('attribution after the closing mark', () => {
  it('may open with a dash, in any language that sets it so', () => {
    expect(
      speakersOf([
        '„Nie było innej drogi” – mówiła w uzasadnieniu sędzia Barbara Nowak.',
        '«Світло повернули лише вчора», — пояснює координатор штабу Олег Коваль.',
        '«Il vino qui non ha fretta», racconta Marta Serra mentre apre la cantina.',
      ]),
    ).toEqual(['Barbara Nowak', 'Олег Коваль', 'Marta Serra']);
  });
});

describe('Korean names before an organisation and a title', () => {
  it('takes the name that opens the clause, not the office fused to the title, and a name with its age', () => {
    expect(
      speakersOf([
        '(서울=한빛통신) 김민지 기자 = 서울 도심 빌딩 옥상에서 꿀벌을 키우는 도시 양봉이 빠르게 늘고 있다.',
        '박성호 서울시 기후환경본부장은 "도시 양봉은 꽃가루를 옮기는 벌을 도시에 되돌려 놓는 것이 목적"이라고 말했다.',
        '"처음에는 벌에 쏘일까 봐 무서웠는데, 지금은 점심시간마다 올라와요." 중구의 한 보험회사에 다니는 이은정(34) 씨는 이렇게 말했다.',
        '최윤서 국립농업과학원 연구관은 "도심 꿀에서 중금속이 기준치 이하로 검출됐다"고 설명했다.',
      ]),
    ).toEqual(['박성호', '이은정', '최윤서']);
  });
});

describe('an event is nobody', () => {
  it('gives a pronoun after "the First World War" to the man the sentence is about', () => {
    expect(
      speakersOf([
        'Idris Pugh-Varga’s family has fished for elvers at Epney since before the First World War. He still has the long net his grandfather made from willow.',
        '“My grandfather said you could walk across the river on their backs in a good April,” he says, standing on the flood bank in waders.',
      ]),
    ).toEqual(['Idris Pugh-Varga']);
  });
});

