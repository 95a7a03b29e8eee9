import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';

type StoriesModule = Parameters<typeof composeStories>[0];

// Every story of every component, rendered in jsdom and checked with axe (portable stories).
const modules = import.meta.glob<StoriesModule>('../src/**/*.stories.tsx', { eager: true });

describe('stories', () => {
  it('has a stories file for every component', () => {
    const components = Object.keys(import.meta.glob('../src/*.tsx'))
      .filter((f) => !f.endsWith('.stories.tsx') && !f.endsWith('/field.tsx'))
      .map((f) => f.replace('.tsx', '.stories.tsx'));
    expect(components.length).toBe(16);
    expect(Object.keys(modules).sort()).toEqual(components.sort());
  });

  for (const [file, module] of Object.entries(modules)) {
    const name = file.replace(/^.*\//, '').replace('.stories.tsx', '');
    describe(name, () => {
      const stories = Object.entries(composeStories(module)) as Array<[string, ComponentType]>;
      for (const [storyName, Story] of stories) {
        it(`${storyName} renders with no serious or critical axe violations`, async () => {
          const { container } = render(<Story />);
          expect(container.firstChild).not.toBeNull();
          expect(await seriousViolations(container)).toEqual([]);
        });
      }
    });
  }
});
