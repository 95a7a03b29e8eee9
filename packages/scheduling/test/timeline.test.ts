import { describe, expect, it } from 'vitest';
import { Timeline } from '../src/timeline.js';

describe('Timeline', () => {
  const tl = () => {
    const t = new Timeline(480, 1020);
    t.add(540, 600, 1); // 09:00–10:00
    t.add(630, 660, 2); // 10:30–11:00
    return t;
  };

  it.each([
    [480, 60, 480],
    [480, 61, 660],
    [560, 30, 600],
    [600, 30, 600],
    [600, 31, 660],
    [990, 30, 990],
    [991, 30, Infinity],
    [400, 30, 480],
  ])('earliestFit(%i, %i) = %d', (t, d, expected) => {
    expect(tl().earliestFit(t, d)).toBe(expected);
  });

  it.each([
    [1020, 60, 0, 960],
    [640, 30, 0, 600],
    [620, 45, 0, 495],
    [620, 45, 500, -Infinity],
    [500, 30, 0, 500],
    [560, 30, 0, 510],
  ])('latestFit(%i, %i, lo %i) = %d', (t, d, lo, expected) => {
    expect(tl().latestFit(t, d, lo)).toBe(expected);
  });

  it('knows what is free, and books and frees by owner', () => {
    const t = tl();
    expect(t.isFree(600, 630)).toBe(true);
    expect(t.isFree(599, 630)).toBe(false);
    expect(t.isFree(470, 500)).toBe(false);
    expect(t.slackBefore(630)).toBe(30);
    t.remove(540, 1);
    expect(t.isFree(480, 630)).toBe(true);
    expect(() => t.remove(630, 9)).toThrow();
    expect(t.size).toBe(1);
  });
});
