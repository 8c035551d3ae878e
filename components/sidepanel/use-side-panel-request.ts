/**
 * Watches the request channel from the popup and the background: a request that
 * was waiting when the panel opened, or one that arrives while it is open, is
 * taken, cleared from storage, and handed to the panel.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sidePanelRequestItem, type SidePanelRequest } from '../../utils/side-panel-request';

/** The request to act on (null when none), and the function to call once it is done. */
export function useSidePanelRequest(): [SidePanelRequest | null, () => void] {
  const [request, setRequest] = useState<SidePanelRequest | null>(null);
  useEffect(() => {
    const take = (value: SidePanelRequest | null) => {
      if (!value) return;
      setRequest(value);
      void sidePanelRequestItem.setValue(null);
    };
    void sidePanelRequestItem.getValue().then(take);
    return sidePanelRequestItem.watch(take);
  }, []);
  const done = useCallback(() => setRequest(null), []);
  return [request, done];
}
