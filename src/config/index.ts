export { CATEGORIES, configSchema, type Category, type Config } from './schema.js';
export { DEFAULT_CONFIG_PATH, loadConfig, parseConfig, resolveConfigPath, type LoadedConfig } from './load.js';
export { databaseUrl, requireEnv, wixCredentials, type WixCredentials } from './secrets.js';
