/**
 * Words that name a news outlet, per language: a headline ending " - Valley Gazette" or
 * " – Kreisanzeiger Online" carries a site name even when the headline itself is in title
 * case. Data, not code: add a language by adding a line. Lower case; matched as whole words.
 */
export const OUTLET_WORDS: Record<string, string[]> = {
  en: ['news', 'times', 'herald', 'gazette', 'journal', 'tribune', 'chronicle', 'courier', 'daily', 'observer', 'telegraph', 'dispatch', 'bulletin', 'weekly', 'magazine', 'echo', 'argus', 'sentinel', 'examiner', 'register', 'inquirer', 'guardian', 'advertiser', 'messenger', 'mercury', 'packet', 'reporter'],
  de: ['zeitung', 'anzeiger', 'rundschau', 'kurier', 'nachrichten', 'tagblatt', 'presse', 'allgemeine', 'morgenpost', 'abendblatt', 'bote', 'blatt'],
  fr: ['journal', 'courrier', 'quotidien', 'gazette', 'nouvelles', 'dépêche', 'républicain', 'progrès', 'parisien', 'écho', 'infos', 'actu'],
  es: ['diario', 'periódico', 'noticias', 'heraldo', 'correo', 'gaceta', 'crónica', 'prensa', 'vanguardia', 'mundo'],
  it: ['giornale', 'corriere', 'gazzetta', 'notizie', 'messaggero', 'gazzettino', 'quotidiano', 'cronaca'],
  pt: ['jornal', 'folha', 'notícias', 'diário', 'correio', 'gazeta', 'estado'],
  nl: ['krant', 'dagblad', 'nieuws', 'courant', 'nieuwsblad', 'parool'],
};

const ALL = new Set(Object.values(OUTLET_WORDS).flat());

/** The name holds a word that names an outlet. */
export function namesOutlet(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\P{L}+/u)
    .some((w) => ALL.has(w));
}
