import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../utils/overlay/copy-text';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('copyText', () => {
  it('uses the Clipboard API when the page has it', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    expect(await copyText('Please write to me.', document.body)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Please write to me.');
  });

  it('falls back to copying a selection, leaves nothing behind and returns focus', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    document.body.innerHTML = '<button id="b">Copy</button>';
    const button = document.getElementById('b')!;
    button.focus();
    let selected = '';
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: vi.fn(() => {
        const area = document.querySelector('textarea')!;
        selected = area.value.slice(area.selectionStart, area.selectionEnd);
        return true;
      }),
    });
    try {
      expect(await copyText('回复内容', document.body)).toBe(true);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(selected).toBe('回复内容');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('reports failure when neither way works', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    expect(await copyText('x', document.body)).toBe(false);
  });
});
