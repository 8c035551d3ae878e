import { afterEach, describe, expect, it } from 'vitest';
import { editableFieldOf } from '../../../utils/overlay/field';
import { MAX_PASTE_CHARS, recordPaste } from '../../../utils/overlay/paste-record';

/** Dispatches a paste carrying `text` at `target` and returns what was recorded during it. */
function paste(target: Element, text: string) {
  let recorded: ReturnType<typeof recordPaste> = null;
  const event = new Event('paste', { bubbles: true, cancelable: true, composed: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  document.addEventListener('paste', (e) => (recorded = recordPaste(e as ClipboardEvent)), { once: true, capture: true });
  target.dispatchEvent(event);
  return { recorded: recorded as ReturnType<typeof recordPaste>, defaultPrevented: event.defaultPrevented };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('editableFieldOf', () => {
  it('accepts text boxes and editors, never passwords or read-only fields', () => {
    document.body.innerHTML = `
      <textarea id="a"></textarea><input id="b"><input id="c" type="password"><input id="d" readonly>
      <input id="e" type="checkbox"><div id="f" contenteditable="true"><p id="g">x</p></div><div id="h">plain</div>`;
    const kind = (id: string) => editableFieldOf(document.getElementById(id))?.kind ?? null;
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(kind)).toEqual([
      'text-control',
      'text-control',
      null,
      null,
      null,
      'contenteditable',
      'contenteditable',
      null,
    ]);
    expect(editableFieldOf(document.getElementById('g'))?.element.id).toBe('f');
  });
});

describe('recordPaste', () => {
  it('reads the text and the value and selection the paste will replace, and changes nothing', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'Hello world';
    area.setSelectionRange(6, 11);
    const { recorded, defaultPrevented } = paste(area, 'Pay now');
    expect(defaultPrevented).toBe(false);
    expect(recorded).toMatchObject({ text: 'Pay now', before: { value: 'Hello world', start: 6, end: 11 } });
    expect(recorded?.field.element).toBe(area);
  });

  it('finds an editor from a paragraph inside it', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p id="p">x</p></div>';
    const { recorded } = paste(document.getElementById('p')!, '请还款');
    expect(recorded).toMatchObject({ text: '请还款', before: null, field: { kind: 'contenteditable' } });
    expect(recorded?.field.element.id).toBe('ed');
  });

  it('ignores blank pastes, huge pastes and pastes outside typing fields', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><div id="d">text</div>';
    const area = document.getElementById('t')!;
    expect(paste(area, '   ').recorded).toBeNull();
    expect(paste(area, 'x'.repeat(MAX_PASTE_CHARS + 1)).recorded).toBeNull();
    expect(paste(document.getElementById('d')!, 'Pay now').recorded).toBeNull();
  });
});
