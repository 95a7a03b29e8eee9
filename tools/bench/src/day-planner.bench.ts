import {
  lowerBound,
  planDay,
  planDayFcfs,
  validatePlan,
  type DayInput,
  type DayPlan,
} from '@motesplats/scheduling';
import { generateDay, type Resources } from './generate-day.js';

export interface Scenario {
  name: string;
  visits: number;
  resources: Resources;
}

export interface Run {
  scenario: Scenario;
  seed: number;
  day: DayInput;
  plan: DayPlan;
  fcfs: DayPlan;
  solveMs: number;
  makespanBound: number;
  issues: string[];
}

/** Plans one generated day with the planner (default options) and with the FCFS baseline. */
export function runOnce(scenario: Scenario, seed: number): Run {
  const day = generateDay(scenario.visits, seed, scenario.resources);
  const started = performance.now();
  const plan = planDay(day);
  const solveMs = performance.now() - started;
  const fcfs = planDayFcfs(day);
  const issues = [
    ...validatePlan(day, plan).map((i) => `planner ${i.code}: ${i.message}`),
    ...validatePlan(day, fcfs).map((i) => `fcfs ${i.code}: ${i.message}`),
  ];
  return {
    scenario,
    seed,
    day,
    plan,
    fcfs,
    solveMs,
    makespanBound: lowerBound(day).makespan,
    issues,
  };
}
