import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/ricos/index.js';
import { NODE_SCHEMAS } from '../../src/ricos/schema.js';
import { doc, paragraph, segment, textNode, texts, urls } from './helpers.js';

/** One test per place a member can hide words or a URL (shared/docs/ricos-fields.md). */
describe('flatten: every hiding place', () => {
  it('image alt text', () => {
    const flat = flatten(doc({ type: 'IMAGE', id: 'i', nodes: [], imageData: { image: { src: { id: 'abc_1.jpg' } }, altText: 'you are an idiot' } }));
    expect(segment(flat, 'text', 'you are an idiot')).toMatchObject({ path: 'nodes[0].imageData.altText', place: 'image alt text' });
    expect(urls(flat)).toEqual(['https://static.wixstatic.com/media/abc_1.jpg']);
  });

  it('button label, and the button link behind it', () => {
    const flat = flatten(doc({ type: 'BUTTON', id: 'b', nodes: [], buttonData: { type: 'LINK', text: 'Free gift', link: { url: 'https://evil.example/login', target: 'BLANK' }, styles: { colors: { text: '#FFFFFF' } } } }));
    expect(segment(flat, 'text', 'Free gift').place).toBe('button label');
    expect(segment(flat, 'link', 'https://evil.example/login')).toMatchObject({ linkText: 'Free gift', path: 'nodes[0].buttonData.link.url' });
    expect(flat.text).toBe('Free gift');
  });

  it('poll question and options (option ids stay out)', () => {
    const flat = flatten(doc({ type: 'POLL', id: 'p', nodes: [], pollData: { poll: { id: 'f3fa62b4-6d75-4016-a895-acb793ca6f5c', title: 'Who is worst?', options: [{ id: 'o1', title: 'my neighbour' }, { id: 'o2', title: 'the mayor', image: { src: { url: 'https://img.example/a.png' } } }] } } }));
    expect(segment(flat, 'text', 'my neighbour')).toMatchObject({ place: 'poll option', path: 'nodes[0].pollData.poll.options[0].title' });
    expect(segment(flat, 'text', 'Who is worst?').place).toBe('poll question');
    expect(urls(flat)).toEqual(['https://img.example/a.png']);
    expect(flat.text).toBe('Who is worst?\nmy neighbour\nthe mayor');
  });

  it('link preview description and title', () => {
    const flat = flatten(doc({ type: 'LINK_PREVIEW', id: 'l', nodes: [], linkPreviewData: { link: { url: 'shady.example/x' }, title: 'News', description: 'buy pills here' } }));
    expect(segment(flat, 'text', 'buy pills here').place).toBe('link preview description');
    expect(segment(flat, 'link', 'http://shady.example/x').place).toBe('link preview');
  });

  it("the href behind innocent link text, runs of one link joined ('my portfolio')", () => {
    const link = { type: 'LINK', linkData: { link: { url: 'https://phish.example/steal', target: 'BLANK' } } };
    const flat = flatten(doc(paragraph(textNode('see '), textNode('my ', [link]), textNode('portfolio', [link, { type: 'BOLD', fontWeightValue: 700 }]), textNode(' here'))));
    expect(flat.text).toBe('see my portfolio here');
    expect(flat.links).toEqual([{ url: 'https://phish.example/steal', text: 'my portfolio', path: 'nodes[0].nodes[1].textData.decorations[0].linkData.link.url' }]);
    expect(segment(flat, 'link', 'https://phish.example/steal').place).toBe("link behind 'my portfolio'");
  });

  it('a link to a node in the page (anchor) has no URL; customData is read', () => {
    const flat = flatten(doc(paragraph(
      textNode('jump', [{ type: 'LINK', linkData: { link: { anchor: 'x1' } } }]),
      textNode(' app', [{ type: 'LINK', linkData: { link: { customData: JSON.stringify({ href: 'https://custom.example/p', label: 'nasty words' }) } } }]),
    )));
    expect(urls(flat)).toEqual(['https://custom.example/p']);
    expect(texts(flat)).toContain('nasty words');
    expect(flat.text).not.toContain('x1');
  });

  it('HTML embed: visible text, href with its text, iframe url', () => {
    const flat = flatten(doc(
      { type: 'HTML', id: 'h', nodes: [], htmlData: { html: '<div><p>Call me</p><p>now <a href="https://x.example/a">here</a></p></div>', source: 'HTML' } },
      { type: 'HTML', id: 'h2', nodes: [], htmlData: { url: 'https://frame.example/page', source: 'HTML' } },
    ));
    expect(segment(flat, 'text', 'Call me\nnow here')).toMatchObject({ place: 'HTML embed', path: 'nodes[0].htmlData.html' });
    expect(segment(flat, 'link', 'https://x.example/a')).toMatchObject({ linkText: 'here', place: "link in HTML embed behind 'here'" });
    expect(segment(flat, 'link', 'https://frame.example/page')).toMatchObject({ place: 'HTML embed frame', path: 'nodes[1].htmlData.url' });
  });

  it('HTML: script and style are not visible text, but a script src is a link', () => {
    const flat = flatten(doc({ type: 'HTML', id: 'h', nodes: [], htmlData: { html: '<style>.x{color:red}</style><script>var secret = "hidden words"</script><script src="https://cdn.example/x.js"></script><b>shown</b><img src="//img.example/a.png" alt="alt words">' } }));
    expect(texts(flat)).toEqual(['shown', 'alt words']);
    expect(flat.text).not.toMatch(/hidden words|color:red/);
    expect(segment(flat, 'link', 'https://cdn.example/x.js').place).toBe('script source in HTML embed');
    expect(urls(flat)).toContain('https://img.example/a.png');
  });

  it('table cells: each cell on its own line, so neighbours do not glue', () => {
    const cell = (text: string) => ({ type: 'TABLE_CELL', id: '', nodes: [paragraph(textNode(text))], tableCellData: { cellStyle: { backgroundColor: '#FF0000' } } });
    const flat = flatten(doc({ type: 'TABLE', id: 't', nodes: [{ type: 'TABLE_ROW', id: '', nodes: [cell('sui'), cell('cide')] }], tableData: { dimensions: { colsWidthRatio: [1, 1] } } }));
    expect(flat.text).toBe('sui\ncide');
    expect(segment(flat, 'text', 'sui')).toMatchObject({ place: 'table cell', path: 'nodes[0].nodes[0].nodes[0].nodes[0].nodes[0].textData.text' });
  });

  it('collapsible list body (hidden until clicked, still visitor text)', () => {
    const flat = flatten(doc({
      type: 'COLLAPSIBLE_LIST', id: 'c', collapsibleListData: { expandOnlyOne: false, initialExpandedItems: 'FIRST' }, nodes: [{
        type: 'COLLAPSIBLE_ITEM', id: 'ci', nodes: [
          { type: 'COLLAPSIBLE_ITEM_TITLE', id: 't', nodes: [paragraph(textNode('FAQ'))] },
          { type: 'COLLAPSIBLE_ITEM_BODY', id: 'b', nodes: [paragraph(textNode('the hidden answer'))] },
        ],
      }],
    }));
    expect(segment(flat, 'text', 'the hidden answer').place).toBe('collapsible list body');
    expect(segment(flat, 'text', 'FAQ').place).toBe('collapsible list title');
    expect(flat.text).not.toContain('FIRST');
  });

  it('mention: a stored name that differs from the visible @text comes out', () => {
    const flat = flatten(doc(paragraph(textNode('hi '), textNode('@friend', [{ type: 'MENTION', mentionData: { name: 'Total Loser', slug: 'total-loser', id: '1234' } }]))));
    expect(flat.text).toBe('hi @friend\nTotal Loser');
    expect(segment(flat, 'text', 'Total Loser')).toMatchObject({ place: 'mentioned member name', path: 'nodes[0].nodes[1].textData.decorations[0].mentionData.name' });
    expect(flat.text).not.toContain('1234');
  });

  it('caption: the CAPTION node under an image and the deprecated imageData.caption', () => {
    const flat = flatten(doc({ type: 'IMAGE', id: 'i', imageData: { image: { src: { url: 'https://img.example/a.jpg' } }, caption: 'old caption' }, nodes: [{ type: 'CAPTION', id: 'c', nodes: [textNode('new caption')], captionData: { textStyle: {} } }] }));
    expect(segment(flat, 'text', 'old caption').place).toBe('image caption');
    expect(segment(flat, 'text', 'new caption')).toMatchObject({ place: 'caption', path: 'nodes[0].nodes[0].nodes[0].textData.text' });
  });

  it('file name and the download link', () => {
    const flat = flatten(doc({ type: 'FILE', id: 'f', nodes: [], fileData: { name: 'rude-words.pdf', type: 'pdf', sizeInKb: '12', src: { url: 'https://files.example/r.pdf', private: false } } }));
    expect(segment(flat, 'text', 'rude-words.pdf').place).toBe('file name');
    expect(segment(flat, 'link', 'https://files.example/r.pdf').place).toBe('file download');
  });

  it('audio, app embed, embed oEmbed, spoiler cover texts', () => {
    const flat = flatten(doc(
      { type: 'AUDIO', id: 'a', nodes: [], audioData: { name: 'track', authorName: 'singer', audio: { src: { id: 'mp3/abc.mp3' } }, containerData: { spoiler: { enabled: true, description: 'cover words', buttonText: 'reveal' } } } },
      { type: 'APP_EMBED', id: 'e', nodes: [], appEmbedData: { type: 'PRODUCT', itemId: '265beaf5-3008-c5c2-fa5e-1447e0bebf71', name: 'product', url: 'https://shop.example/p', buttonStyles: { buttonText: 'Buy now', buttonColor: '#000000' } } },
      { type: 'EMBED', id: 'o', nodes: [], embedData: { src: 'https://provider.example/x', oembed: { type: 'rich', title: 'oembed title', authorName: 'author', authorUrl: 'https://provider.example/author', html: '<p>embedded words</p>' } } },
    ));
    expect(texts(flat)).toEqual(['track', 'singer', 'cover words', 'reveal', 'product', 'Buy now', 'oembed title', 'author', 'embedded words']);
    expect(urls(flat)).toEqual(['https://static.wixstatic.com/mp3/abc.mp3', 'https://shop.example/p', 'https://provider.example/x', 'https://provider.example/author']);
  });

  it('unknown node type: its text and URL come out, its settings do not', () => {
    const flat = flatten(doc({
      type: 'SHOUTBOX', id: 'sb1', nodes: [paragraph(textNode('inside'))],
      shoutboxData: { message: 'hello you fool', link: 'https://shout.example/x', color: '#ff00aa', layoutType: 'GRID', itemId: 'f3fa62b4-6d75-4016-a895-acb793ca6f5c', count: 3, enabled: true, iconUrl: 'cdn.example/i.png' },
    }));
    expect(segment(flat, 'text', 'hello you fool')).toMatchObject({ path: 'nodes[0].shoutboxData.message', place: 'SHOUTBOX (unknown node type): message' });
    expect(urls(flat)).toEqual(['https://shout.example/x', 'http://cdn.example/i.png']);
    expect(segment(flat, 'text', 'inside').place).toBe('paragraph');
    expect(flat.text).toBe('hello you fool\ninside');
  });

  it('unknown fields in known nodes: words come out, ids, colours, enums, css values and numbers do not', () => {
    const flat = flatten(doc({
      type: 'BUTTON', id: 'b', nodes: [], buttonData: {
        text: 'ok', tooltip: 'secret insult', badge: { label: 'new words', background: 'rgba(0,0,0,0.5)', borderRadius: '4px', variant: 'OUTLINED' },
        accent: '#ABCDEF', theme: 'color4', uuid: '0d72ac31-569a-98fd-8d43-6f98ae9c8272', weight: 700, visible: true, opacity: '0.5', created: '2021-08-16T07:58:16.443Z', padding: '12px 4px', mode: 'center',
      },
    }));
    expect(texts(flat)).toEqual(['ok', 'secret insult', 'new words']);
    expect(flat.text).toBe('ok\nsecret insult\nnew words');
    expect(segment(flat, 'text', 'secret insult').path).toBe('nodes[0].buttonData.tooltip');
  });

  it('unknown decoration: its URL comes out behind the decorated text', () => {
    const flat = flatten(doc(paragraph(textNode('#tag', [{ type: 'HASHTAG', hashtagData: { href: 'https://tags.example/tag', tagId: 'x9' } }]))));
    expect(segment(flat, 'link', 'https://tags.example/tag')).toMatchObject({ linkText: '#tag', path: 'nodes[0].nodes[0].textData.decorations[0].hashtagData.href' });
  });

  it('EXTERNAL node, both encodings: plain JSON and ts-proto Struct', () => {
    const flat = flatten(doc(
      { type: 'EXTERNAL', id: 'x', nodes: [], externalData: { title: 'plain words', destination: { url: 'https://ext.example/a' }, itemId: 'x-1', accentColor: 'blue' } },
      { type: 'EXTERNAL', id: 'y', nodes: [], externalData: { fields: { caption: { stringValue: 'struct words' }, more: { structValue: { fields: { href: { stringValue: 'https://ext.example/b' }, size: { numberValue: 3 } } } } } } },
    ));
    expect(texts(flat)).toEqual(['plain words', 'struct words']);
    expect(urls(flat)).toEqual(['https://ext.example/a', 'https://ext.example/b']);
  });

  it('a LINK in documentStyle decorations is a link too', () => {
    const flat = flatten({ nodes: [], documentStyle: { paragraph: { decorations: [{ type: 'LINK', linkData: { link: { url: 'https://style.example' } } }, { type: 'COLOR', colorData: { foreground: 'red' } }] } } });
    expect(flat.links).toEqual([{ url: 'https://style.example', text: '', path: 'documentStyle.paragraph.decorations[0].linkData.link.url' }]);
  });

  it('text typed as plain text: a bare URL, a www. link and an e-mail address are links', () => {
    const flat = flatten(doc(paragraph(textNode('visit https://bare.example/p or www.shop.com, mail me at jo@mail.com'))));
    expect(urls(flat)).toEqual(['https://bare.example/p', 'http://www.shop.com', 'mailto:jo@mail.com']);
    expect(urls(flatten(doc(paragraph(textNode('log in at 203.0.113.9/login now')))))).toEqual(['http://203.0.113.9/login']);
    expect(flat.segments.every((s) => s.path === 'nodes[0].nodes[0].textData.text')).toBe(true);
    expect(segment(flat, 'link', 'mailto:jo@mail.com').place).toBe('e-mail address written in paragraph');
  });

  it('text is faithful: zero-width characters and odd spacing are kept, only invisible-only text is dropped', () => {
    const flat = flatten(doc(paragraph(textNode('i\u200bdiot  x ')), paragraph(textNode('\u200b'))));
    expect(flat.text).toBe('i\u200bdiot  x ');
    expect(flat.segments).toHaveLength(1);
  });

  it('a Members About record ({content: ...}) is read as its document', () => {
    const flat = flatten({ _id: 'a1', revision: '3', content: doc(paragraph(textNode('about me'))) });
    expect(flat.text).toBe('about me');
    expect(flat.segments[0]!.path).toBe('nodes[0].nodes[0].textData.text');
  });

  it('knows every node type ricos-content knows, under the data field it names', () => {
    // ricos-content maps LIST_ITEM and BLOCKQUOTE to paragraphData (a Draft-era shape); the schema docs name their own.
    const { RICOS_NODE_TYPE_TO_DATA_FIELD } = createRequire(import.meta.url)('ricos-content') as { RICOS_NODE_TYPE_TO_DATA_FIELD: Record<string, string> };
    for (const [type, field] of Object.entries(RICOS_NODE_TYPE_TO_DATA_FIELD)) {
      expect(NODE_SCHEMAS[type], type).toBeDefined();
      if (field !== 'paragraphData' || type === 'PARAGRAPH') expect(NODE_SCHEMAS[type]!.dataField, type).toBe(field);
    }
  });
});
