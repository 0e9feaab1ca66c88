export { createEmulator, type Emulator, type EmulatorOptions } from './server.js';
export type { Faults } from './faults.js';
export { writeEnvFile } from './env-file.js';
export type { SeedEntry } from './seeds.js';
export type { Identity } from './auth.js';
