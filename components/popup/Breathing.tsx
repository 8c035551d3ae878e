/**
 * The one-minute breathing exercise: a soft circle that grows as you breathe in
 * and shrinks as you breathe out. With reduced motion the circle stays still and
 * only the words change.
 */
import { useEffect, useState } from 'preact/hooks';
import { breathingAt, type BreathingMoment } from '../../utils/phrasebook/breathing';
import { usePopup } from './PopupFrame';

/** How often the words and the countdown are refreshed. */
const TICK_MS = 250;

const performanceClock = () => performance.now();

/** The exercise, started and stopped by the person; `now` is the clock in ms, given so tests need not wait a minute. */
export function Breathing({ now = performanceClock }: { now?: () => number }) {
  const { t } = usePopup();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [moment, setMoment] = useState<BreathingMoment | null>(null);

  useEffect(() => {
    if (startedAt === null) return;
    const tick = () => {
      const next = breathingAt(now() - startedAt);
      setMoment(next);
      if (next.phase === 'done') setStartedAt(null);
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [startedAt, now]);

  const running = startedAt !== null;
  const words =
    moment?.phase === 'in' ? t('popupBreathIn') : moment?.phase === 'out' ? t('popupBreathOut') : moment ? t('popupBreathDone') : null;

  return (
    <section class="breathing" aria-labelledby="breathing-title">
      <h3 id="breathing-title">{t('popupBreathTitle')}</h3>
      <p class="muted">{t('popupBreathIntro')}</p>
      <div class="breathing-row">
        <div class={`breath-circle ${running ? `breath-${moment?.phase ?? 'in'}` : ''}`} aria-hidden="true" />
        <div>
          {/* Read out too, so the exercise can be followed without looking. */}
          <p class="breath-words" aria-live="polite">
            {words}
          </p>
          {running && moment && moment.phase !== 'done' && (
            <p class="muted">{t('popupBreathSecondsLeft', { seconds: moment.secondsLeft })}</p>
          )}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              if (running) {
                setStartedAt(null);
                setMoment(null);
              } else setStartedAt(now());
            }}
          >
            {running ? t('popupBreathStop') : t('popupBreathStart')}
          </button>
        </div>
      </div>
    </section>
  );
}
