/**
 * Short confirmations ("Copied") shown where the eye is and read out by screen
 * readers through one polite live region.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { usePopup } from './PopupFrame';

interface Announcement {
  text: string;
  tone: 'positive' | 'warning';
  /** Increases with each announcement, so the same words twice are still announced. */
  serial: number;
}

type Announce = (text: string, tone?: Announcement['tone']) => void;

const AnnounceContext = createContext<Announce>(() => {});

/** How long a confirmation stays visible. */
const VISIBLE_MS = 4_000;

/** Provides useAnnounce() and useCopy() to its children, and shows what they announce. */
export function Announcer({ children }: { children: ComponentChildren }) {
  const [current, setCurrent] = useState<Announcement | null>(null);
  const serial = useRef(0);
  const announce = useCallback<Announce>((text, tone = 'positive') => {
    serial.current += 1;
    setCurrent({ text, tone, serial: serial.current });
  }, []);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => setCurrent(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div class="announcer" role="status" aria-live="polite" data-testid="announcer">
        {current && (
          <p key={current.serial} class={`announcement ${current.tone}`}>
            {current.text}
          </p>
        )}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Shows and announces a short confirmation. */
export const useAnnounce = () => useContext(AnnounceContext);

/** Copies text to the clipboard and says whether it worked. */
export function useCopy(): (text: string) => Promise<boolean> {
  const announce = useAnnounce();
  const { t } = usePopup();
  return useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        announce(t('popupCopiedToast'));
        return true;
      } catch {
        announce(t('popupCopyFailed'), 'warning');
        return false;
      }
    },
    [announce, t],
  );
}
