import { ACTOR_IDS, ACTOR_NAMES } from '@motesplats/location-config';
import { LOCALES } from '@motesplats/target-group';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  APPLICATION_STATUSES,
  ASSISTANCE_APPLICATION_STATUSES,
  BENEFIT_TOPICS,
  CONFLICT_RULES,
  DETAIL_FIELDS,
  DETAIL_FIELD_LABELS,
  DETAIL_VALUES,
  DETAIL_VALUE_LABELS,
  GRADES_DOCUMENTS,
  MOVE_DOCUMENTS,
  PENSION_BENEFITS,
  ITEM_CATALOGUE,
  ITEM_CODES,
  ITEM_LABELS,
  ITEM_STATUSES,
  checklistMessages,
  detailFieldLabelKey,
  detailValueLabelKey,
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
      ...DETAIL_FIELDS.map(detailFieldLabelKey),
      ...DETAIL_VALUES.map(detailValueLabelKey),
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

  it('detail labels: one sv/en pair per field and per value of every value list', () => {
    expect(Object.keys(DETAIL_FIELD_LABELS)).toEqual([...DETAIL_FIELDS]);
    expect(Object.keys(DETAIL_VALUE_LABELS)).toEqual([...DETAIL_VALUES]);
    const lists = [
      MOVE_DOCUMENTS,
      GRADES_DOCUMENTS,
      BENEFIT_TOPICS,
      APPLICATION_STATUSES,
      ASSISTANCE_APPLICATION_STATUSES,
      PENSION_BENEFITS,
    ];
    for (const value of lists.flat()) {
      expect(DETAIL_VALUE_LABELS[value].sv, value).toMatch(/\S/);
      expect(DETAIL_VALUE_LABELS[value].en, value).toMatch(/\S/);
    }
    expect(DETAIL_VALUE_LABELS['elderly-maintenance-support'].sv).toBe('Äldreförsörjningsstöd');
    expect(DETAIL_FIELD_LABELS.applicationStatus.sv).toBe(
      checklistMessages.sv['detail.applicationStatus'],
    );
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
