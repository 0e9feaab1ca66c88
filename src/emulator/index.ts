export { createEmulator, MAX_SITES, type Emulator, type EmulatorOptions, type EmulatorSite } from './server.js';
export type { Faults } from './faults.js';
export { writeEnvFile } from './env-file.js';
export type { SeedEntry } from './seeds.js';
export type { Identity, SiteCredentials } from './auth.js';
