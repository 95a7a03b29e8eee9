import { describe, expect, it } from 'vitest';
import { DevLoginInput } from './session.js';

describe('DevLoginInput', () => {
  it('accepts a caseworker with agency and location', () => {
    expect(
      DevLoginInput.safeParse({ role: 'caseworker', agency: 'af', locationId: 'demo' }).success,
    ).toBe(true);
  });

  it.each([
    [{ role: 'caseworker', locationId: 'demo' }, 'agency'],
    [{ role: 'caseworker', agency: 'af' }, 'locationId'],
    [{ role: 'location-admin' }, 'locationId'],
    [{ role: 'newcomer' }, 'role'],
    [{ role: 'caseworker', agency: 'xx', locationId: 'demo' }, 'agency'],
  ])('rejects %j naming %s', (input, field) => {
    const result = DevLoginInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('accepts a national admin without agency or location', () => {
    expect(DevLoginInput.safeParse({ role: 'national-admin' }).success).toBe(true);
  });
});
