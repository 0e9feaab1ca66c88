import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/ricos/index.js';
import { fixture, FIXTURES, segment, texts, urls } from './helpers.js';

// Expectations below were written from shared/fixtures/ricos/SOURCES.md and each document as read by
// hand, not from flatten's output.

describe('flatten: the real Ricos fixtures', () => {
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it('there are fixtures to read', () => {
    expect(names.length).toBeGreaterThanOrEqual(18);
  });

  it.each(names)('%s flattens without error, and every segment has a path and a place', (name) => {
    const flat = flatten(fixture(name));
    for (const s of flat.segments) {
      expect(s.path).toMatch(/^nodes(\[\d+\]|\.)/);
      expect(s.place).not.toBe('');
      expect(s.value.trim()).not.toBe('');
    }
    expect(flat.links.map((l) => l.url)).toEqual(urls(flat));
  });

  it('button-text: the label, and no link (a LINK button without a link object)', () => {
    const flat = flatten(fixture('button-text.json'));
    expect(segment(flat, 'text', 'Click Me')).toMatchObject({ path: 'nodes[0].buttonData.text', place: 'button label' });
    expect(flat.links).toEqual([]);
    expect(flat.text).toBe('Click Me');
  });

  it('heading- and paragraph-with-inline-styles: words split across styled runs come out whole, in one piece', () => {
    const sentence = 'Hello, this is a dummy text with bold and underline and italic.';
    expect(flatten(fixture('heading-with-inline-styles.json'))).toMatchObject({ text: sentence, segments: [{ place: 'heading', path: 'nodes[0]' }] });
    expect(flatten(fixture('paragraph-with-inline-styles.json'))).toMatchObject({ text: sentence, segments: [{ place: 'paragraph' }] });
  });

  it('video-wix-media-with-title: the title, and the video and thumbnail ids as public URLs', () => {
    const flat = flatten(fixture('video-wix-media-with-title.json'));
    expect(segment(flat, 'text', 'Hola').place).toBe('video title');
    expect(urls(flat).sort()).toEqual([
      'https://static.wixstatic.com/media/11062b_a552731f40854d16a91627687fb8d1a6f000.jpg',
      'https://video.wixstatic.com/video/11062b_a552731f40854d16a91627687fb8d1a6/1080p/mp4/file.mp4',
    ]);
  });

  it('emoji-bold-heading-and-paragraph: emoji-only text is text, one line per block', () => {
    expect(flatten(fixture('emoji-bold-heading-and-paragraph.json')).text).toBe('😜\n😂');
  });

  it('two-short-paragraphs: neighbouring paragraphs do not glue', () => {
    expect(flatten(fixture('two-short-paragraphs.json')).text).toBe('Hello Gabay\nShalom Shalom');
  });

  it('paragraphs-left-after-empty-video and paragraphs-with-underline: text exactly as written (trailing space kept)', () => {
    expect(flatten(fixture('paragraphs-left-after-empty-video.json')).text).toBe('Example Content of video with no data as appear in blog DB');
    expect(flatten(fixture('paragraphs-with-underline.json')).text).toBe(
      'Somebody take me home. \nAfter reading these reasons, I think you already have a choice in your mind to choose a pet bed for your puppy.',
    );
  });

  it('gallery-single-image-column-layout: a bare media file name becomes its static URL', () => {
    const flat = flatten(fixture('gallery-single-image-column-layout.json'));
    expect(flat.text).toBe('');
    expect(flat.links).toEqual([{ url: 'https://static.wixstatic.com/media/8bb438_4ce63dbf08904e42af4d6e5846e6e0c1.jpg', text: '', path: 'nodes[0].galleryData.items[0].image.media.src.url' }]);
  });

  it('images-and-dividers (and repeated): images by deprecated src.custom resolve; dividers hold nothing', () => {
    const expected = [
      'https://static.wixstatic.com/media/8bb438_05e34d9e622b486089a6c516d4442e1a.jpg',
      'https://static.wixstatic.com/media/8bb438_c64d6dc2b5e74058bba77f616146a4cf.jpg',
    ];
    for (const name of ['images-and-dividers.json', 'images-and-dividers-repeated.json']) {
      const flat = flatten(fixture(name));
      expect(urls(flat)).toEqual(expected);
      expect(flat.text).toBe('');
    }
  });

  it('images-and-dividers-with-alt-text: alt text is visitor text, with its place', () => {
    const flat = flatten(fixture('images-and-dividers-with-alt-text.json'));
    expect(texts(flat)).toEqual(['Custom alt text', 'Custom alt text']);
    expect(flat.segments.find((s) => s.value === 'Custom alt text')).toMatchObject({ path: 'nodes[1].imageData.altText', place: 'image alt text' });
  });

  it('link-preview: title, description, the schemeless link made absolute, the thumbnail', () => {
    const flat = flatten(fixture('link-preview.json'));
    expect(segment(flat, 'text', 'A mock description').place).toBe('link preview description');
    expect(segment(flat, 'text', 'A mock title').place).toBe('link preview title');
    expect(segment(flat, 'link', 'http://www.wix.com').path).toBe('nodes[0].linkPreviewData.link.url');
    expect(urls(flat)).toContain('https://image.insider.com/5de5784979d757159d0b6838?width=1100&format=jpeg&auto=webp');
  });

  it('rich-text-headings-lists-link: the LINK decoration, behind its text', () => {
    const flat = flatten(fixture('rich-text-headings-lists-link.json'));
    expect(segment(flat, 'link', 'http://wix.com')).toMatchObject({ linkText: 'test', place: "link behind 'test'" });
    expect(flat.text.split('\n')).toContain('test test test');
  });

  it('lists-with-legacy-key-field: every list item, and none of the legacy keys', () => {
    const flat = flatten(fixture('lists-with-legacy-key-field.json'));
    expect(texts(flat)).toHaveLength(7);
    expect(segment(flat, 'text', 'Check if the list above displays correctly!').place).toBe('list item');
    expect(flat.text).not.toMatch(/50k2j|c4om/);
  });

  it('lists-blockquote-divider-image-links: nested lists, quote, schemeless LINKs, image via src.custom, Hebrew', () => {
    const flat = flatten(fixture('lists-blockquote-divider-image-links.json'));
    expect(segment(flat, 'link', 'http://www.google.com').linkText).toBe('ut');
    expect(segment(flat, 'link', 'http://www.link.com').linkText).toBe('varius');
    expect(urls(flat)).toContain('https://static.wixstatic.com/media/8bb438_71edafe6d54d457484285e61a1f75d17.jpg');
    expect(segment(flat, 'text', 'Nulla non varius ipsum, sit amet consectetur quam.').place).toBe('list item');
    expect(segment(flat, 'text', 'Nunc eros ante , porttitor sed tempor nec, sagittis non mi. Nulla non vulputate, semper convallis sapien.').place).toBe('quote');
    expect(flat.text).toContain('לורם איפסום דולור סיט אמט');
  });

  it('plain-text-with-inline-urls: URLs that exist only inside plain text come out as links', () => {
    const flat = flatten(fixture('plain-text-with-inline-urls.json'));
    const found = urls(flat);
    for (const url of [
      'http://www.google.com', 'http://www.link.com', 'https://www.youtube.com/watch?v=CoJ23XNHgG0',
      'https://twitter.com/CNN/status/1244886173409034240', 'http://www.wix.com',
      'https://static.wixstatic.com/mp3/f0f74f_35a1cdce4973490eac49e74c3244364d.mp3',
    ]) expect(found).toContain(url);
    // `@amet` is a handle, not an e-mail address.
    expect(found.some((u) => u.startsWith('mailto:'))).toBe(false);
    const google = flat.segments.find((s) => s.value === 'http://www.google.com')!;
    expect(google.path).toBe('nodes[0].nodes[0].textData.text');
    expect(google.place).toBe('web address written in paragraph');
  });

  describe('all-plugins-migration-content: one node of almost every plugin', () => {
    const flat = flatten(fixture('all-plugins-migration-content.json'));
    const text = (value: string) => segment(flat, 'text', value);

    it('inline LINK decorations and a mention', () => {
      expect(segment(flat, 'link', 'http://www.google.com').linkText).toBe('ut');
      expect(segment(flat, 'link', 'http://www.link.com').linkText).toBe('varius');
      expect(flat.text).toContain('dolor sit @amet, consectetur');
    });
    it('image: spoiler cover texts, caption, link, media id', () => {
      expect(text('SPOILER ALERT!!!').place).toBe('spoiler cover text');
      expect(text("What's behind door number 1?").place).toBe('spoiler button label');
      expect(text('Dad holding his baby')).toMatchObject({ place: 'image caption', path: 'nodes[2].imageData.caption' });
      expect(segment(flat, 'link', 'http://www.image-link.com').place).toBe('image link');
      expect(urls(flat)).toContain('https://static.wixstatic.com/media/8bb438_67a68c0652d740bab508f68662acc882.jpg');
    });
    it('videos, gallery items (bare file names, a bare video id, a schemeless item link)', () => {
      expect(text('iJustine | Create a Website with Wix Artificial Design Intelligence').place).toBe('video title');
      for (const url of [
        'https://www.youtube.com/watch?v=CoJ23XNHgG0',
        'https://video.wixstatic.com/video/d3dd72_9397c7bfa03f4fa8920b16bdd667f73b/1080p/mp4/file.mp4',
        'https://static.wixstatic.com/media/8bb438_0ab44689f626435c94b9a5b996524aba.jpg',
        'https://video.wixstatic.com/video/0d72ac_31569a98fd8d436f98ae9c827c216443',
        'http://wix.com',
      ]) expect(urls(flat)).toContain(url);
    });
    it('HTML (ADSENSE tweet) and EMBED oEmbed: visible tweet text, its links, the script source', () => {
      const tweet = flat.segments.find((s) => s.path === 'nodes[10].htmlData.html' && s.kind === 'text')!;
      expect(tweet.value).toContain('How we cut cost on 55% of our storage without deleting a single file?');
      expect(tweet.value).toContain('Wix Engineering (@WixEng)');
      expect(tweet.value).not.toContain('widgets.js');
      const htmlLinks = flat.segments.filter((s) => s.path === 'nodes[10].htmlData.html' && s.kind === 'link');
      expect(htmlLinks.map((s) => s.value)).toEqual(expect.arrayContaining([
        'https://t.co/zC3d0uBkEA', 'https://twitter.com/WixEng/status/1348206215336259584?ref_src=twsrc%5Etfw', 'https://platform.twitter.com/widgets.js',
      ]));
      expect(htmlLinks.find((s) => s.value.startsWith('https://twitter.com/WixEng'))!.linkText).toBe('January 10, 2021');
      const embed = flat.segments.find((s) => s.path === 'nodes[12].embedData.oembed.html' && s.kind === 'text')!;
      expect(embed.value).toContain("Eleven veterans who live at the Soldiers' Home in Holyoke");
      expect(urls(flat)).toContain('https://twitter.com/CNN/status/1244886173409034240');
    });
    it('buttons, code block, GIF, map, file, app embeds', () => {
      expect(text('Link Button').place).toBe('button label');
      expect(text('Action Button').place).toBe('button label');
      expect(flat.segments.find((s) => s.path === 'nodes[14].buttonData.link.url')).toMatchObject({ value: 'http://www.wix.com', linkText: 'Link Button' });
      expect(text('songs = pd.read_csv(SONGS_FILE)').place).toBe('code block');
      expect(urls(flat)).toContain('https://media1.giphy.com/media/Cn44PUsTVimwBAtIRx/giphy.gif?cid=558f2fbejldbq3cgzrasbh2j4z47w8nn51qcbjzc6dg7g7af&rid=giphy.gif');
      expect(flat.segments.filter((s) => s.value === 'Wix HQ, Nemal Tel Aviv Street, Tel Aviv-Yafo, Israel').map((s) => s.place)).toEqual(['map address', 'map location name']);
      expect(text('document.pdf').place).toBe('file name');
      expect(urls(flat)).toContain('https://www.w3.org/wai/er/tests/xhtml/testfiles/resources/pdf/dummy.pdf');
      expect(text('flowers').place).toBe('app item name');
      expect(text('CUPCAKE MASTER').place).toBe('app item name');
      expect(text(' Suzanna Baby Shop').place).toBe('event location');
    });
    it('link preview, polls, collapsible list, table, audio', () => {
      expect(text('A mock description').place).toBe('link preview description');
      expect(flat.segments.filter((s) => s.value === 'Cafe Nordoy').every((s) => s.place === 'poll option')).toBe(true);
      expect(flat.segments.filter((s) => s.value === 'קפה רוטשילד 65')).toHaveLength(3);
      expect(text('Collapsible List').place).toBe('collapsible list title');
      expect(flat.segments.filter((s) => s.value === 'Yo yo yo!').map((s) => s.place)).toEqual(['collapsible list body', 'table cell']);
      expect(text('\u200bSPOILER ALERT!').place).toBe('table cell');
      expect(text('Dear Fear').place).toBe('audio track name');
      expect(text('Kota').place).toBe('audio author');
      expect(urls(flat)).toContain('https://static.wixstatic.com/mp3/f0f74f_35a1cdce4973490eac49e74c3244364d.mp3');
    });
    it('settings stay out: no ids, colours, enum values or theme tokens in the text', () => {
      for (const setting of ['f3fa62b4-6d75-4016-a895-acb793ca6f5c', '#0261FF', 'color4', 'CENTER', 'JUSTIFY', 'ROADMAP', '98ccj', '265beaf5']) {
        expect(flat.text).not.toContain(setting);
      }
    });
  });
});
