export * from './actors.js';
export * from './roles.js';
export * from './location.js';
export * from './session.js';
export * from './composition.js';
export * from './health.js';
export * from './dates.js';
export * from './visits.js';
