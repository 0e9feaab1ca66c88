import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/ricos/index.js';
import { reason, score } from './docs.js';

/**
 * Phishing links judged from the URL alone (issue 17, quality: phishing; session 31), wherever a member's About
 * hides them: a button, a link preview, a link behind words. The classes that generalised across both halves of
 * the phishing dev set, and members' own links in the same frames, which stay up.
 */
type Place = 'button' | 'link preview' | 'text link';
const PLACES: Place[] = ['button', 'link preview', 'text link'];

/** A Ricos About with one paragraph of text and the URL in the given place. */
function about(url: string, place: Place) {
  const intro = { type: 'PARAGRAPH', id: 'p0', nodes: [{ type: 'TEXT', id: '', textData: { text: 'Hi! Everything I make is here.', decorations: [] } }] };
  const node =
    place === 'button'
      ? { type: 'BUTTON', id: 'b1', buttonData: { text: 'Visit', link: { url } } }
      : place === 'link preview'
        ? { type: 'LINK_PREVIEW', id: 'l1', linkPreviewData: { title: 'My page', description: 'Come and see', link: { url } } }
        : { type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', textData: { text: 'my page', decorations: [{ type: 'LINK', linkData: { link: { url } } }] } }] };
  return flatten({ nodes: [intro, node] });
}

/** Each URL in each place: removed for a malicious link (harmful), or kept with no malicious-link reason to act on. */
function judged(urls: string[], harmful: boolean) {
  const cases = urls.map((url, i) => [PLACES[i % 3]!, url] as const);
  it.each(cases)(`${harmful ? 'removes' : 'keeps'} the link in a %s: %s`, async (place, url) => {
    const verdict = await score(about(url, place));
    if (harmful) {
      expect(verdict.flagged).toBe(true);
      expect(reason(verdict, 'malicious-link')?.evidence[0]?.value).toBe(url);
    } else {
      expect(verdict.flagged).toBe(false);
    }
  });
}

describe('phishing links removed by classes of the URL', () => {
  judged([
    // A page planted in a folder of the site's own files (style sheets, scripts, pictures, fonts).
    'https://riverside-dental.com/img/doc/',
    'http://greenvalley-plumbing.co.uk/css/',
    'https://bakkerij-vos.nl/js/x/view.html',
    // A destination hidden in base64 ("aHR0cHM6Ly" is "https://"), judged by its own signs.
    'https://go.clicklane.net/r/aHR0cHM6Ly9zZWN1cmUtbG9naW4ubm9ydGhiYW5rLW9ubGluZS50b3AvdmVyaWZ5P2FjY3Q9MQ',
    // A government's name on a domain that is none of a government's.
    'https://tax-refund-gov-uk.claims-portal.com/start',
    'http://impots-gouv.remboursement-dossier.net/',
    // A server page inside a brand's folder on someone else's site.
    'https://sunnyfarmstay.com/netflix/billing.php',
    // Microsoft's sign-in folders copied onto another domain.
    'https://oakridge-school.org/adfs/ls/',
    // A hidden folder.
    'https://bellaflowers.it/.cache/page.html',
    // A mail address (of a dotted domain) pre-filled in the query.
    'https://hostingpanel.info/mail/view.php?u=jan.kowalski@uni.wroc.pl',
    // A brand beside the words of a service page, or in a subdomain.
    'https://netflix-billing-help.com',
    'https://apple.support-id7.com',
    // Letters of two alphabets (a Cyrillic а in "paypal").
    'https://xn--pypal-4ve.com/',
  ], true);
});

describe("members' own links stay up", () => {
  judged([
    // The same frames, harmless: an image file, a gallery, a clean hidden address, a public-affairs firm, official
    // government sites, a brand's topic, its own sign-in.
    'https://riverside-dental.com/images/team-photo.jpg',
    'https://riverside-dental.com/team',
    'https://photos-by-ana.com/images/',
    'https://go.clicklane.net/r/aHR0cHM6Ly9sdW5hY2VyYW1pY3MuY29tL3Nob3A',
    'https://www.gov-relations.eu',
    'https://www.gov.uk/self-assessment-tax-returns',
    'https://www.impots.gouv.fr/portail/',
    'https://www.argentina.gob.ar/',
    'https://sunnyfarmstay.com/netflix-night',
    'https://outlook.live.com/owa/',
    'https://berlinrunners.org/.well-known/security.txt',
    'https://www.netflixandknit.com',
    'https://ebay-reseller-academy.com',
    'https://www.apple-pie-bakery.co.uk',
    'https://instagramgrowthwithlena.com/free-guide',
    'https://googleadsforbakers.com/course',
    'https://blockchain-for-artists.org',
    'https://dhl-courier-jobs-blog.com',
    // Names in their own alphabet, shops on the builders' own domains and on new top-level domains.
    'https://кондитерская-анна.рф',
    'https://annacooks.square.site',
    'https://bakehouse.square.site/s/order',
    'https://lunaceramics.shop/collections/mugs',
    'https://vintagefinds.xyz',
    'https://bakery.top',
    // Portfolios, link-in-bio pages, payment links.
    'https://janedoe.github.io/portfolio/',
    'https://alexkim.netlify.app',
    'https://samuel-ortiz.vercel.app',
    'https://mariasilva.wixsite.com/fotografia',
    'https://linktr.ee/annacooks',
    'https://paypal.me/annacooks',
    'https://buy.stripe.com/14k3cKaBc9xY0aA000',
    'https://www.paypal.com/cgi-bin/webscr?cmd=_donations&business=choir%40stmarys.org.uk&currency_code=GBP',
    'https://bit.ly/lunaceramics',
    'https://www.google.com/url?q=https://lunaceramics.shop&sa=D',
  ], false);
});
