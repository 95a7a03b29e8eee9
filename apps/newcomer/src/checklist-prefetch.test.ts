import { describe, expect, it, vi } from 'vitest';
import { fakeTrpcFetch } from '@motesplats/caseworker-kit/testing';
import { prefetchChecklist, takeChecklist } from './checklist-prefetch';
import { checklist } from './test/fixtures';

describe('the checklist prefetch', () => {
  it('hands the page the request made at sign-in once, then asks afresh', async () => {
    const fetch = fakeTrpcFetch({ 'newcomer.checklist': { data: checklist } });
    vi.stubGlobal('fetch', fetch);

    prefetchChecklist();
    expect(fetch.callsOf('newcomer.checklist')).toBe(1);
    expect((await takeChecklist()).data.items).toHaveLength(checklist.items.length);
    expect(fetch.callsOf('newcomer.checklist')).toBe(1);

    await takeChecklist();
    expect(fetch.callsOf('newcomer.checklist')).toBe(2);
  });
});
