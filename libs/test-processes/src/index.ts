export * from './app-process.js';
export * from './ports.js';
export * from './redis-server.js';
export * from './wait-for.js';
export * from './smtp-catcher.js';
export * from './hostile-inputs.js';
export * from './stored-zip.js';
