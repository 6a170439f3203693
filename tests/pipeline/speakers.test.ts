/** Speakers of quotations: surnames, reporting verbs, follow-on paragraphs, pronouns, descriptions, other languages. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const speakersOf = (paragraphs: string[]) =>
  cleanArticle(['Harbour works resume', ...paragraphs].join('\n\n')).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker);
const rolesOf = (paragraphs: string[]) =>
  cleanArticle(['Harbour works resume', ...paragraphs].join('\n\n')).quotes.map((q) => [q.speaker, q.role ?? null]);

describe('surnames resolve to the full name', () => {
  it('through a possessive first mention and a compound surname with particles', () => {
    expect(speakersOf(['Pieter van der Berg’s team found the leak in March, two weeks after the inspection.', '“We were lucky the valve held,” Van der Berg said.'])).toEqual(['Pieter van der Berg']);
  });

  it('through compound and hyphenated surnames', () => {
    expect(speakersOf(['Gabriel García Márquez grew up in the town.', '“It was all true, every word of it,” García Márquez said.'])).toEqual(['Gabriel García Márquez']);
    expect(speakersOf(['Ama Owusu-Mensah runs the night clinic.', '“We see forty patients on a quiet evening,” Owusu-Mensah noted.'])).toEqual(['Ama Owusu-Mensah']);
  });

  it('through a title on the first mention', () => {
    expect(speakersOf(['Dr. Ama Owusu leads the clinic on the hill.', '“We see forty patients on a quiet evening,” Owusu wrote in an email.'])).toEqual(['Ama Owusu']);
  });

  it('drops an employer or title that stands before a known name', () => {
    expect(speakersOf(['Dan McDowell has run the dealership for a decade.', '“People are a little more cautious this year,” said InfoNation President Dan McDowell.'])).toEqual(['Dan McDowell']);
  });
});

describe('reporting verbs from the language data, in both orders', () => {
  it('reads noted, urged, weighed in and issued a statement saying', () => {
    expect(
      speakersOf([
        '“The numbers speak for themselves this quarter,” noted Carla Mendes, the treasurer.',
        'Tom Ricci weighed in: “We will appeal the ruling in every court we can.”',
        'Ines Duarte urged calm: “The board acted within its rights and will not resign.”',
        'Lena Fischer issued a statement saying “the harbour will reopen to all traffic by June.”',
      ]),
    ).toEqual(['Carla Mendes', 'Tom Ricci', 'Ines Duarte', 'Lena Fischer']);
  });
});

describe('quotations introduced by a colon', () => {
  it('are spoken by the person who opens the sentence', () => {
    expect(
      speakersOf([
        'Die Bürgerinitiative Hauptstraße lehnt die Umfahrung geschlossen ab, wie sie am Montag mitteilte.',
        'Ihr Sprecher Malte Rosenkranz verlangte, stattdessen den Bus- und Radverkehr zu stärken: „Eine neue Straße zieht neuen Verkehr an.“',
      ]),
    ).toEqual(['Malte Rosenkranz']);
    expect(speakersOf(['Councillor Ruth Abara was blunt: “Nobody on this council voted for a bridge that closes every winter.”'])).toEqual(['Ruth Abara']);
  });
});

describe('follow-on quote paragraphs', () => {
  it('continue the speaker of the paragraph before when they attribute nothing', () => {
    expect(
      speakersOf([
        '“The ferry will run again on Monday morning,” said Ana Ruiz, the harbour master.',
        '“We have checked every cable and every bolt twice over the weekend.”',
        '“Passengers can book their crossings from today.”',
      ]),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });

  it('do not continue across a paragraph without quotations', () => {
    expect(
      speakersOf([
        '“The ferry will run again on Monday morning,” said Ana Ruiz, the harbour master.',
        'The terminal was flooded for a week in October and the ramp had to be rebuilt.',
        '“We have checked every cable and every bolt twice over the weekend.”',
      ]),
    ).toEqual(['Ana Ruiz', null]);
  });
});

describe('pronouns agree in gender when the text tells it', () => {
  it('mean the name in apposition, not the owner opening the sentence', () => {
    expect(
      speakersOf([
        'The Falcons chased down 171 against the San Jose Strikers on Sunday.',
        'The Strikers’ captain, Arjun Pillai-Nakamura, was gracious in defeat. “They deserved it, we let it go,” he said.',
      ]),
    ).toEqual(['Arjun Pillai-Nakamura']);
  });

  it('find a person named after the agent’s preposition', () => {
    expect(
      speakersOf(['The repair café is run by Funmilayo Bankole, a retired electrical engineer who started it after watching her grandson throw away a tablet.', '“Bring a screwdriver and a lot of patience,” she said.']),
    ).toEqual(['Funmilayo Bankole']);
  });

  it('skip a British council title before the name', () => {
    expect(speakersOf(['Cllr Farhan Qureshi chairs the transport committee.', '“This is about getting the buses through the junction,” Qureshi said.'])).toEqual(['Farhan Qureshi']);
  });

  it('skip a person of the other gender, told by a title', () => {
    expect(speakersOf(['Mr. Okafor met Ms. Lindqvist at the depot on Friday.', '“We need more buses on the night routes,” she said.'])).toEqual(['Lindqvist']);
    expect(speakersOf(['Ms. Lindqvist met Mr. Okafor at the depot on Friday.', '“We need more buses on the night routes,” he said.'])).toEqual(['Okafor']);
  });

  it('give null rather than a person of the other gender', () => {
    expect(speakersOf(['Ms. Lindqvist spoke first at the depot on Friday.', '“We need more buses on the night routes,” he said.'])).toEqual([null]);
  });

  it('take a pronoun as gender evidence only after the person it follows', () => {
    expect(
      speakersOf(['Sarah Kim, 34, moved to the valley last year. Her husband, Daniel Kim, followed.', '“The schools here are the reason we stayed,” she said.']),
    ).toEqual(['Sarah Kim']);
  });

  it('skip a name used as a modifier after an article', () => {
    expect(
      speakersOf([
        'Nkechi Okafor-Bright took more than a minute off the course record on Sunday.',
        'The Fenwick Harriers runner, who won last year, had planned to run conservatively. “I went out too hard and then spent six kilometres apologising,” she recalled.',
      ]),
    ).toEqual(['Nkechi Okafor-Bright']);
  });

  it('learn gender from a gendered role word and from an earlier pronoun', () => {
    expect(
      speakersOf(['Hollis Vang, a spokeswoman for the port, met Rafael Quintero at the terminal.', '“The cranes will be back by spring,” she said.']),
    ).toEqual(['Hollis Vang']);
    expect(
      speakersOf(['Dana Whitcombe said her team had tracked the storm for days.', 'Rafael Quintero arrived later.', '“There is no real break until the front comes through,” she said.']),
    ).toEqual(['Dana Whitcombe']);
  });
});

describe('speakers are people or organisations', () => {
  it('a description gives no speaker and stands as the role', () => {
    expect(rolesOf(['“The hall will stay closed until the roof is repaired,” said a spokesperson for the council.'])).toEqual([[null, 'spokesperson for the council']]);
    expect(rolesOf(['“The hall will stay closed until the roof is repaired,” a spokeswoman for the council said.'])).toEqual([[null, 'spokeswoman for the council']]);
  });

  it('a definite description means the person the paragraph just named', () => {
    expect(
      rolesOf(['Yannick Le Goff y vend du poisson depuis 1991. « On ne ferme pas une halle, on ferme une façon de vivre », confie le mareyeur.']),
    ).toEqual([['Yannick Le Goff', 'mareyeur']]);
    expect(rolesOf(['“The hall will stay closed until the roof is repaired,” said the spokesperson.'])).toEqual([[null, 'spokesperson']]);
  });

  it('an inverted name must end its clause: "complained that the first Trail model" names no one', () => {
    expect(
      speakersOf([
        'Lumen’s product lead, Oskar Lindqvist-Ahn, said riders complained that the first Trail model rattled loose. “We put the old one on a vibration rig and it failed,” he said.',
      ]),
    ).toEqual(['Oskar Lindqvist-Ahn']);
  });

  it('a name after the description is the speaker, the description its role', () => {
    expect(rolesOf(['“We never planned to sell the farm, not once,” said the company’s founder, Maria Lopez.'])).toEqual([['Maria Lopez', 'company’s founder']]);
    expect(rolesOf(['“We never planned to sell the farm, not once,” said Smith’s lawyer, Anna Berg.'])).toEqual([['Anna Berg', 'Smith’s lawyer']]);
    expect(rolesOf(['« Le pont sera terminé avant l’hiver », a affirmé la maire, Claire Dubois.'])).toEqual([['Claire Dubois', 'maire']]);
  });

  it('an organisation named as the subject speaks', () => {
    expect(speakersOf(['Acme Corp said in a statement that “the recall covers every unit sold since March of last year.”'])).toEqual(['Acme Corp']);
  });

  it('a place the text names after a preposition is not a speaker', () => {
    expect(speakersOf(['The band played in Memphis all summer.', '“We sold out every night of the tour there,” Memphis said.'])).toEqual([null]);
  });

  it('an employer inside an appositive is not the speaker', () => {
    expect(
      speakersOf(['“The deal is a start but it is not nearly enough,” He Jianxiong, the former executive director for China at the International Monetary Fund, said.']),
    ).toEqual(['He Jianxiong']);
  });
});

describe('quotations in other languages', () => {
  it('reads the marks and the reporting verbs of es, pt, fr, de and it', () => {
    expect(
      speakersOf([
        '«Hemos recuperado la confianza de los vecinos», afirmó la alcaldesa Lucía Pérez.',
        'Maria Souza voltou a Lisboa. “A cidade mudou muito nos últimos anos”, disse Souza.',
        '« Nous avons tenu nos promesses envers les habitants », a déclaré Jeanne Moreau.',
        '„Wir haben die Kosten im Griff und bauen weiter“, sagte Klaus Weber.',
        '»Das Projekt wird im Sommer fertig und kostet weniger«, so Anna Schmidt.',
        '«Abbiamo fatto tutto il possibile per salvare la stagione», ha detto Marco Rossi.',
      ]),
    ).toEqual(['Lucía Pérez', 'Maria Souza', 'Jeanne Moreau', 'Klaus Weber', 'Anna Schmidt', 'Marco Rossi']);
  });

  it('resolves a dropped subject, an inverted French pronoun and a German role noun before the name', () => {
    expect(speakersOf(['Andrés Molina cultiva uva en La Rioja.', '«Este año vamos a cosechar menos uva que nunca», dijo.'])).toEqual(['Andrés Molina']);
    expect(speakersOf(['Claire Dubois dirige le chantier.', '« Nous sommes dans les temps pour la rentrée », a-t-elle ajouté.'])).toEqual(['Claire Dubois']);
    expect(speakersOf(['„Die Brücke wird bis zum Winter fertig“, sagte Bürgermeisterin Petra Lang.'])).toEqual(['Petra Lang']);
  });

  it('reads Dutch and Polish „…” marks, Dutch and Russian verbs, and departments inside a role', () => {
    expect(
      speakersOf([
        '„We hebben bewust gekozen voor onze leden”, zei topman Pieter van der Meulen tijdens een toelichting.',
        '«Паром перевозил до четырёх тысяч человек в сутки», сказал Игорь Ракитин.',
        '«Non volevamo un centro commerciale, volevamo un mercato di quartiere», ha spiegato l’assessora al Commercio Chiara De Santis-Morelli.',
      ]),
    ).toEqual(['Pieter van der Meulen', 'Игорь Ракитин', 'Chiara De Santis-Morelli']);
  });

  it('reads dialogue dashes when an attribution follows, and a full name after a phrase of place and role', () => {
    expect(
      speakersOf([
        '– Nie możemy podpisać umowy, na którą nie mamy pieniędzy – powiedział na poniedziałkowej konferencji wiceprezydent Tomasz Kędzierski.',
        '— Паром перевозил до четырёх тысяч человек в сутки, — сказал Игорь Ракитин.',
        '– Lista zmian w rozkładzie jazdy autobusów od 1 listopada.',
      ]),
    ).toEqual(['Tomasz Kędzierski', 'Игорь Ракитин']);
  });

  it('takes the full name after a role that holds or ends in a capitalised place', () => {
    expect(speakersOf(['«Δεν φτάνουν τα χρήματα για όλους τους εμπόρους», είπε η πρόεδρος του συλλόγου εμπόρων Πάτρας, Μαρία Κωνσταντίνου.'])).toEqual(['Μαρία Κωνσταντίνου']);
    // A capitalised word inside the role goes on with a lower-case one: a place, not the name.
    expect(speakersOf(['„Most je ve špatném stavu už deset let. Teď jsme sehnali peníze,“ řekl starosta Lhoty nad Sázavou Jan Novák.'])).toEqual(['Jan Novák']);
    // A surname alone before the comma stays the speaker when no full name follows.
    expect(speakersOf(['“We will build it by June,” said the mayor Jensen, speaking at the town hall.'])).toEqual(['Jensen']);
  });

  it('splits a quotation its attribution interrupts into two, both the speaker\'s; a dash with no attribution leaves it whole', () => {
    const text = ['Паром', '«Мы ждём новый паром уже третий месяц, — сказал глава района Олег Смирнов. — Если его не пришлют до зимы, остров останется без связи».'].join('\n\n');
    expect(cleanArticle(text).quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Мы ждём новый паром уже третий месяц,', 'Олег Смирнов'],
      ['Если его не пришлют до зимы, остров останется без связи', 'Олег Смирнов'],
    ]);
    const whole = ['Паром', '«Мы ждём новый паром уже третий месяц, — и никто не знает, когда он придёт», сказал Олег Смирнов.'].join('\n\n');
    expect(cleanArticle(whole).quotes.map((q) => [q.text, q.speaker])).toEqual([['Мы ждём новый паром уже третий месяц, — и никто не знает, когда он придёт', 'Олег Смирнов']]);
  });

  it('reads a one-word "according to" that opens the sentence', () => {
    expect(speakersOf(['Pour Gaëlle Rivoal-Nédélec, « c’est l’un des rares exemples d’architecture en béton de la région ».'])).toEqual(['Gaëlle Rivoal-Nédélec']);
  });

  it('reads CJK corner brackets as quotation marks', () => {
    const text = ['Harbour works resume', '「The harbour will reopen to all traffic by June this year」, said Lena Fischer.'].join('\n\n');
    expect(cleanArticle(text).quotes.map((q) => [q.text, q.speaker])).toEqual([['The harbour will reopen to all traffic by June this year', 'Lena Fischer']]);
  });
});

describe('first names', () => {
  it('a sentence opened by the first name of one person makes them the subject a pronoun in the next paragraph means', () => {
    expect(
      speakersOf([
        'Please welcome Bec Antoniou of Three Gums Dairy, who will sell chèvre and a washed-rind cheese called Barrabool Blush. Bec milks 38 goats outside Inverleigh.',
        '“People think goat cheese is a winter thing, but our does are best in late summer,” she said.',
      ]),
    ).toEqual(['Bec Antoniou']);
  });
});

describe('definite descriptions', () => {
  const intro = 'Marisol Okonkwo-Reyes runs the bakery on Harbour Street. Tomasz Lindqvist, the mayor of the town, opened it in May.';
  it('mean the one person the article gave that post, even when someone else was named last', () => {
    expect(speakersOf([intro, 'Lindqvist met Okonkwo-Reyes on Monday. “We open at six every morning,” the mayor said.'])).toEqual(['Tomasz Lindqvist']);
  });
});

