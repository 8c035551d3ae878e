/**
 * Shows a component that is loaded the first time it is needed. The popup's
 * second and third tabs load this way, so opening the popup stays light.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { usePopup } from './PopupFrame';

interface Props<P> {
  load: () => Promise<ComponentType<P>>;
  props: P;
}

/** Renders what `load` resolves to, with `props`; nothing while loading; a plain-words error if it fails. */
export function Lazy<P extends object>({ load, props }: Props<P>) {
  const { t } = usePopup();
  const [loaded, setLoaded] = useState<{ Component: ComponentType<P> } | { error: string } | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (Component) => current && setLoaded({ Component }),
      (error: unknown) => current && setLoaded({ error: String((error as Error)?.message ?? error) }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  if (!loaded) return null;
  if ('error' in loaded) return <p role="alert">{t('somethingWentWrong', { detail: loaded.error })}</p>;
  return <loaded.Component {...props} />;
}
