export { seedDemo, type SeedResult } from './seed-demo.js';
export { DEMO_ACCESS_CODES, DEMO_LOCATIONS, demoDay } from './demo-data.js';
export {
  GOAL_2017,
  GOAL_2017_UNACCOMPANIED_MINORS,
  seedGoal2017,
  type GoalFixtureResult,
} from './fixtures/goal-2017.js';
