import { describe, expect, it } from 'vitest';
import { Element } from 'domhandler';
import { attributeWords, classify } from '../../src/readers/page/classify.js';

const el = (cls: string) => new Element('div', { class: cls });

describe('class and id hints', () => {
  it('a CMS taxonomy class names the story’s terms, not the layout: "tag-popular" on a post is no promo', () => {
    expect(attributeWords('post-145624 post hentry category-sponsored tag-popular tag-share')).toEqual(['post', '145624', 'post', 'hentry']);
    expect(classify(el('post hentry category-sponsored tag-popular'))).toMatchObject({ kind: undefined, weight: 1 });
    // The same words as layout words still mark furniture.
    expect(classify(el('popular-stories'))).toMatchObject({ kind: 'promo', weight: -1 });
    expect(classify(el('sponsored'))).toMatchObject({ kind: 'ad' });
  });
});
