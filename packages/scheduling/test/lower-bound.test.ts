import { describe, expect, it } from 'vitest';
import { lowerBound } from '../src/index.js';
import { emptyDay, oneOfEach, visit } from './support.js';

describe('lowerBound', () => {
  it('is the sum of the step minutes per visit', () => {
    const day = emptyDay({
      rooms: [{ id: 'r', capacity: 6 }],
      caseworkers: oneOfEach(),
      visits: [visit('a', 'mv:30 af:45 fk:30'), visit('b', 'af:45')],
    });
    expect(lowerBound(day).perVisit).toEqual({ a: 105, b: 45 });
  });

  it.each([
    ['the longest chain from its release', [visit('a', 'af:45', { earliest: '10:00' })], 1, 2, 165],
    [
      'an actor with one caseworker for three meetings',
      ['a', 'b', 'c'].map((id) => visit(id, 'af:60')),
      1,
      3,
      180,
    ],
    [
      'an actor load shared by two caseworkers',
      ['a', 'b', 'c', 'd'].map((id) => visit(id, 'af:60')),
      2,
      4,
      120,
    ],
    ['one room for everyone', ['a', 'b'].map((id) => visit(id, 'af:30')), 2, 1, 60],
    [
      'head and tail around the busy actor',
      ['a', 'b'].map((id) => visit(id, 'mv:30 af:60 fk:30')),
      1,
      4,
      // MV can start at 0, AF no sooner than 30; two AF hours; FK needs 30 after: 30 + 120 + 30.
      180,
    ],
  ])('makespan: %s', (_label, visits, afCaseworkers, rooms, expected) => {
    const day = emptyDay({
      rooms: Array.from({ length: rooms }, (_, i) => ({ id: `r${i}`, capacity: 6 })),
      caseworkers: [
        { id: 'mv-1', actor: 'mv' as const },
        { id: 'fk-1', actor: 'fk' as const },
        ...Array.from({ length: afCaseworkers }, (_, i) => ({
          id: `af-${i}`,
          actor: 'af' as const,
        })),
      ],
      visits,
    });
    expect(lowerBound(day).makespan).toBe(expected);
  });

  it('counts interpreters as reserved for whole stays', () => {
    const day = emptyDay({
      rooms: [
        { id: 'r1', capacity: 6 },
        { id: 'r2', capacity: 6 },
      ],
      caseworkers: [...oneOfEach(), { id: 'af-2', actor: 'af' }, { id: 'fk-2', actor: 'fk' }],
      interpreters: [{ id: 't', languages: ['so'] }],
      visits: [
        visit('a', 'af:45 fk:30', { language: 'so' }),
        visit('b', 'fk:30 af:45', { language: 'so' }),
      ],
    });
    expect(lowerBound(day).makespan).toBe(150);
  });

  it('ignores visits that can never be placed', () => {
    const day = emptyDay({
      rooms: [{ id: 'r', capacity: 2 }],
      caseworkers: oneOfEach(),
      visits: [visit('a', 'af:45'), visit('huge', 'af:45 fk:30', { people: 6 })],
    });
    expect(lowerBound(day)).toEqual({ perVisit: { a: 45, huge: 75 }, makespan: 45 });
  });
});
