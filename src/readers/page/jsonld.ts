/** schema.org JSON-LD: the article object of a page, with its fields as plain strings. */

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report|Review|SocialMediaPosting|DiscussionForumPosting|Blog|WebPage|CreativeWork|Recipe|HowTo)$/;

export interface LdArticle {
  headline: string | null;
  /** The object's name, when it differs from its headline (some sites put the site's name or a label there). */
  name: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  body: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The script's JSON without the comment or CDATA wrapper some pages put round it ("<![CDATA[ … ]]>", "//<![CDATA[", "<!-- … -->"). */
export function unwrap(script: string): string {
  return script.replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '').replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '');
}

/** All objects of the scripts, @graph and arrays flattened (not nested properties). */
function objects(scripts: string[]): Json[] {
  const out: Json[] = [];
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(unwrap(s));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length && out.length < 200) {
      const d = queue.shift();
      if (Array.isArray(d)) queue.push(...d);
      else if (d && typeof d === 'object') {
        out.push(d as Json);
        const g = (d as Json)['@graph'];
        if (g) queue.push(g);
      }
    }
  }
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['@value'] ?? (v as Json).name);
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const out: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') out.push(a);
    else if (a && typeof a === 'object' && !types(a as Json).includes('Organization')) {
      const n = str((a as Json).name);
      if (n) out.push(n);
    }
  }
  return out;
}

/** The page's article object from JSON-LD, or null. Article types win over WebPage. */
export function ldArticle(scripts: string[]): LdArticle | null {
  const all = objects(scripts).filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  if (!all.length) return null;
  const rank = (o: Json) => (types(o).some((t) => /Article|Posting/.test(t)) ? 2 : types(o).includes('WebPage') ? 0 : 1);
  const o = all.sort((a, b) => rank(b) - rank(a))[0];
  const pub = o.publisher;
  return {
    headline: str(o.headline) ?? str(o.name),
    name: str(o.headline) && str(o.name) !== str(o.headline) ? str(o.name) : null,
    authors: names(o.author ?? o.creator),
    publisher: pub && typeof pub === 'object' ? str((pub as Json).name) : str(pub),
    published: str(o.datePublished) ?? str(o.dateCreated),
    body: str(o.articleBody) ?? str(o.text),
    url: str(o.url) ?? str(o.mainEntityOfPage && (o.mainEntityOfPage as Json)['@id']),
    language: str(o.inLanguage),
    description: str(o.description),
  };
}
