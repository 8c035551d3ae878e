/** How much the notes take on this device, and whether the browser promised to keep them. */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app/AppFrame';
import { storageUsage, type StorageUsage } from '../../utils/db/persistence';
import { formatBytes } from '../notes/format';

/** The storage line, or nothing where the browser gives no estimate. */
export function StorageStatus() {
  const { t, locale } = useApp();
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    if (!navigator.storage?.estimate) return;
    // Without an estimate the line is simply left out; nothing depends on it.
    storageUsage(navigator.storage).then(setUsage, () => undefined);
  }, []);
  if (!usage) return null;
  return (
    <div class="storage">
      <p>{t('sidepanelStorageUsed', { size: formatBytes(usage.usage, locale) })}</p>
      <p class="muted">{t(usage.persisted ? 'sidepanelStorageKept' : 'sidepanelStorageNotKept')}</p>
      <p class="muted">{t('sidepanelOnDevice')}</p>
    </div>
  );
}
