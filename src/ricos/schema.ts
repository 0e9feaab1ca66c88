import type { MediaKind } from './media.js';

/**
 * Where each known node type keeps visitor text and URLs: shared/docs/ricos-fields.md as data. A field
 * not named here is read schema-free (./schema-free.ts), so newer fields are never lost; `skip` marks
 * known settings (ids, styles, sizes, flags) so they are not even looked at.
 */
export type Field =
  | { readonly k: 'text'; readonly place: string }
  /** A URL a visitor follows or that loads content (schemeless ones made absolute). */
  | { readonly k: 'url'; readonly place: string }
  | { readonly k: 'html'; readonly place: string }
  /** A `Link` object (url, anchor, customData); `textFrom` names the sibling field holding its visible text. */
  | { readonly k: 'link'; readonly place: string; readonly textFrom?: string }
  /** A `Media` object (`src` is a FileSource). */
  | { readonly k: 'media'; readonly place: string; readonly media: MediaKind }
  /** A `FileSource` (url, id, custom). */
  | { readonly k: 'source'; readonly place: string; readonly media: MediaKind }
  /** A URL string pointing at media (bare Wix file names resolved). */
  | { readonly k: 'mediaUrl'; readonly place: string; readonly media: MediaKind }
  | { readonly k: 'object'; readonly fields: Fields }
  | { readonly k: 'list'; readonly fields: Fields }
  | { readonly k: 'skip' };

export type Fields = Readonly<Record<string, Field>>;

export interface NodeSchema {
  /** The node in reviewer words: "image", "button"... */
  readonly label: string;
  /** The `<x>Data` field and what it holds. */
  readonly dataField?: string;
  readonly fields?: Fields;
  /** Place of text written directly in the node (its TEXT children), or of every block inside it. */
  readonly textPlace?: string;
  /** Blocks inside keep the nearest context place ("table cell") rather than their own ("paragraph"). */
  readonly context?: boolean;
}

const skip: Field = { k: 'skip' };
const text = (place: string): Field => ({ k: 'text', place });
const url = (place: string): Field => ({ k: 'url', place });
const html = (place: string): Field => ({ k: 'html', place });
const link = (place: string, textFrom?: string): Field => ({ k: 'link', place, ...(textFrom ? { textFrom } : {}) });
const media = (place: string, kind: MediaKind = 'image'): Field => ({ k: 'media', place, media: kind });
const object = (fields: Fields): Field => ({ k: 'object', fields });
const list = (fields: Fields): Field => ({ k: 'list', fields });

/** PluginContainerData: only the spoiler cover texts are text; sizes and alignment are not. */
const containerData = object({
  spoiler: object({ description: text('spoiler cover text'), buttonText: text('spoiler button label'), enabled: skip }),
  width: skip, height: skip, alignment: skip, textWrap: skip,
});

/** Every `<x>Data` may carry these. */
export const COMMON_DATA_FIELDS: Fields = { containerData, textStyle: skip, indentation: skip };

const textBlock = { textStyle: skip, indentation: skip, level: skip, renderedLevel: skip };

/** Link: `url` (followed), `anchor` (a node id: in-page, no URL), `customData` (app-defined, read schema-free). */
export const LINK_FIELDS = new Set(['url', 'anchor', 'customData', 'target', 'rel']);

