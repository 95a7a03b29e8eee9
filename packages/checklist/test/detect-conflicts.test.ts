import type { ActorId } from '@motesplats/location-config';
import { describe, expect, it } from 'vitest';
import { ChecklistError, detectConflicts } from '../src/index.js';
import type { ActivityKind, Conflict, PlannedActivity } from '../src/index.js';

function plan(
  id: string,
  kind: ActivityKind,
  hoursPerWeek: number,
  from: string,
  until?: string | null,
  extra: { actor?: ActorId; memberId?: string } = {},
): PlannedActivity {
  const actor: ActorId =
    extra.actor ??
    (kind === 'sick-leave' || kind === 'parental-leave'
      ? 'fk'
      : kind === 'studies' || kind === 'sfi'
        ? 'kommun'
        : 'af');
  return {
    id,
    memberId: extra.memberId ?? 'm1',
    actor,
    kind,
    hoursPerWeek,
    from,
    ...(until === undefined ? {} : { until }),
  };
}

/** The essentials of a conflict, for compact expectations. */
const brief = (c: Conflict) => ({
  rule: c.rule,
  memberId: c.memberId,
  planIds: c.planIds,
  period: c.period,
});

describe('detectConflicts: sick leave or rest against any activity', () => {
  it('flags the overlap with the member, both plans, both agencies and the shared period', () => {
    const [conflict, ...rest] = detectConflicts([
      plan('study', 'studies', 20, '2025-03-15', '2025-06-30'),
      plan('sick', 'sick-leave', 40, '2025-03-01', '2025-03-31'),
    ]);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({
      id: 'absence-overlap:m1:sick+study:2025-03-15',
      rule: 'absence-overlap',
      memberId: 'm1',
      planIds: ['sick', 'study'],
      actors: ['fk', 'kommun'],
      period: { from: '2025-03-15', until: '2025-03-31' },
    });
    expect(conflict?.explanation.sv).toBe(
      'Planerna krockar 2025-03-15–2025-03-31: sjukskrivning (Försäkringskassan) och studier (Kommunen). Den som är sjukskriven eller ska vila kan inte samtidigt delta i en annan aktivitet.',
    );
    expect(conflict?.explanation.en).toContain('from 2025-03-15 to 2025-03-31');
    expect(conflict?.explanation.en).toContain('sick leave (Swedish Social Insurance Agency)');
  });

  it.each<[string, PlannedActivity[], ReturnType<typeof brief>[]]>([
    [
      'rest against job search, both open-ended',
      [plan('r', 'rest', 0, '2025-04-01', null), plan('j', 'job-search', 10, '2025-01-01')],
      [
        {
          rule: 'absence-overlap',
          memberId: 'm1',
          planIds: ['r', 'j'],
          period: { from: '2025-04-01', until: null },
        },
      ],
    ],
    [
      'a single shared day (both ends inclusive)',
      [
        plan('s', 'sick-leave', 40, '2025-03-01', '2025-03-15'),
        plan('w', 'work', 10, '2025-03-15', '2025-04-30'),
      ],
      [
        {
          rule: 'absence-overlap',
          memberId: 'm1',
          planIds: ['s', 'w'],
          period: { from: '2025-03-15', until: '2025-03-15' },
        },
      ],
    ],
    [
      'parental leave counts as an activity',
      [
        plan('s', 'sick-leave', 40, '2025-03-01', '2025-03-31'),
        plan('p', 'parental-leave', 10, '2025-03-10', '2025-03-20'),
      ],
      [
        {
          rule: 'absence-overlap',
          memberId: 'm1',
          planIds: ['s', 'p'],
          period: { from: '2025-03-10', until: '2025-03-20' },
        },
      ],
    ],
    [
      'back-to-back periods do not overlap',
      [
        plan('s', 'sick-leave', 40, '2025-03-01', '2025-03-14'),
        plan('w', 'studies', 20, '2025-03-15'),
      ],
      [],
    ],
    [
      'an open-ended activity starting after the sick leave ends',
      [
        plan('s', 'sick-leave', 40, '2025-01-01', '2025-02-28'),
        plan('w', 'work', 40, '2025-03-01', null),
      ],
      [],
    ],
    [
      'sick leave and rest together are no conflict',
      [plan('s', 'sick-leave', 40, '2025-03-01'), plan('r', 'rest', 40, '2025-03-01')],
      [],
    ],
    [
      "different members' plans never conflict",
      [
        plan('s', 'sick-leave', 40, '2025-03-01'),
        plan('w', 'work', 40, '2025-03-01', null, { memberId: 'm2' }),
      ],
      [],
    ],
    [
      'hours do not matter: any activity conflicts with sick leave',
      [
        plan('s', 'sick-leave', 10, '2025-03-01', '2025-03-31'),
        plan('w', 'work', 5, '2025-03-01', '2025-03-31'),
      ],
      [
        {
          rule: 'absence-overlap',
          memberId: 'm1',
          planIds: ['s', 'w'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
      ],
    ],
  ])('%s', (_name, plans, expected) => {
    expect(detectConflicts(plans).map(brief)).toEqual(expected);
  });
});

describe('detectConflicts: two full-time activities at once', () => {
  it.each<[string, PlannedActivity[], ReturnType<typeof brief>[]]>([
    [
      'work placement 40 h and studies 35 h: one conflict, not also over-hours',
      [
        plan('wp', 'work-placement', 40, '2025-03-01', '2025-05-31'),
        plan('st', 'studies', 35, '2025-04-01', '2025-08-31'),
      ],
      [
        {
          rule: 'double-full-time',
          memberId: 'm1',
          planIds: ['wp', 'st'],
          period: { from: '2025-04-01', until: '2025-05-31' },
        },
      ],
    ],
    [
      '34 h is not full time: only over-hours',
      [
        plan('a', 'work', 34, '2025-03-01', '2025-03-31'),
        plan('b', 'studies', 34, '2025-03-01', '2025-03-31'),
      ],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
      ],
    ],
    [
      'three full-time activities: every pair, and the total for all three',
      [
        plan('a', 'work', 40, '2025-03-01', '2025-03-31'),
        plan('b', 'studies', 40, '2025-03-01', '2025-03-31'),
        plan('c', 'sfi', 40, '2025-03-01', '2025-03-31'),
      ],
      [
        {
          rule: 'double-full-time',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
        {
          rule: 'double-full-time',
          memberId: 'm1',
          planIds: ['a', 'c'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
        {
          rule: 'double-full-time',
          memberId: 'm1',
          planIds: ['b', 'c'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b', 'c'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
      ],
    ],
    [
      'full-time periods that do not overlap',
      [plan('a', 'work', 40, '2025-01-01', '2025-02-28'), plan('b', 'studies', 40, '2025-03-01')],
      [],
    ],
  ])('%s', (_name, plans, expected) => {
    expect(detectConflicts(plans).map(brief)).toEqual(expected);
  });

  it('explains with both activities and the full-time limit', () => {
    const [conflict] = detectConflicts([
      plan('a', 'work', 40, '2025-03-01', null),
      plan('b', 'studies', 35, '2025-03-01', null),
    ]);
    expect(conflict?.explanation.sv).toBe(
      'Två heltidsaktiviteter samtidigt från och med 2025-03-01: arbete (Arbetsförmedlingen, 40 timmar i veckan), studier (Kommunen, 35 timmar i veckan). Heltid är minst 35 timmar i veckan, och ingen kan göra två heltidsaktiviteter på en gång.',
    );
    expect(conflict?.explanation.en).toContain('from 2025-03-01 on');
  });
});

describe('detectConflicts: more than 40 hours a week', () => {
  it.each<[string, PlannedActivity[], ReturnType<typeof brief>[]]>([
    [
      'exactly 40 hours is fine',
      [plan('a', 'sfi', 15, '2025-03-01'), plan('b', 'work-placement', 25, '2025-03-01')],
      [],
    ],
    [
      'three part-time activities adding up to 45',
      [
        plan('a', 'sfi', 15, '2025-03-01', '2025-06-30'),
        plan('b', 'work-placement', 20, '2025-03-01', '2025-06-30'),
        plan('c', 'job-search', 10, '2025-03-01', '2025-06-30'),
      ],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b', 'c'],
          period: { from: '2025-03-01', until: '2025-06-30' },
        },
      ],
    ],
    [
      'computed per overlapping interval',
      [
        plan('a', 'studies', 30, '2025-01-01', '2025-12-31'),
        plan('b', 'work-placement', 20, '2025-02-01', '2025-03-31'),
        plan('c', 'job-search', 20, '2025-03-15', '2025-04-30'),
      ],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-02-01', until: '2025-03-14' },
        },
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b', 'c'],
          period: { from: '2025-03-15', until: '2025-03-31' },
        },
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'c'],
          period: { from: '2025-04-01', until: '2025-04-30' },
        },
      ],
    ],
    [
      'open-ended plans: the conflict is open-ended too',
      [plan('a', 'studies', 30, '2025-01-01'), plan('b', 'work', 15, '2025-06-01', null)],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-06-01', until: null },
        },
      ],
    ],
    [
      'an open-ended plan against one that ends',
      [plan('a', 'studies', 30, '2025-01-01'), plan('b', 'work', 15, '2025-06-01', '2025-06-30')],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-06-01', until: '2025-06-30' },
        },
      ],
    ],
    [
      'the same pair twice, split by a third plan in between',
      [
        plan('a', 'studies', 25, '2025-01-01', '2025-12-31'),
        plan('b', 'work', 20, '2025-01-01', '2025-12-31'),
        plan('c', 'other', 5, '2025-06-01', '2025-06-30'),
      ],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-01-01', until: '2025-05-31' },
        },
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b', 'c'],
          period: { from: '2025-06-01', until: '2025-06-30' },
        },
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['a', 'b'],
          period: { from: '2025-07-01', until: '2025-12-31' },
        },
      ],
    ],
    [
      'non-overlapping plans are not added up',
      [
        plan('a', 'studies', 30, '2025-01-01', '2025-05-31'),
        plan('b', 'work', 30, '2025-06-01', '2025-08-31'),
      ],
      [],
    ],
    [
      'sick leave hours are not work hours (only the absence rule applies)',
      [
        plan('s', 'sick-leave', 40, '2025-03-01', '2025-03-31'),
        plan('w', 'studies', 10, '2025-03-01', '2025-03-31'),
      ],
      [
        {
          rule: 'absence-overlap',
          memberId: 'm1',
          planIds: ['s', 'w'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
      ],
    ],
    [
      'part-time parental leave counts as hours',
      [
        plan('p', 'parental-leave', 30, '2025-03-01', '2025-03-31'),
        plan('w', 'work', 20, '2025-03-01', '2025-03-31'),
      ],
      [
        {
          rule: 'over-hours',
          memberId: 'm1',
          planIds: ['p', 'w'],
          period: { from: '2025-03-01', until: '2025-03-31' },
        },
      ],
    ],
    [
      'half-time parental leave and half-time work fit',
      [plan('p', 'parental-leave', 20, '2025-03-01'), plan('w', 'work', 20, '2025-03-01')],
      [],
    ],
    [
      'each member is summed on their own',
      [
        plan('a', 'studies', 30, '2025-03-01', null, { memberId: 'm1' }),
        plan('b', 'work', 30, '2025-03-01', null, { memberId: 'm2' }),
      ],
      [],
    ],
  ])('%s', (_name, plans, expected) => {
    expect(detectConflicts(plans).map(brief)).toEqual(expected);
  });

  it('states the total and the limit', () => {
    const [conflict] = detectConflicts([
      plan('a', 'sfi', 15, '2025-03-01', '2025-06-30'),
      plan('b', 'work-placement', 30, '2025-03-01', '2025-06-30'),
    ]);
    expect(conflict).toMatchObject({ totalHours: 45, actors: ['af', 'kommun'] });
    expect(conflict?.explanation.en).toBe(
      'Too many hours from 2025-03-01 to 2025-06-30: SFI (The municipality, 15 hours a week), work placement (Swedish Public Employment Service, 30 hours a week) add up to 45 hours a week. That is more than 40 hours a week.',
    );
  });
});

