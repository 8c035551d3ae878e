import { describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '../../../components/notes/NoteEditor';
import { getDatabase } from '../../../utils/db/instance';
import type { Note } from '../../../utils/notes/note';
import { button, click, show, type } from './render';

const notes = () => getDatabase().notes.toArray();

function editor(onSaved = vi.fn(), institutions: string[] = []) {
  const root = show(<NoteEditor noteId={null} initial={{}} institutions={institutions} onSaved={onSaved} onCancel={vi.fn()} />);
  return { root, onSaved };
}

describe('NoteEditor', () => {
  it('puts the focus on the institution and fills in the time', async () => {
    const { root } = editor();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('note-institution'));
    expect((root.querySelector('#note-when') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect((root.querySelector('input[name="channel"][value="phone"]') as HTMLInputElement).checked).toBe(true);
  });

  it('gives every field a label tied to it, and the tags their hint', () => {
    const { root } = editor();
    const controls = [...root.querySelectorAll('input:not([type="radio"]), textarea, select')];
    expect(controls.length).toBeGreaterThanOrEqual(8);
    for (const control of controls) {
      const label = root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim(), `label of #${control.id}`).toBeTruthy();
    }
    const tags = root.querySelector('#note-tags')!;
    expect(root.querySelector(`#${tags.getAttribute('aria-describedby')}`)?.textContent).toMatch(/comma/i);
    expect(root.querySelector('#note-agent')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('offers recent institutions in one click', async () => {
    const { root } = editor(vi.fn(), ['招商银行', 'Northwind']);
    await vi.waitFor(() => expect(button(root, '招商银行')).toBeTruthy());
    click(button(root, '招商银行'));
    await vi.waitFor(() => expect((root.querySelector('#note-institution') as HTMLInputElement).value).toBe('招商银行'));
  });

  it('saves with Ctrl+Enter', async () => {
    const { root, onSaved } = editor();
    await vi.waitFor(() => expect(root.querySelector('#note-they-said')).toBeTruthy());
    type(root.querySelector('#note-institution'), '國泰世華');
    type(root.querySelector('#note-they-said'), '請儘快還款');
    click(root.querySelector('input[name="channel"][value="sms"]'));
    root.querySelector('#note-they-said')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [saved] = await notes();
    expect(saved).toMatchObject({ institution: '國泰世華', theySaid: '請儘快還款', channel: 'sms' });
    expect((onSaved.mock.calls[0]![0] as Note).id).toBe(saved!.id);
  });

  it('says plainly which field is too long, and keeps what was typed', async () => {
    const { root, onSaved } = editor();
    await vi.waitFor(() => expect(root.querySelector('#note-agent')).toBeTruthy());
    const long = 'x'.repeat(250);
    type(root.querySelector('#note-agent'), long);
    click(button(root, 'Save'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('Agent’s name or staff number is too long: 250 characters'));
    expect((root.querySelector('#note-agent') as HTMLInputElement).value).toBe(long);
    expect(root.querySelector('#note-agent')!.getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await notes()).toEqual([]);
  });

  it('refuses a date far in the future or a contact that has not happened yet', async () => {
    const { root } = editor();
    await vi.waitFor(() => expect(root.querySelector('#note-when')).toBeTruthy());
    type(root.querySelector('#note-when'), '2999-01-01T10:00');
    click(button(root, 'Save'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('far in the past or the future'));
    type(root.querySelector('#note-when'), '2099-01-01T10:00');
    click(button(root, 'Save'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('this time is in the future'));
    expect(await notes()).toEqual([]);
  });

  it('says so in its own words when the time is left empty', async () => {
    const { root } = editor();
    await vi.waitFor(() => expect(root.querySelector('#note-when')).toBeTruthy());
    type(root.querySelector('#note-when'), '');
    click(button(root, 'Save'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('When could not be read'));
    expect(await notes()).toEqual([]);
  });

  it('keeps everything typed when the disk is full', async () => {
    vi.spyOn(getDatabase().notes, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const { root, onSaved } = editor();
    await vi.waitFor(() => expect(root.querySelector('#note-they-said')).toBeTruthy());
    type(root.querySelector('#note-they-said'), 'They said they would call back on Monday.');
    click(button(root, 'Save'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('no space left'));
    expect((root.querySelector('#note-they-said') as HTMLTextAreaElement).value).toBe('They said they would call back on Monday.');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await notes()).toEqual([]);
  });

  it('edits promises: who, what, by when and status', async () => {
    const { root, onSaved } = editor();
    await vi.waitFor(() => expect(root.querySelector('#note-they-said')).toBeTruthy());
    click(button(root, 'Add a promise'));
    await vi.waitFor(() => expect(root.querySelector('.promise-row')).toBeTruthy());
    const row = root.querySelector('.promise-row')!;
    type(row.querySelector('input:not([type])'), 'Send the plan in writing');
    type(row.querySelector('input[type="datetime-local"]'), '2030-05-01T12:00');
    click(button(root, 'Save'));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [saved] = await notes();
    expect(saved!.promises).toEqual([
      expect.objectContaining({ by: 'them', what: 'Send the plan in writing', dueAt: new Date(2030, 4, 1, 12).getTime(), status: 'open' }),
    ]);
  });
});
