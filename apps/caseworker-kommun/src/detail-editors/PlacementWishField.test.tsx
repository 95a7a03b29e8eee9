import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { item, queueItem, seriousViolations } from '@motesplats/caseworker-kit/testing';
import { PreschoolRegistrationEditor } from './PreschoolRegistrationEditor';
import { SchoolRegistrationEditor } from './SchoolRegistrationEditor';
import { SfiRegistrationEditor } from './SfiRegistrationEditor';

const editors = [
  ['sfi-registration', SfiRegistrationEditor, 'Önskemål om SFI'],
  ['preschool-registration', PreschoolRegistrationEditor, 'Önskad förskola'],
  ['school-registration', SchoolRegistrationEditor, 'Önskad skola'],
] as const;

describe.each(editors)('%s editor', (code, Editor, label) => {
  it('shows the saved wish and sends the whole details object on a change', async () => {
    const onChange = vi.fn();
    const { container } = render(
      <Editor
        household={null}
        visit={queueItem()}
        item={item({ actor: 'kommun', code, details: { placementWish: 'Norra' } })}
        details={{ placementWish: 'Norra' }}
        onChange={onChange}
        disabled={false}
      />,
    );

    const field = screen.getByLabelText(label) as HTMLInputElement;
    expect(field.value).toBe('Norra');
    expect(field.maxLength).toBe(500);
    fireEvent.change(field, { target: { value: 'Södra' } });
    expect(onChange).toHaveBeenLastCalledWith({ placementWish: 'Södra' });
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('leaves the wish out when it is cleared, keeping the other details', () => {
    const onChange = vi.fn();
    render(
      <Editor
        household={null}
        visit={queueItem()}
        item={item({ actor: 'kommun', code })}
        details={{ placementWish: 'Norra', later: 1 }}
        onChange={onChange}
        disabled={false}
      />,
    );

    fireEvent.change(screen.getByLabelText(label), { target: { value: '  ' } });
    expect(onChange).toHaveBeenLastCalledWith({ later: 1 });
  });

  it('is read-only while saving', () => {
    render(
      <Editor
        household={null}
        visit={queueItem()}
        item={item({ code })}
        details={{}}
        onChange={() => {}}
        disabled={true}
      />,
    );
    expect((screen.getByLabelText(label) as HTMLInputElement).disabled).toBe(true);
  });
});
