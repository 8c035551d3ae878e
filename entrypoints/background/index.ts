/**
 * The background: the one owner of the notes database and of site access.
 * It only wires feature modules; each registers its listeners inside main().
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startAnalyzeSelection } from './analyze-selection';
import { startBinEmptying } from './bin-emptying';
import { startFieldFrameCleanup } from './field-focus';
import { startMessageHandlers } from './message-handlers';
import { startOpenNotesCommand } from './open-notes-command';
import { startReminders } from './reminders';
import { startSaveSelectionMenu } from './save-selection-menu';
import { startSiteAccessUpkeep } from './site-access';

export default defineBackground({
  type: 'module',
  main() {
    startMessageHandlers();
    startSaveSelectionMenu(browser);
    startReminders(browser);
    startOpenNotesCommand(browser);
    startAnalyzeSelection(browser);
    startBinEmptying(browser);
    startFieldFrameCleanup(browser);
    startSiteAccessUpkeep(browser);
  },
});
