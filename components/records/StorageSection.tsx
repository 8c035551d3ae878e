/** How much this device holds, and whether the browser promised to keep it. */
import { useEffect, useState } from 'preact/hooks';
import { localeTag, type Locale } from '../../utils/i18n';
import type { StoredCounts } from '../../utils/db/backup';
import { storageUsage, type StorageApi, type StorageUsage } from '../../utils/db/persistence';
import { BIN_KEEPS_DAYS } from '../../utils/notes/bin';
import { useApp } from '../app/AppFrame';

function bytes(value: number, locale: Locale): string {
  const [amount, unit] = value >= 1e9 ? [value / 1e9, 'gigabyte'] : value >= 1e6 ? [value / 1e6, 'megabyte'] : [value / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(localeTag(locale), { style: 'unit', unit, maximumFractionDigits: 1 }).format(amount);
}

export function StorageSection({ storage, counts }: { storage: StorageApi | undefined; counts: StoredCounts | null }) {
  const { t, locale } = useApp();
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    if (storage) storageUsage(storage).then(setUsage, () => setUsage(null));
  }, [storage, counts]);
  return (
    <section class="records-card" aria-labelledby="records-storage-title" data-testid="records-storage">
      <h3 id="records-storage-title">{t('recordsStorageTitle')}</h3>
      {counts && <p>{t('recordsStorageNotes', { live: counts.live, deleted: counts.deleted, days: BIN_KEEPS_DAYS })}</p>}
      {usage ? (
        <>
          <p>{usage.persisted ? t('recordsStoragePersisted') : t('recordsStorageNotPersisted')}</p>
          <p class="records-muted">{t('recordsStorageUsage', { used: bytes(usage.usage, locale), quota: bytes(usage.quota, locale) })}</p>
        </>
      ) : (
        <p class="records-muted">{t('recordsStorageUnknown')}</p>
      )}
    </section>
  );
}
