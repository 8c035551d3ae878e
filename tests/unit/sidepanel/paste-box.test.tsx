import { describe, expect, it, vi } from 'vitest';
import { PasteBox } from '../../../components/notes/PasteBox';
import { getDatabase } from '../../../utils/db/instance';
import { click, show, type } from './render';

const MESSAGE = 'FINAL NOTICE: pay $1,240.50 by 6pm today or we will contact your employer. <img src=x onerror=alert(1)>';

function pasteBox() {
  const onSaved = vi.fn();
  const onError = vi.fn();
  const root = show(<PasteBox onSaved={onSaved} onError={onError} />);
  return { root, onSaved, onError };
}

describe('PasteBox', () => {
  it('marks what stands out, as text, never as HTML', async () => {
    const { root } = pasteBox();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('paste-text'));
    type(root.querySelector('#paste-text'), MESSAGE);
    await vi.waitFor(() => expect(root.querySelector('.highlighted mark')).toBeTruthy());
    const shown = root.querySelector('.highlighted')!;
    expect(shown.textContent).toBe(MESSAGE);
    expect(shown.querySelector('img')).toBeNull();
    expect(shown.querySelector('mark')!.className).toMatch(/^tier-(danger|warning|info|positive)$/);
    expect(root.querySelectorAll('.badges .badge').length).toBeGreaterThan(0);
  });

  it('copies a reply, and saves message and reply as one note in one click', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { root, onSaved } = pasteBox();
    type(root.querySelector('#paste-text'), MESSAGE);
    await vi.waitFor(() => expect(root.querySelectorAll('.replies li').length).toBeGreaterThan(1));
    const first = root.querySelector('.replies li')!;
    const reply = first.querySelector('p')!.textContent!;
    click([...first.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!);
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(reply));
    await vi.waitFor(() => expect(first.textContent).toContain('Copied'));

    click([...first.querySelectorAll('button')].find((b) => b.textContent === 'Save with this reply')!);
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [note] = await getDatabase().notes.toArray();
    expect(note).toMatchObject({ theySaid: MESSAGE, iSaid: reply });
    expect(note!.signals.length).toBeGreaterThan(0);
    expect((root.querySelector('#paste-text') as HTMLTextAreaElement).value).toBe('');
    vi.unstubAllGlobals();
  });

  it('keeps the message when it cannot be saved', async () => {
    const { root, onError, onSaved } = pasteBox();
    const long = 'please pay '.repeat(2_000);
    type(root.querySelector('#paste-text'), long);
    await vi.waitFor(() => expect(root.querySelector('button.primary')).toBeTruthy());
    click(root.querySelector('button.primary'));
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'invalid' });
    expect(onSaved).not.toHaveBeenCalled();
    expect((root.querySelector('#paste-text') as HTMLTextAreaElement).value).toBe(long);
  });
});