describe('detectConflicts: order, stability, refusals', () => {
  const plans = [
    plan('w2', 'work', 40, '2025-03-01', null, { memberId: 'm2' }),
    plan('s2', 'sick-leave', 40, '2025-04-01', '2025-04-30', { memberId: 'm2' }),
    plan('a1', 'studies', 40, '2025-03-01', null),
    plan('b1', 'work-placement', 40, '2025-02-01', null),
  ];

  it('orders by member (first seen), then rule, then period; same input, same output', () => {
    const conflicts = detectConflicts(plans);
    expect(conflicts.map((c) => [c.memberId, c.rule])).toEqual([
      ['m2', 'absence-overlap'],
      ['m1', 'double-full-time'],
    ]);
    expect(detectConflicts(structuredClone(plans))).toEqual(conflicts);
    expect(new Set(conflicts.map((c) => c.id)).size).toBe(conflicts.length);
  });

  it('no plans, no conflicts', () => {
    expect(detectConflicts([])).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'until before from',
      [plan('a', 'work', 10, '2025-03-02', '2025-03-01')],
      /^plans\[0\]\.until:/,
    ],
    [
      'a repeated id',
      [plan('a', 'work', 10, '2025-03-01'), plan('a', 'sfi', 10, '2025-03-01')],
      /^plans\[1\]\.id:/,
    ],
    ['fractional hours', [plan('a', 'work', 37.5, '2025-03-01')], /^plans\[0\]\.hoursPerWeek:/],
    ['negative hours', [plan('a', 'work', -1, '2025-03-01')], /^plans\[0\]\.hoursPerWeek:/],
    [
      'more hours than a week has',
      [plan('a', 'work', 169, '2025-03-01')],
      /^plans\[0\]\.hoursPerWeek:/,
    ],
    [
      'an unknown kind',
      [plan('a', 'holiday' as ActivityKind, 10, '2025-03-01')],
      /^plans\[0\]\.kind:/,
    ],
    ['an impossible date', [plan('a', 'work', 10, '2025-02-29')], /^plans\[0\]\.from:/],
    [
      'a blank member',
      [plan('a', 'work', 10, '2025-03-01', null, { memberId: ' ' })],
      /^plans\[0\]\.memberId:/,
    ],
  ])('refuses %s', (_name, input, message) => {
    expect(() => detectConflicts(input as PlannedActivity[])).toThrow(ChecklistError);
    expect(() => detectConflicts(input as PlannedActivity[])).toThrow(message);
  });
});