export const NODE_SCHEMAS: Readonly<Record<string, NodeSchema>> = {
  PARAGRAPH: { label: 'paragraph', dataField: 'paragraphData', fields: textBlock, textPlace: 'paragraph' },
  HEADING: { label: 'heading', dataField: 'headingData', fields: textBlock, textPlace: 'heading' },
  CODE_BLOCK: { label: 'code block', dataField: 'codeBlockData', fields: textBlock, textPlace: 'code block' },
  CAPTION: { label: 'caption', dataField: 'captionData', fields: textBlock, textPlace: 'caption' },
  BLOCKQUOTE: { label: 'quote', dataField: 'blockquoteData', fields: textBlock, textPlace: 'quote', context: true },
  BULLETED_LIST: { label: 'bulleted list', dataField: 'bulletedListData', fields: { ...textBlock, offset: skip } },
  ORDERED_LIST: { label: 'numbered list', dataField: 'orderedListData', fields: { ...textBlock, start: skip, offset: skip } },
  CHECKBOX_LIST: { label: 'checklist', dataField: 'checkboxListData', fields: textBlock },
  LIST_ITEM: { label: 'list item', dataField: 'listItemData', fields: { checked: skip }, textPlace: 'list item', context: true },
  IMAGE: {
    label: 'image', dataField: 'imageData', fields: {
      altText: text('image alt text'), caption: text('image caption'), image: media('image'),
      link: link('image link'), decorative: skip, crop: skip, cropShape: skip, styles: skip,
      disableExpand: skip, disableDownload: skip,
    },
  },
  VIDEO: {
    label: 'video', dataField: 'videoData', fields: {
      title: text('video title'), video: media('video', 'video'), thumbnail: media('video thumbnail'),
      options: skip, disableDownload: skip,
    },
  },
  GIF: {
    label: 'GIF', dataField: 'gifData', fields: {
      original: object({ gif: url('GIF'), mp4: url('GIF'), still: url('GIF still') }),
      downsized: object({ gif: url('GIF'), mp4: url('GIF'), still: url('GIF still') }),
      gifType: skip,
    },
  },
  GALLERY: {
    label: 'gallery', dataField: 'galleryData', fields: {
      items: list({
        title: text('gallery item title'), altText: text('gallery item alt text'),
        image: object({ media: media('gallery image'), link: link('gallery image link') }),
        video: object({ media: media('gallery video', 'galleryVideo'), thumbnail: media('gallery video thumbnail') }),
      }),
      options: skip, disableExpand: skip, disableDownload: skip,
    },
  },
  AUDIO: {
    label: 'audio', dataField: 'audioData', fields: {
      name: text('audio track name'), authorName: text('audio author'), audio: media('audio', 'audio'),
      coverImage: media('audio cover image'), html: html('audio embed HTML'), disableDownload: skip,
    },
  },
  FILE: {
    label: 'file', dataField: 'fileData', fields: {
      name: text('file name'), src: { k: 'source', place: 'file download', media: 'file' },
      type: skip, mimeType: skip, size: skip, sizeInKb: skip, pdfSettings: skip,
    },
  },
  HTML: {
    label: 'HTML embed', dataField: 'htmlData', fields: {
      html: html('HTML embed'), url: url('HTML embed frame'), source: skip, isAdsense: skip, widgetId: skip,
    },
  },
  EMBED: {
    label: 'embed', dataField: 'embedData', fields: {
      src: url('embedded content source'),
      oembed: object({
        title: text('embed title'), authorName: text('embed author'), providerName: text('embed provider'),
        html: html('embed HTML'), url: url('embed URL'), authorUrl: url('embed author link'),
        providerUrl: url('embed provider link'), thumbnailUrl: { k: 'mediaUrl', place: 'embed thumbnail', media: 'image' },
        videoUrl: url('embed video'), type: skip, width: skip, height: skip, thumbnailWidth: skip,
        thumbnailHeight: skip, version: skip,
      }),
    },
  },
  LINK_PREVIEW: {
    label: 'link preview', dataField: 'linkPreviewData', fields: {
      title: text('link preview title'), description: text('link preview description'),
      html: html('link preview HTML'), link: link('link preview'),
      thumbnailUrl: { k: 'mediaUrl', place: 'link preview thumbnail', media: 'image' }, styles: skip,
    },
  },
  BUTTON: {
    label: 'button', dataField: 'buttonData', fields: {
      text: text('button label'), link: link('button link', 'text'), type: skip, styles: skip,
    },
  },
  POLL: {
    label: 'poll', dataField: 'pollData', fields: {
      poll: object({
        title: text('poll question'), image: media('poll image'),
        options: list({ title: text('poll option'), image: media('poll option image'), id: skip }),
        id: skip, creatorId: skip, settings: skip,
      }),
      layout: skip,
      design: object({
        poll: object({ background: object({ image: media('poll background image'), type: skip, color: skip, gradient: skip }) }),
        options: skip,
      }),
    },
  },
  APP_EMBED: {
    label: 'app embed', dataField: 'appEmbedData', fields: {
      name: text('app item name'), url: url('app item page'), image: media('app item image'),
      imageSrc: { k: 'mediaUrl', place: 'app item image', media: 'image' },
      eventData: object({ scheduling: text('event date'), location: text('event location') }),
      bookingData: object({ durations: text('booking duration') }),
      buttonStyles: object({ buttonText: text('app item button label') }),
      ribbonStyles: object({ ribbonText: text('app item ribbon') }),
      pricingData: object({
        valueFrom: text('price'), valueTo: text('price'), discountedValue: text('price'), currency: text('price currency'),
        pricingPlanId: skip,
      }),
      type: skip, itemId: skip, cardStyles: skip, imageStyles: skip,
    },
  },
  MAP: {
    label: 'map', dataField: 'mapData', fields: {
      mapSettings: object({ address: text('map address'), locationName: text('map location name') }),
    },
  },
  DIVIDER: { label: 'divider', dataField: 'dividerData', fields: { lineStyle: skip, width: skip, alignment: skip, type: skip } },
  COLLAPSIBLE_LIST: {
    label: 'collapsible list', dataField: 'collapsibleListData',
    fields: { isQapageData: skip, expandOnlyOne: skip, initialExpandedItems: skip, direction: skip },
  },
  COLLAPSIBLE_ITEM: { label: 'collapsible item' },
  COLLAPSIBLE_ITEM_TITLE: { label: 'collapsible list title', textPlace: 'collapsible list title', context: true },
  COLLAPSIBLE_ITEM_BODY: { label: 'collapsible list body', textPlace: 'collapsible list body', context: true },
  TABLE: {
    label: 'table', dataField: 'tableData', fields: {
      altText: text('table alt text'), dimensions: skip, header: skip, rowHeader: skip, columnHeader: skip,
    },
  },
  TABLE_ROW: { label: 'table row' },
  TABLE_CELL: {
    label: 'table cell', dataField: 'tableCellData', textPlace: 'table cell', context: true,
    fields: { cellStyle: skip, borderColors: skip, borderWidths: skip, colspan: skip, rowspan: skip },
  },
  // App-defined payload: every field is read schema-free.
  EXTERNAL: { label: 'app content', dataField: 'externalData', fields: {}, textPlace: 'app content', context: true },
  LAYOUT: {
    label: 'layout', dataField: 'layoutData', textPlace: 'layout', context: true,
    fields: { backgroundImage: object({ media: media('layout background image') }), backdropImage: object({ media: media('layout backdrop image') }) },
  },
  LAYOUT_CELL: { label: 'layout cell', dataField: 'layoutCellData', fields: { colSpan: skip }, textPlace: 'layout cell', context: true },
  CARD: {
    label: 'card', dataField: 'cardData', textPlace: 'card', context: true,
    fields: { backgroundImage: object({ media: media('card background image') }) },
  },
  SHAPE: {
    label: 'shape', dataField: 'shapeData', fields: {
      altText: text('shape alt text'), shape: media('shape'), link: link('shape link', 'altText'), styles: skip,
    },
  },
  TOC: { label: 'table of contents', dataField: 'tocData', fields: {} },
  SMART_BLOCK: { label: 'smart block', dataField: 'smartBlockData', fields: {}, textPlace: 'smart block', context: true },
  SMART_BLOCK_CELL: {
    label: 'smart block cell', dataField: 'smartBlockCellData', textPlace: 'smart block cell', context: true,
    fields: { label: text('smart block label'), shape: media('smart block shape') },
  },
};

/** Decorations that carry nothing but style (their data is skipped). */
export const STYLE_DECORATIONS = new Set([
  'BOLD', 'ITALIC', 'UNDERLINE', 'SPOILER', 'ANCHOR', 'COLOR', 'FONT_SIZE', 'STRIKETHROUGH', 'SUPERSCRIPT',
  'SUBSCRIPT', 'FONT_FAMILY', 'SKETCH',
]);
