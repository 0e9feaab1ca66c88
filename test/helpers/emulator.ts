export { createEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

/** The emulator as a child process of the built binary (the same spawner the demo and benches use). */
export { spawnEmulator as startEmulatorProcess, type EmulatorProcess } from '../../src/demo/emulator-process.js';
