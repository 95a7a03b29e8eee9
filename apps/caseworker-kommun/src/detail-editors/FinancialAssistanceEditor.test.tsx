import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { item, queueItem, seriousViolations } from '@motesplats/caseworker-kit/testing';
import { FinancialAssistanceEditor } from './FinancialAssistanceEditor';

const assistance = item({ actor: 'kommun', code: 'financial-assistance', memberId: null });

describe('FinancialAssistanceEditor', () => {
  it('offers every application status, none chosen before the first save', async () => {
    const { container } = render(
      <FinancialAssistanceEditor
        household={null}
        visit={queueItem()}
        item={assistance}
        details={{}}
        onChange={() => {}}
        disabled={false}
      />,
    );

    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      'Inte ansökt',
      'Ansökan inlämnad',
      'Beslut fattat',
    ]);
    expect(radios.some((r) => r.checked)).toBe(false);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('sends the chosen status in the details', () => {
    const onChange = vi.fn();
    render(
      <FinancialAssistanceEditor
        household={null}
        visit={queueItem()}
        item={assistance}
        details={{ applicationStatus: 'submitted' }}
        onChange={onChange}
        disabled={false}
      />,
    );

    expect((screen.getByLabelText('Ansökan inlämnad') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Beslut fattat'));
    expect(onChange).toHaveBeenCalledWith({ applicationStatus: 'decided' });
  });
});
