/**
 * What an author field says that is no person (data, lower case): news agencies, site and
 * staff accounts, placeholders, organisations, and the reporter titles that stand next
 * to a name ("记者 张三", "山田太郎 記者") and are dropped from it.
 */
const words = (s: string) => new Set(s.trim().split(/\s*,\s*/));

/** Whole fields that name no person (compared after trimming). */
export const ACCOUNT_NAMES = words(
  `reuters, ap, afp, associated press, agence france-presse, efe, ansa, dpa, xinhua, tass, ria novosti, interfax,
  bloomberg, upi, pa media, lusa, agência brasil, agencia brasil, kyodo, yonhap, anadolu, bernama, aap, cnn, bbc,
  staff, admin, administrator, editor, editors, editorial, newsroom, team, webmaster, noreply, no-reply, unknown,
  anonymous, guest, rédaction, redaction, redação, redacao, redacción, redaccion, redazione, redaktion, redaktionen,
  редакция, тасс, риа новости, интерфакс, 编辑, 本报记者, 新华社, 中新社, 共同通信, 聯合報, מערכת, סוכנויות הידיעות, folhapress, estadão conteúdo`,
);

/**
 * Words that make a field an account, a desk or an organisation wherever they stand
 * ("Editorial Team", "Site Admin", "Acme Media Group", "Equipe Globo", "Редакция сайта").
 */
export const ACCOUNT_WORDS = words(
  `staff, desk, team, teams, newsroom, editors, editorial, wire, agency, agencies, press, news, bureau, admin, administrator,
  webmaster, moderator, sysop, support, guest, contributor, contributors, editor, author, authors, user, blogger, our, наш, наша, reporters, writers,
  inc, ltd, llc, gmbh, plc, corp, group, media, foundation, association, institute, university, council,
  ministry, department, company, society, network, studios, labs, community, office, services, committee, organization,
  organisation, partners, publishing, audio, productions, studio, films, pictures, podcasts, communications, online, digital, tv, radio, magazine, channel, blog, podcast, club,
  redação, rédaction, redacción, redazione, redaktion, équipe, equipe, equipo, conteúdo, agence, agência, agencia, groupe,
  grupo, verlag, zeitung, jornal, revista, diário, gazeta,
  departamento, comunicación, comunicação, comunicazione, kommunikation, abteilung, pressestelle, servicio, serviço, oficina, gabinete,
  assessoria, secretaría, secretaria, prefeitura, ayuntamiento, département, direction, dienst, afdeling, dział, wydział, biuro, portal, intranet,
  редакция, редакции, агентство, пресс-служба, новости, газета, служба, מערכת, סוכנויות, 编辑部, 編集部, 新闻, 新聞, 日报, 日報,
  晚报, 电视台, 電視台, 中心, 公司, 集团, 편집부, 뉴스`,
);

/** A name of Han characters ending in one of these is an organisation: 新华社, 人民网, 人民日报, 中央电视台. */
export const HAN_ORGANISATION_ENDINGS = new Set(['社', '网', '網', '报', '報', '台', '局', '署', 'ニュース']);

/**
 * Reporter titles, dropped from a name they stand before or after, with the place and
 * "reports" words of a Chinese credit ("王小明／台北報導"): "本报记者 李四" gives 李四.
 * A field that is only a title gives no name.
 */
export const REPORTER_TITLES = words(
  `记者, 本报记者, 特约记者, 实习记者, 首席记者, 特派记者, 通讯员, 本报通讯员, 见习记者, 責任編輯, 责任编辑, 编辑, 編輯, 記者, 本報記者,
  特派員, 編集委員, 論説委員, 기자, 특파원, 객원기자, 선임기자, כתב, כתבת, כתבנו, корреспондент, корр., обозреватель,
  наш корреспондент, reporter, correspondent, journalist`,
);

/** Last words of a Chinese credit that are no name: "台北報導" (reports from Taipei), "北京电" (wires from Beijing). */
export const CREDIT_ENDINGS = ['报道', '報導', '報道', '电', '電', '讯', '訊', '摄', '攝'];

/** Words before a name that only say "by" ("By Jane Doe", "Por Maria Silva", "文/张三"). */
export const BY_WORDS = words('by, por, par, von, di, door, автор, от, מאת, 文, 作者, 撰文, 글');

/** Articles that open an organisation's name and no person's ("The Verge", "El País", "O Globo", "Der Spiegel"). */
export const ORGANISATION_ARTICLES = words('the, el, los, las, les, der, die, das, il, lo, gli, o, os, het');

/** Words that join names (or a name and a credit): "Jane Doe and John Roe", "Maria e João", "Иван и Пётр", "Jane Doe | Reuters". */
export const NAME_JOINERS = /\s*(?:[,;&、，；]|\s(?:and|et|[eyиו|/•·]|und)\s)\s*/u;

/** Place after a name: "Jane Doe in Brussels", "Maria Silva em Brasília", "Paul Roux à Paris", "Jane Doe reporting from Kyiv". */
export const PLACE_AFTER = /\s+(?:reporting\s+)?(?:in|em|à|en|au|aus|из|в|from)\s+\p{Lu}[\s\S]*$/u;
