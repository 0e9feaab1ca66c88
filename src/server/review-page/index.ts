/** The review page's public surface: the plugin `aboutmod serve` registers, and how its secrets are read. */
export { reviewPagePlugin, type ReviewPageOptions } from './plugin.js';
export { reviewPageSecrets, type ReviewPageSecrets } from './secrets.js';
