/**
 * Author fields that name no person: news agencies, site and staff accounts, placeholders
 * (lower case, compared after trimming; a word of these anywhere marks an account too).
 */
export const ACCOUNT_NAMES = new Set(
  `reuters, ap, afp, associated press, agence france-presse, efe, ansa, dpa, xinhua, tass, ria novosti, interfax,
  bloomberg, upi, pa media, lusa, agência brasil, agencia brasil, kyodo, yonhap, anadolu, bernama, aap, cnn, bbc,
  staff, admin, administrator, editor, editors, editorial, newsroom, team, webmaster, noreply, no-reply, unknown,
  anonymous, guest, rédaction, redaction, redação, redacao, redacción, redaccion, redazione, redaktion, redaktionen,
  редакция, 编辑, 本报记者, מערכת`.split(/,\s*/),
);

/** Words of other scripts that make an author field an account wherever they stand ("Редакция сайта"). */
export const ACCOUNT_WORDS_ANY_SCRIPT = new Set(['редакция', 'редакции', 'מערכת', '编辑', '编辑部', '本报记者', '記者', '編集部']);

/** Words that make an author field an account or a desk, whatever surrounds them. */
export const ACCOUNT_WORDS = /\b(?:staff|desk|team|newsroom|editors|editorial|redação|rédaction|redacción|redazione|redaktion|wire|agency|agencies|press|news|bureau)\b/iu;

/** Words that join names (or a name and a credit): "Jane Doe and John Roe", "Maria e João", "Иван и Пётр", "Jane Doe | Reuters". */
export const NAME_JOINERS = /\s*(?:[,;&、]|\s(?:and|et|[eyиו|/•·]|und)\s)\s*/u;

/** Place after a name: "Jane Doe in Brussels", "Maria Silva em Brasília", "Paul Roux à Paris". */
export const PLACE_AFTER = /\s+(?:in|em|à|en|au|aus|in|из|в|from)\s+\p{Lu}[\s\S]*$/u;
