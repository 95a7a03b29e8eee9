import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  Alert,
  Button,
  CheckboxGroup,
  DEFAULT_LANGUAGES,
  Dialog,
  LanguageSwitcher,
  QrCode,
  RadioGroup,
  StatusBadge,
  Table,
  Tabs,
  TextArea,
  TextField,
} from '../src';

const tabs = [
  { id: 'a', label: 'First', content: <p>one</p> },
  { id: 'b', label: 'Second', content: <p>two</p> },
  { id: 'c', label: 'Third', content: <p>three</p> },
];

describe('Tabs', () => {
  it('uses a roving tabindex and wires tabs to panels', () => {
    render(<Tabs label="Sections" tabs={tabs} />);
    const [first, second] = screen.getAllByRole('tab');
    expect(first?.getAttribute('aria-selected')).toBe('true');
    expect(first?.tabIndex).toBe(0);
    expect(second?.tabIndex).toBe(-1);
    const panel = document.getElementById(first?.getAttribute('aria-controls') ?? '');
    expect(panel?.getAttribute('role')).toBe('tabpanel');
    expect(panel?.getAttribute('aria-labelledby')).toBe(first?.id);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Sections');
  });

  it('moves with arrow keys, wraps, and supports Home/End', () => {
    const onChange = vi.fn();
    render(<Tabs label="Sections" tabs={tabs} onChange={onChange} />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('First').focus();
    fireEvent.keyDown(tab('First'), { key: 'ArrowRight' });
    expect(tab('Second').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Second'));
    expect(tab('Second').tabIndex).toBe(0);
    expect(tab('First').tabIndex).toBe(-1);
    expect(screen.getByText('two')).toBeDefined();
    fireEvent.keyDown(tab('Second'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Third'));
    fireEvent.keyDown(tab('Third'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('First'));
    fireEvent.keyDown(tab('First'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Third'));
    fireEvent.keyDown(tab('Third'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('First'));
    expect(onChange.mock.calls.map((c) => c[0])).toEqual(['b', 'c', 'a', 'c', 'a']);
  });

  it('reverses the arrow keys under dir="rtl"', () => {
    render(
      <div dir="rtl">
        <Tabs label="Sections" tabs={tabs} />
      </div>,
    );
    const first = screen.getByRole('tab', { name: 'First' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Second' }));
  });
});

describe('Dialog', () => {
  function Harness({ onClose }: { onClose?: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Open</button>
        <Dialog
          open={open}
          title="Confirm"
          onClose={() => {
            onClose?.();
            setOpen(false);
          }}
        >
          <input aria-label="Reason" />
        </Dialog>
      </>
    );
  }

  it('is labelled by its title and moves focus inside when opened', () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    act(() => opener.click());
    const dialog = document.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    const title = screen.getByText('Confirm');
    expect(dialog?.getAttribute('aria-labelledby')).toBe(title.id);
    expect(dialog?.contains(document.activeElement)).toBe(true);
  });

  it('closes on Escape and returns focus to the opener', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    act(() => opener.click());
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    fireEvent.keyDown(document.activeElement ?? dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});

describe('TextField', () => {
  it('wires label, hint and error with useId, aria-invalid and aria-describedby', () => {
    render(<TextField label="Name" hint="Full name" error="Required" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy).toHaveLength(2);
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['Full name', 'Required']);
  });

  it('has no aria-invalid or describedby without an error or hint', () => {
    render(<TextField label="Name" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('gives two fields distinct ids', () => {
    render(
      <>
        <TextField label="A" />
        <TextField label="B" />
      </>,
    );
    expect(screen.getByLabelText('A').id).not.toBe(screen.getByLabelText('B').id);
  });
});

describe('Table', () => {
  const columns = [
    { key: 'name', header: 'Name', rowHeader: true },
    { key: 'age', header: 'Age' },
  ];
  const rows = [{ name: 'Amina', age: 31 }];

  it('renders its caption and column headers with scope="col"', () => {
    render(<Table caption="People" columns={columns} rows={rows} getRowKey={(r) => r.name} />);
    expect(screen.getByRole('table', { name: 'People' })).toBeDefined();
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(screen.getByRole('rowheader', { name: 'Amina' }).getAttribute('scope')).toBe('row');
  });

  it('requires a caption', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(<Table caption="" columns={columns} rows={rows} getRowKey={(r) => r.name} />),
    ).toThrow(/caption is required/);
    spy.mockRestore();
  });
});

describe('Button', () => {
  it('ignores clicks while busy but stays focusable', () => {
    const onClick = vi.fn();
    render(
      <Button busy onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: /Save/ });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('Alert', () => {
  it('uses role=alert for errors and warnings, role=status otherwise', () => {
    render(
      <>
        <Alert tone="error">e</Alert>
        <Alert tone="warning">w</Alert>
        <Alert tone="info">i</Alert>
        <Alert tone="success">s</Alert>
      </>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(screen.getAllByRole('status')).toHaveLength(2);
  });
});

describe('StatusBadge', () => {
  it('states the status in text, not colour alone', () => {
    render(<StatusBadge status="at-risk" />);
    expect(screen.getByText('At risk')).toBeDefined();
  });
});

describe('RadioGroup', () => {
  it('reports the chosen value', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Time"
        options={[
          { value: 'am', label: 'Morning' },
          { value: 'pm', label: 'Afternoon' },
        ]}
        onChange={onChange}
        error="Pick one"
      />,
    );
    fireEvent.click(screen.getByLabelText('Afternoon'));
    expect(onChange).toHaveBeenCalledWith('pm');
    expect(screen.getByRole('radiogroup', { name: 'Time' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });
});

describe('LanguageSwitcher', () => {
  it('lists the six languages by endonym and sets lang and dir on <html>', () => {
    function Harness() {
      const [value, setValue] = useState('sv');
      return <LanguageSwitcher value={value} onChange={setValue} />;
    }
    render(<Harness />);
    expect(DEFAULT_LANGUAGES.map((l) => l.code)).toEqual(['sv', 'en', 'ar', 'prs', 'so', 'ti']);
    const select = screen.getByRole('combobox', { name: 'Språk / Language' });
    expect(screen.getByRole('option', { name: 'العربية' }).getAttribute('lang')).toBe('ar');
    expect(document.documentElement.dir).toBe('ltr');
    fireEvent.change(select, { target: { value: 'prs' } });
    expect(document.documentElement.lang).toBe('prs');
    expect(document.documentElement.dir).toBe('rtl');
  });
});

describe('QrCode', () => {
  it('renders an SVG image with alt text', () => {
    render(<QrCode value="https://example.org" alt="QR code: example" />);
    const img = screen.getByRole('img', { name: 'QR code: example' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });
});

describe('CheckboxGroup', () => {
  it('keeps the order of what was chosen, appends a new tick, and describes the set by its error', () => {
    const changes: string[][] = [];
    render(
      <CheckboxGroup
        legend="Aktörer"
        error="Välj minst en"
        options={[
          { value: 'af', label: 'AF' },
          { value: 'fk', label: 'FK' },
          { value: 'skv', label: 'SKV' },
        ]}
        selected={['skv', 'af']}
        onChange={(next) => changes.push(next)}
      />,
    );
    const group = screen.getByRole('group', { name: 'Aktörer' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const describedBy = group.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Välj minst en');
    fireEvent.click(screen.getByLabelText('FK'));
    fireEvent.click(screen.getByLabelText('SKV'));
    expect(changes).toEqual([['skv', 'af', 'fk'], ['af']]);
  });
});

describe('TextArea', () => {
  it('wires its label and error like TextField', () => {
    render(<TextArea label="Avvikelser" error="För lång text" defaultValue="x" />);
    const area = screen.getByLabelText('Avvikelser');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(area.getAttribute('aria-describedby')!)?.textContent).toBe(
      'För lång text',
    );
  });
});
