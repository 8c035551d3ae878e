import { beforeEach, describe, expect, it } from 'vitest';
import { insertIntoTextControl, pastedRegion } from '../../../utils/overlay/insert-text-control';
import { controlledInput } from './controlled-input';

const PASTED = 'Pay $300 today or we call your boss.';

describe('pastedRegion', () => {
  it('finds the paste between what came before and after the selection it replaced', () => {
    const before = { value: 'Hi. SELECTED bye', start: 4, end: 12 };
    const value = `Hi. ${PASTED} bye`;
    expect(pastedRegion(value, PASTED, before)).toEqual({ start: 4, end: 4 + PASTED.length });
  });

  it('follows the text the field actually stored (line breaks normalised or dropped)', () => {
    const pasted = 'line one\r\nline two';
    expect(pastedRegion('x line one\nline two', pasted, null)).toEqual({ start: 2, end: 19 });
    expect(pastedRegion('line oneline two', pasted, null)).toEqual({ start: 0, end: 16 });
  });

  it('looks for the pasted text itself once the person has edited around it', () => {
    const before = { value: '', start: 0, end: 0 };
    expect(pastedRegion(`Thanks. ${PASTED}`, PASTED, before)).toEqual({ start: 0, end: 8 + PASTED.length });
    const edited = `Note: ${PASTED} (edited)`;
    expect(pastedRegion(edited, PASTED, { value: 'abc', start: 3, end: 3 })).toEqual({ start: 6, end: 6 + PASTED.length });
  });

  it('is null when the pasted text is gone', () => {
    expect(pastedRegion('something else', PASTED, { value: 'x', start: 1, end: 1 })).toBeNull();
  });
});

describe('insertIntoTextControl', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('replaces the pasted message and nothing else, then tells the page', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.value = `Hello, ${PASTED} Thanks`;
    const events: InputEvent[] = [];
    area.addEventListener('input', (e) => events.push(e as InputEvent));
    const ok = insertIntoTextControl(area, PASTED, { value: 'Hello,  Thanks', start: 7, end: 7 }, 'I will reply in writing.');
    expect(ok).toBe(true);
    expect(area.value).toBe('Hello, I will reply in writing. Thanks');
    expect(events).toHaveLength(1);
    expect(events[0]!.bubbles).toBe(true);
    expect(area.selectionStart).toBe(7 + 'I will reply in writing.'.length);
  });

  it('updates a React-style controlled input whose state a plain value assignment would miss', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const field = controlledInput(input);
    field.type(PASTED);
    expect(field.state()).toBe(PASTED);

    // The trap: assigning the value and announcing it leaves the framework's state behind.
    input.value = 'assigned';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(field.state()).toBe(PASTED);
    expect(input.value).toBe(PASTED);

    insertIntoTextControl(input, PASTED, { value: '', start: 0, end: 0 }, 'Please write to me.');
    expect(field.state()).toBe('Please write to me.');
    expect(input.value).toBe('Please write to me.');
  });

  it('inserts at the caret when the pasted text is no longer there', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.value = 'abcdef';
    area.setSelectionRange(3, 3);
    insertIntoTextControl(area, PASTED, { value: 'zz', start: 2, end: 2 }, 'X');
    expect(area.value).toBe('abcXdef');
  });

  it('refuses a field that has left the page', () => {
    const area = document.createElement('textarea');
    expect(insertIntoTextControl(area, PASTED, null, 'X')).toBe(false);
  });
});
