import { ACTOR_IDS, ACTOR_NAMES } from '@motesplats/location-config';
import { LOCALES } from '@motesplats/target-group';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  CONFLICT_RULES,
  ITEM_CATALOGUE,
  ITEM_CODES,
  ITEM_LABELS,
  ITEM_STATUSES,
  checklistMessages,
  itemLabelKey,
  translateChecklist,
} from '../src/index.js';

describe('messages', () => {
  it('sv and en have the same keys', () => {
    expect(Object.keys(checklistMessages.en).sort()).toEqual(
      Object.keys(checklistMessages.sv).sort(),
    );
  });

  it.each(LOCALES)('%s has a label for every code, status, activity, actor and rule', (locale) => {
    const keys = [
      ...ITEM_CODES.map(itemLabelKey),
      ...ITEM_STATUSES.map((s) => `status.${s}`),
      ...ACTIVITY_KINDS.map((k) => `activity.${k}`),
      ...ACTOR_IDS.map((a) => `actor.${a}`),
      ...CONFLICT_RULES.map((r) => `conflict.${r}`),
    ];
    for (const key of keys) {
      expect(checklistMessages[locale], key).toHaveProperty([key]);
      expect((checklistMessages[locale] as Record<string, string>)[key]).toMatch(/\S/);
    }
  });

  it('item labels: one sv/en pair per code, matching the catalogue', () => {
    expect(Object.keys(ITEM_LABELS)).toEqual([...ITEM_CODES]);
    expect(ITEM_LABELS['move-notification'].sv).toBe(
      checklistMessages.sv['item.move-notification'],
    );
    expect(Object.keys(ITEM_CATALOGUE)).toEqual([...ITEM_CODES]);
  });

  it("actor names are location-config's", () => {
    for (const a of ACTOR_IDS) {
      expect(checklistMessages.sv[`actor.${a}`]).toBe(ACTOR_NAMES[a].sv);
      expect(checklistMessages.en[`actor.${a}`]).toBe(ACTOR_NAMES[a].en);
    }
  });

  it('translateChecklist fills placeholders and leaves missing ones visible', () => {
    expect(translateChecklist('item.waiting', { prerequisite: 'X' }, 'en')).toBe('Waiting for: X');
    expect(translateChecklist('item.waiting', {}, 'sv')).toBe('Väntar på: {prerequisite}');
  });

  it('no apostrophes (ICU would read them as quotes)', () => {
    for (const locale of LOCALES) {
      for (const text of Object.values(checklistMessages[locale])) expect(text).not.toContain("'");
    }
  });
});
