/**
 * Turning what a document stores into URLs a visitor's browser would fetch: Wix media ids to the public
 * static URLs (rules from Wix's own viewer code, see shared/docs/ricos-fields.md "Media ids"), and
 * schemeless links to absolute ones the way the Ricos viewer does (http:// in front).
 */

export type MediaKind = 'image' | 'video' | 'audio' | 'file' | 'galleryVideo';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A Wix media file name as stored bare (`8bb438_<32 hex>.jpg`, `84770f_...~mv2.jpg`). */
const WIX_MEDIA_NAME = /^[0-9a-f]{6}_[0-9a-f]{32}(?:~mv2)?(?:\.[a-z0-9]{2,5})?$/i;

const STATIC = 'https://static.wixstatic.com/';
const VIDEO = 'https://video.wixstatic.com/';

export function isWixMediaName(value: string): boolean {
  return WIX_MEDIA_NAME.test(value);
}

/** A media id (`src.id` / `src.custom`) as the public URL it is served from. */
export function mediaIdToUrl(id: string, kind: MediaKind): string {
  const bare = id.replace(/^\/+/, '');
  switch (kind) {
    case 'video':
    case 'galleryVideo':
      // Video ids carry their own `video/...` prefix; a bare gallery video id gets it added.
      return VIDEO + (bare.startsWith('video/') ? bare : `video/${bare}`);
    case 'audio':
      // Audio ids carry their folder (`mp3/<hash>.mp3`); an id without one is in media/.
      return STATIC + (bare.includes('/') ? bare : `media/${bare}`);
    default:
      return STATIC + (bare.startsWith('media/') || bare.startsWith('ugd/') ? bare : `media/${bare}`);
  }
}

/** A stored `src.url`: absolute as is, a bare media file name resolved, a schemeless host made http://. */
export function mediaUrl(url: string, kind: MediaKind): string {
  const trimmed = url.trim();
  if (SCHEME.test(trimmed)) return trimmed;
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  if (!trimmed.includes('/') && !trimmed.startsWith('www.') && (kind !== 'file' || isWixMediaName(trimmed))) {
    // Wix stores gallery and image file names without the host (shared/docs/ricos-fields.md).
    return mediaIdToUrl(trimmed, kind);
  }
  if (trimmed.startsWith('media/') || trimmed.startsWith('video/')) return mediaIdToUrl(trimmed, kind);
  return linkUrl(trimmed);
}

/** A link target as the viewer follows it: schemeless `www.wix.com` becomes `http://www.wix.com`. */
export function linkUrl(url: string): string {
  const trimmed = url.trim();
  if (SCHEME.test(trimmed)) return trimmed;
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  // In-page and relative targets stay as written: there is no host to resolve them against.
  if (trimmed === '' || /^[/#?.]/.test(trimmed)) return trimmed;
  // A bare address is mailed to, not browsed (`bob@mail.com` is not http://bob@mail.com).
  if (/^[^\s/:@]+@[^\s/:@]+\.[^\s/:@.]{2,}$/.test(trimmed)) return `mailto:${trimmed}`;
  return `http://${trimmed}`;
}
