/** Member text printed on a terminal: the same visible escapes the review page shows (../escape-controls.ts). */
export { escapeControls as escapeTerminal, type EscapeOptions } from '../escape-controls.js';
