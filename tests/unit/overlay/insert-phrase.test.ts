import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackLastField } from '../../../entrypoints/content/insert-phrase';

let ctx: ContentScriptContext;

beforeEach(() => {
  document.body.innerHTML = '<textarea id="t">Hello. </textarea><button id="b">Send</button>';
  ctx = new ContentScriptContext('content');
});
afterEach(() => ctx.abort());

const area = () => document.getElementById('t') as HTMLTextAreaElement;

describe('trackLastField', () => {
  it('inserts at the caret of the field last focused, even after focus moved away, and tells the page', () => {
    const insert = trackLastField(ctx);
    let inputs = 0;
    area().addEventListener('input', () => inputs++);
    area().focus();
    area().setSelectionRange(7, 7);
    document.getElementById('b')!.focus();
    expect(insert('Please send it in writing.')).toBe('inserted');
    expect(area().value).toBe('Hello. Please send it in writing.');
    expect(inputs).toBe(1);
  });

  it('says so when no typing field has been focused, and changes nothing', () => {
    const insert = trackLastField(ctx);
    document.getElementById('b')!.focus();
    expect(insert('Please send it in writing.')).toBe('no-field');
    expect(area().value).toBe('Hello. ');
  });

  it('inserts nothing into this page once focus has gone on into a frame', () => {
    document.body.insertAdjacentHTML('beforeend', '<iframe id="widget" title="Chat"></iframe>');
    const insert = trackLastField(ctx);
    area().focus();
    document.getElementById('widget')!.focus();
    expect(document.activeElement?.id).toBe('widget');
    expect(insert('Please send it in writing.')).toBe('focus-in-frame');
    expect(area().value).toBe('Hello. ');
  });

  it('forgets a field that has left the page', () => {
    const insert = trackLastField(ctx);
    area().focus();
    area().blur();
    area().remove();
    expect(insert('Please send it in writing.')).toBe('no-field');
  });
});
