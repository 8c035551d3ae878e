/** The popup: words for the moment, a calm check of a reply, and what the rules say. */
import { useState } from 'preact/hooks';
import { usePopup } from './PopupFrame';
import { Announcer } from './Announcer';
import { LanguageSwitch } from './LanguageSwitch';
import { PhrasesPanel } from './PhrasesPanel';
import { QuickActions } from './QuickActions';
import { Lazy } from './Lazy';
import { TabStrip, tabId } from './TabStrip';

type Section = 'phrases' | 'check' | 'rights';

// Loaded when first opened: the reply checker and the rights cards are most of the popup's data.
const loadChecker = () => import('./ReplyChecker').then((m) => m.ReplyChecker);
const loadRights = () => import('./RightsPanel').then((m) => m.RightsPanel);

/** The whole popup inside a PopupFrame; `languages` are the browser's, for the first guess of jurisdiction. */
export function PopupApp({ languages }: { languages: readonly string[] }) {
  const { t } = usePopup();
  const [section, setSection] = useState<Section>('phrases');
  return (
    <Announcer>
      <main class="popup" data-testid="popup">
        <header class="popup-header">
          <h1>{t('appName')}</h1>
          <LanguageSwitch />
        </header>
        <QuickActions />
        <TabStrip<Section>
          label={t('popupSections')}
          items={[
            { id: 'phrases', label: t('popupTabPhrases') },
            { id: 'check', label: t('popupTabCheck') },
            { id: 'rights', label: t('popupTabRights') },
          ]}
          selected={section}
          onSelect={setSection}
          idPrefix="section"
          class="sections"
        />
        <div id="section-panel" class="panel" role="tabpanel" aria-labelledby={tabId('section', section)}>
          {section === 'phrases' && <PhrasesPanel />}
          {section === 'check' && <Lazy load={loadChecker} props={{}} />}
          {section === 'rights' && <Lazy load={loadRights} props={{ languages }} />}
        </div>
      </main>
    </Announcer>
  );
}
