import type { ActorId } from '../actors.js';
import type { PathSegment, RuleIssue } from '../issue.js';
import type { LocationConfig } from '../location-config-shape.js';
import { duplicateIssues } from './unique.js';

/**
 * Rules on how the location reaches beyond its own municipality: satellite municipalities,
 * branches and mobile teams.
 */
export function reachIssues(config: LocationConfig): RuleIssue[] {
  const issues: RuleIssue[] = [];

  issues.push(
    ...duplicateIssues(
      config.satellites,
      (s) => s.code,
      ['satellites'],
      'code',
      'satellite municipality code',
    ),
  );
  config.satellites.forEach((satellite, index) => {
    if (satellite.code === config.municipality.code) {
      issues.push({
        path: ['satellites', index, 'code'],
        message: `Expected a municipality other than the home municipality ${config.municipality.code}`,
        code: 'reach.satellite-is-home',
        params: { code: config.municipality.code },
      });
    }
    // Without it the service office cannot tell the newcomer where to go next, which is the
    // whole point of the variant.
    if (!satellite.staffsOffice && satellite.homeContact === undefined) {
      issues.push({
        path: ['satellites', index, 'homeContact'],
        message:
          'Expected how newcomers reach their home municipality (drop-in or booked time, with a text) when it does not staff the office',
        code: 'reach.home-contact-missing',
      });
    }
  });

  // Branches and mobile teams are staffed from this location, so only from its present actors.
  config.branches.forEach((branch, index) => {
    issues.push(...staffIssues(config, branch.actors, ['branches', index, 'actors'], 'branch'));
  });
  config.mobileTeams.forEach((team, index) => {
    issues.push(
      ...staffIssues(config, team.actors, ['mobileTeams', index, 'actors'], 'mobile team'),
    );
  });
  return issues;
}

function staffIssues(
  config: LocationConfig,
  actors: readonly ActorId[],
  listPath: PathSegment[],
  what: string,
): RuleIssue[] {
  const issues = duplicateIssues(actors, (a) => a, listPath, null, `actor in the ${what}`);
  actors.forEach((actor, index) => {
    if (!config.actors.includes(actor)) {
      issues.push({
        path: [...listPath, index],
        message: `Expected an actor present at the location, since the ${what} is staffed from it: ${actor} is not in actors`,
        code: 'reach.staff-not-present',
        params: { actor },
      });
    }
  });
  return issues;
}
