import { describe, expect, it } from 'vitest';
import { ChecklistItemDto, UpdateChecklistItemInput } from './checklist.js';

const update = {
  householdId: '0b7f7a2e-6a47-4c62-9a0e-3f1b8d1c2e4f',
  itemId: 'af:establishment-benefit:m1',
  expectedVersion: 1,
  status: 'done',
};

describe('checklist item details', () => {
  it('UpdateChecklistItemInput takes details or leaves them out', () => {
    expect(UpdateChecklistItemInput.safeParse(update).success).toBe(true);
    const parsed = UpdateChecklistItemInput.parse({
      ...update,
      details: { applicationStatus: 'applied' },
    });
    expect(parsed.details).toEqual({ applicationStatus: 'applied' });
  });

  it.each([null, 'applied', ['applied']])('refuses details %j at details', (details) => {
    const result = UpdateChecklistItemInput.safeParse({ ...update, details });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['details']);
  });

  it('ChecklistItemDto requires details (`{}` for an untouched item)', () => {
    const item = {
      id: 'af:establishment-benefit:m1',
      actor: 'af',
      code: 'establishment-benefit',
      memberId: 'm1',
      status: 'todo',
      note: '',
      updatedAt: null,
      updatedBy: null,
      version: 1,
      label: { sv: 'Ansökan', en: 'Application' },
      waiting: false,
    };
    expect(ChecklistItemDto.safeParse(item).success).toBe(false);
    expect(ChecklistItemDto.safeParse({ ...item, details: {} }).success).toBe(true);
  });
});
