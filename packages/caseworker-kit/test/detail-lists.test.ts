import { describe, expect, it } from 'vitest';
import { checkedIn, withChecked } from '../src/detail-lists.js';

const ALL = ['passport', 'permit-card', 'other-id'] as const;

describe('checked-set', () => {
  it('reads only known values, in the order of the list, from whatever is stored', () => {
    expect(checkedIn(ALL, ['other-id', 'passport', 'unknown'])).toEqual(['passport', 'other-id']);
    expect(checkedIn(ALL, undefined)).toEqual([]);
    expect(checkedIn(ALL, 'passport')).toEqual([]);
  });

  it('keeps the order of the list whatever order the boxes are ticked in', () => {
    const one = withChecked({}, 'documentsChecked', ALL, 'other-id', true);
    const two = withChecked(one, 'documentsChecked', ALL, 'passport', true);
    expect(two).toEqual({ documentsChecked: ['passport', 'other-id'] });
  });

  it('gives back the original details when a box is ticked and unticked', () => {
    const original = { other: true };
    const ticked = withChecked(original, 'documentsChecked', ALL, 'passport', true);
    expect(withChecked(ticked, 'documentsChecked', ALL, 'passport', false)).toEqual(original);
  });
});
