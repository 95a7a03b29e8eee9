import axe from 'axe-core';

/**
 * Runs axe on a rendered container and returns the serious and critical violations. jsdom does
 * not lay out or paint, so 'color-contrast' is off here; test/tokens.test.ts proves the token
 * pairs meet WCAG AA instead.
 */
export async function seriousViolations(container: Element) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html) }));
}
