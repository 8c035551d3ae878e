import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertIntoContentEditable } from '../../../utils/overlay/insert-contenteditable';
import { compactOffsetOf, findInMap, mapText } from '../../../utils/overlay/text-map';

const PASTED = '您已逾期，请今天18点前还款。\n否则联系您的家人。';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

describe('mapText and findInMap', () => {
  it('match across paragraphs and re-wrapped spaces', () => {
    const ed = editor('<p>Hi.</p><p>您已逾期，请今天18点前还款。</p><p>否则联系您的家人。</p>');
    const map = mapText(ed);
    expect(map.compact).toBe('Hi.您已逾期，请今天18点前还款。否则联系您的家人。');
    const match = findInMap(map, PASTED, null);
    expect(match).toEqual({ first: 3, last: map.compact.length - 1 });
  });

  it('prefer the occurrence ending at the caret, else the last one', () => {
    const map = mapText(editor('pay now pay now pay now'));
    expect(findInMap(map, 'pay now', null)).toEqual({ first: 12, last: 17 });
    expect(findInMap(map, 'pay now', 12)).toEqual({ first: 6, last: 11 });
    expect(findInMap(map, 'absent', null)).toBeNull();
    expect(findInMap(map, '   ', null)).toBeNull();
  });

  it('count the caret in the same compact characters', () => {
    const ed = editor('<p>a b</p><p>cd</p>');
    const second = ed.querySelectorAll('p')[1]!.firstChild!;
    expect(compactOffsetOf(ed, second, 1)).toBe(3);
  });
});

describe('insertIntoContentEditable', () => {
  let inputs: InputEvent[];
  beforeEach(() => {
    inputs = [];
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const listen = (el: HTMLElement) => el.addEventListener('input', (e) => inputs.push(e as InputEvent));

  it('replaces the pasted paragraphs with the reply and keeps what was typed before', () => {
    const ed = editor('<p>Hello </p><p>您已逾期，请今天18点前还款。</p><p>否则联系您的家人。</p>');
    listen(ed);
    expect(insertIntoContentEditable(ed, PASTED, '请书面说明欠款明细。')).toBe(true);
    expect(ed.textContent).toBe('Hello 请书面说明欠款明细。');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.data).toBe('请书面说明欠款明细。');
  });

  it('lets the browser type the reply when it can, so editors see ordinary typing', () => {
    const ed = editor('before Pay now after');
    const exec = vi.fn((_command: string, _ui?: boolean, text?: string) => {
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(text!));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    try {
      insertIntoContentEditable(ed, 'Pay now', 'Please write to me.');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Please write to me.');
    expect(ed.textContent).toBe('before Please write to me. after');
  });

  it('inserts at the end when the message is gone and the caret is elsewhere', () => {
    const ed = editor('<p>something else</p>');
    insertIntoContentEditable(ed, PASTED, 'Reply');
    expect(ed.textContent).toBe('something elseReply');
  });

  it('refuses an editor that has left the page', () => {
    const ed = document.createElement('div');
    ed.contentEditable = 'true';
    expect(insertIntoContentEditable(ed, PASTED, 'x')).toBe(false);
  });
});
