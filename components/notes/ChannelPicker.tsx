/** How the contact happened, and who started it: one click each. */
import { useApp } from '../app/AppFrame';
import type { StringKey } from '../../utils/i18n';
import { CHANNELS, DIRECTIONS, type Channel, type Direction } from '../../utils/notes/note';

/** The channel of the contact, as a row of one-click choices. */
export function ChannelPicker({ value, onChange }: { value: Channel; onChange: (channel: Channel) => void }) {
  const { t } = useApp();
  return (
    <fieldset class="chips">
      <legend>{t('editorField_channel')}</legend>
      {CHANNELS.map((channel) => (
        <label key={channel} class="chip">
          <input type="radio" name="channel" value={channel} checked={value === channel} onChange={() => onChange(channel)} />
          <span>{t(`notesChannel_${channel}` as StringKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Who started the contact, as two one-click choices. */
export function DirectionPicker({ value, onChange }: { value: Direction; onChange: (direction: Direction) => void }) {
  const { t } = useApp();
  return (
    <fieldset class="chips">
      <legend>{t('editorField_direction')}</legend>
      {DIRECTIONS.map((direction) => (
        <label key={direction} class="chip">
          <input
            type="radio"
            name="direction"
            value={direction}
            checked={value === direction}
            onChange={() => onChange(direction)}
          />
          <span>{t(`notesDirection_${direction}` as StringKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}
