/** `aboutmod serve --app`: one service for every site the Wix app is installed on (docs/app-mode.md). */
export { APP_POOL_MAX, buildAppServer, type AppModeServer, type AppServerDeps } from './app-server.js';
