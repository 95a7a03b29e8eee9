import { describe, expect, it } from 'vitest';
import { unplacedTextSv } from './unplaced-text-sv';

describe('unplacedTextSv', () => {
  it('says a planner code in Swedish, and keeps the reason of one it does not know', () => {
    expect(unplacedTextSv({ code: 'NO_ROOM_FOR_FAMILY', reason: 'the household of 7 …' })).toBe(
      'Hushållet får inte plats i något rum. Lägg till ett större rum.',
    );
    expect(unplacedTextSv({ code: null, reason: 'No chain: closed' })).toBe('No chain: closed');
    expect(unplacedTextSv({ code: 'SOMETHING_NEW', reason: 'why' })).toBe('why');
  });
});
