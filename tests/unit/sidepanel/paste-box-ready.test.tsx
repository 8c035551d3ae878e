import { describe, expect, it, vi } from 'vitest';
import { PasteBox } from '../../../components/notes/PasteBox';
import { prepareAnalyzer } from '../../../utils/analyzer-ready';
import { show } from './render';

vi.mock('../../../utils/analyzer-ready', () => ({ prepareAnalyzer: vi.fn(async () => 'kept') }));

describe('PasteBox opening', () => {
  it('readies the analyzer (reading back its compiled lexicon) before any message is pasted', async () => {
    expect(prepareAnalyzer).not.toHaveBeenCalled();
    show(<PasteBox onSaved={vi.fn()} onError={vi.fn()} />);
    await vi.waitFor(() => expect(prepareAnalyzer).toHaveBeenCalledTimes(1));
  });
});
