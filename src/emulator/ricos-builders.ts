/**
 * Small builders for Ricos documents in the shapes Wix's editor stores (see shared/fixtures/ricos).
 * Used by the seeds and by the emulated member edit; node ids only need to be unique per document.
 */
type Node = Record<string, unknown>;
type Decoration = Record<string, unknown>;

export interface Inline {
  text: string;
  decorations?: Decoration[];
}

let counter = 0;
const nextId = () => (++counter).toString(36);

export function textNode(text: string, decorations: Decoration[] = []): Node {
  return { type: 'TEXT', id: '', nodes: [], textData: { text, decorations } };
}

const inlines = (parts: (string | Inline)[]) =>
  parts.map((p) => (typeof p === 'string' ? textNode(p) : textNode(p.text, p.decorations)));

export function paragraph(text: string | (string | Inline)[], id = nextId()): Node {
  return { type: 'PARAGRAPH', id, nodes: inlines(typeof text === 'string' ? [text] : text), paragraphData: { textStyle: { textAlignment: 'AUTO' }, indentation: 0 } };
}

export function heading(level: number, text: string): Node {
  return { type: 'HEADING', id: nextId(), nodes: [textNode(text)], headingData: { level, textStyle: { textAlignment: 'AUTO' }, indentation: 0 } };
}

export const bold = (text: string): Inline => ({ text, decorations: [{ type: 'BOLD', fontWeightValue: 700 }] });
export const link = (text: string, url: string): Inline => ({
  text,
  decorations: [{ type: 'LINK', linkData: { link: { url, target: 'BLANK', rel: { nofollow: true, ugc: true } } } }],
});

export function bulletedList(items: string[]): Node {
  return {
    type: 'BULLETED_LIST',
    id: nextId(),
    nodes: items.map((t) => ({ type: 'LIST_ITEM', id: nextId(), nodes: [paragraph(t)] })),
    bulletedListData: { indentation: 0 },
  };
}

const container = { width: { size: 'CONTENT' }, alignment: 'CENTER', textWrap: true };

export function image(mediaId: string, altText: string, caption?: string): Node {
  return {
    type: 'IMAGE', id: nextId(), nodes: [],
    imageData: { containerData: container, image: { src: { id: mediaId }, width: 1200, height: 800 }, altText, ...(caption ? { caption } : {}) },
  };
}

export function button(text: string, url: string): Node {
  return {
    type: 'BUTTON', id: nextId(), nodes: [],
    buttonData: { containerData: container, type: 'LINK', styles: { border: { width: 0, radius: 4 }, colors: { text: '#FFFFFF', border: '#0261FF', background: '#0261FF' } }, text, link: { url, target: 'BLANK', rel: { nofollow: true } } },
  };
}

export function htmlEmbed(html: string): Node {
  return { type: 'HTML', id: nextId(), nodes: [], htmlData: { containerData: { ...container, width: { custom: '350' }, height: { custom: '200' } }, source: 'HTML', html } };
}

export function linkPreview(url: string, title: string, description: string, thumbnailUrl?: string): Node {
  return {
    type: 'LINK_PREVIEW', id: nextId(), nodes: [],
    linkPreviewData: { containerData: container, link: { url, target: 'BLANK' }, title, description, ...(thumbnailUrl ? { thumbnailUrl } : {}) },
  };
}

export function poll(title: string, options: string[]): Node {
  return {
    type: 'POLL', id: nextId(), nodes: [],
    pollData: {
      containerData: container,
      poll: { id: crypto.randomUUID(), title, creatorId: crypto.randomUUID(), options: options.map((t) => ({ id: crypto.randomUUID(), title: t, image: { src: {} } })) },
      layout: { poll: { type: 'LIST', direction: 'LTR', enableImage: false }, options: { enableImage: false } },
    },
  };
}

export function table(rows: string[][]): Node {
  return {
    type: 'TABLE', id: nextId(),
    nodes: rows.map((cells) => ({
      type: 'TABLE_ROW', id: nextId(),
      nodes: cells.map((t) => ({ type: 'TABLE_CELL', id: nextId(), nodes: [paragraph(t)], tableCellData: { cellStyle: { verticalAlignment: 'TOP' }, borderColors: {} } })),
    })),
    tableData: { dimensions: { colsWidthRatio: rows[0]!.map(() => 1), rowsHeight: rows.map(() => 47), colsMinWidth: rows[0]!.map(() => 120) } },
  };
}

export function doc(nodes: Node[], at = '2026-11-01T09:00:00.000Z'): Record<string, unknown> {
  return { nodes, metadata: { version: 1, createdTimestamp: at, updatedTimestamp: at, id: crypto.randomUUID() }, documentStyle: {} };
}

/** What a member's edit does to the stored content: adds a paragraph at the end, keeping the rest. */
export function appendParagraph(contentJson: string, text: string): unknown {
  const content = JSON.parse(contentJson) as { nodes?: unknown } | null;
  const base = content && typeof content === 'object' ? content : {};
  const nodes = Array.isArray(base.nodes) ? base.nodes : [];
  return { ...base, nodes: [...nodes, paragraph(text, `edit${Date.now().toString(36)}`)] };
}
