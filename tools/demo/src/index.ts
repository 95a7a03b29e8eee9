export { seedDemo, type SeedResult } from './seed-demo.js';
export { DEMO_ACCESS_CODES, DEMO_LOCATIONS, demoDay } from './demo-data.js';
