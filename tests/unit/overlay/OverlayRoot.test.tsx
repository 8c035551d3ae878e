import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverlayRoot, type OverlayActions, type OverlayModel } from '../../../components/overlay/OverlayRoot';
import type { Analysis } from '../../../utils/analyzer/types';
import { EN_MESSAGE, chineseAnalysis, englishAnalysis, notCollection, signal, spanOf, ZH_MESSAGE } from './analysis-fixture';

let container: HTMLElement;

function actions(overrides: Partial<OverlayActions> = {}): OverlayActions {
  return {
    insert: vi.fn(() => true),
    copy: vi.fn(async () => true),
    saveNote: vi.fn(async () => ({ ok: true as const })),
    close: vi.fn(),
    anchor: () => ({ top: 600, left: 40, width: 500, height: 60 }),
    ...overrides,
  };
}

function show(model: Partial<OverlayModel> & { analysis: Analysis | null }, a = actions()) {
  container = document.createElement('div');
  document.body.append(container);
  const full: OverlayModel = { text: EN_MESSAGE, locale: 'en', canInsert: true, ...model };
  act(() => render(<OverlayRoot model={full} actions={a} layoutKey={0} />, container));
  return a;
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const click = async (el: HTMLElement) => {
  await act(async () => {
    el.click();
  });
};

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('OverlayRoot', () => {
  it('highlights each signal, lists each reply and labels every button for the testing contract', () => {
    show({ analysis: englishAnalysis() });
    const labels = new Set($$('[data-signal]').map((m) => m.dataset.signal));
    expect([...labels].sort()).toEqual(['criminal_threat', 'deadline', 'payment_demand', 'third_party_contact']);
    expect($('[data-signal="third_party_contact"]').textContent).toBe('contact your employer');
    expect($$('[data-suggestion]').map((li) => li.dataset.suggestion)).toEqual([
      'request_written_details',
      'stop_third_party_contact',
      'ask_solution',
    ]);
    for (const action of ['insert', 'copy', 'save-note']) expect($$(`[data-action="${action}"]`)).toHaveLength(3);
    expect($$('[data-action="dismiss"]')).toHaveLength(1);
    expect($('[data-entity="amount"]').textContent).toBe('$1,240.50');
    expect($('[data-message]').textContent).toBe(EN_MESSAGE);
  });

  it('shows a legend by tier, and a hint where a reply has parts to fill in', () => {
    show({ analysis: englishAnalysis() });
    expect($$('.legend li').map((li) => li.dataset.tier)).toEqual(['danger', 'warning', 'info']);
    expect($('.legend').textContent).toContain('Talks of police or crime');
    const withPlaceholder = $('[data-suggestion="ask_solution"]');
    expect(withPlaceholder.textContent).toContain('Fill in the parts in brackets');
  });

  it('renders markup in a message as visible characters, creating no elements from it', () => {
    const text = 'Pay now <img src=x onerror="window.hacked=1"><script>window.hacked=2</script> or else';
    const analysis: Analysis = {
      ...notCollection(),
      isCollection: true,
      signals: [signal('payment_demand', spanOf(text, 'Pay now')), signal('abuse', spanOf(text, '<script>'))],
    };
    show({ text, analysis });
    expect($('[data-message]').textContent).toBe(text);
    expect($('[data-signal="abuse"]').textContent).toBe('<script>');
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('explains a highlight on focus and on hover, and hides it again', async () => {
    show({ analysis: englishAnalysis() });
    const mark = $('[data-signal="criminal_threat"]');
    expect(mark.tabIndex).toBe(0);
    await act(async () => {
      mark.dispatchEvent(new FocusEvent('focus'));
    });
    expect($('.tip').textContent).toContain('Being unable to pay a debt is usually not a crime');
    await act(async () => {
      mark.dispatchEvent(new FocusEvent('blur'));
    });
    expect(container.querySelector('.tip')).toBeNull();
    const described = mark.getAttribute('aria-describedby')!;
    expect(container.querySelector(`[id="${described}"]`)?.textContent).toContain('Talks of police or crime');
  });

  it('nests overlapping signals so each keeps its own data-signal, the most serious innermost', () => {
    const text = 'we will sue you and call your boss';
    const analysis: Analysis = {
      ...notCollection(),
      isCollection: true,
      signals: [signal('legal_action', spanOf(text, 'sue you and call')), signal('third_party_contact', spanOf(text, 'call your boss'))],
    };
    show({ text, analysis });
    const inner = $$('[data-signal="third_party_contact"]').find((m) => m.parentElement?.dataset.signal === 'legal_action');
    expect(inner?.textContent).toBe('call');
    expect($('[data-message]').textContent).toBe(text);
  });

  it('inserts, copies and saves the chosen reply, and says so calmly', async () => {
    const a = show({ analysis: englishAnalysis() });
    const first = 'Please send me the details of this debt in writing.';
    await click($('[data-suggestion="request_written_details"] [data-action="insert"]'));
    expect(a.insert).toHaveBeenCalledWith(first);
    expect($('[role="status"]').textContent).toContain('The reply is in the chat box');

    await click($('[data-suggestion="request_written_details"] [data-action="copy"]'));
    expect(a.copy).toHaveBeenCalledWith(first, expect.any(HTMLElement));
    expect($('[role="status"]').textContent).toContain('Copied');

    await click($('[data-suggestion="request_written_details"] [data-action="save-note"]'));
    expect(a.saveNote).toHaveBeenCalledWith(first);
    expect($('[role="status"]').textContent).toBe('Saved to your notes.');
  });

  it('says plainly when saving fails or the field is gone', async () => {
    show(
      { analysis: englishAnalysis() },
      actions({ insert: vi.fn(() => false), saveNote: vi.fn(async () => ({ ok: false as const, error: 'the database is busy' })) }),
    );
    await click($('[data-action="save-note"]'));
    expect($('[role="status"]').textContent).toBe('The note was not saved: the database is busy. Nothing is lost; you can try again.');
    expect($('[role="status"]').dataset.status).toBe('error');
    await click($('[data-action="insert"]'));
    expect($('[role="status"]').textContent).toContain('could not be inserted');
  });

  it('closes with Escape and with the close button', async () => {
    const a = show({ analysis: englishAnalysis() });
    await act(async () => {
      $('[data-action="copy"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await click($('[data-action="dismiss"]'));
    expect(a.close).toHaveBeenCalledTimes(2);
  });

  it('speaks the language of the message', () => {
    show({ text: ZH_MESSAGE, analysis: chineseAnalysis(), locale: 'zh_CN' });
    expect($('.card').getAttribute('lang')).toBe('zh-Hans-CN');
    expect($('h2').textContent).toBe('这条消息在说什么');
    expect($('[data-signal="deadline"]').textContent).toBe('今天18点前');
    expect($('[data-action="insert"]').textContent).toBe('插入');
  });

  it('offers no Insert for a selection, which has no field', () => {
    show({ analysis: englishAnalysis(), canInsert: false });
    expect($$('[data-action="insert"]')).toHaveLength(0);
    expect($$('[data-action="copy"]')).toHaveLength(3);
  });

  it('says so when the text is not about a debt, or when nothing was selected', () => {
    show({ text: 'See you at lunch!', analysis: notCollection() });
    expect($('.card').textContent).toContain('does not look like a message about a debt');
    expect($$('[data-suggestion]')).toHaveLength(0);
    render(null, container);
    container.remove();
    show({ text: '', analysis: null, locale: 'zh_TW' });
    expect($('.card').textContent).toContain('請先在頁面上選取那則訊息');
  });

  it('says plainly when a requested analysis failed', () => {
    show({ text: 'Pay now', analysis: null, error: 'the background did not answer' });
    expect($('.card').textContent).toContain('CalmLine could not read this message just now (the background did not answer)');
    expect($('.card').textContent).not.toContain('Select the message');
  });

  it('places itself beside its anchor, inside the viewport', () => {
    show({ analysis: englishAnalysis() });
    const card = $('.card');
    expect(card.style.top).toMatch(/px$/);
    expect(card.style.maxHeight).toMatch(/px$/);
    expect(['above', 'below', 'over']).toContain(card.dataset.side);
  });
});
