/** The search box and filters; results follow every keystroke. */
import { useApp } from '../app/AppFrame';
import type { FilterFields } from '../../utils/notes/filter';
import { NoteFilters } from './NoteFilters';

interface Props {
  query: string;
  filter: FilterFields;
  institutions: readonly string[];
  onQuery: (query: string) => void;
  onFilter: (filter: FilterFields) => void;
}

/** The search box (a labelled search landmark) with the filters under it. */
export function SearchBar({ query, filter, institutions, onQuery, onFilter }: Props) {
  const { t } = useApp();
  return (
    <div class="search" role="search">
      <label for="notes-search" class="visually-hidden">
        {t('notesSearch')}
      </label>
      <input
        id="notes-search"
        type="search"
        value={query}
        placeholder={t('notesSearchPlaceholder')}
        autocomplete="off"
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <NoteFilters value={filter} institutions={institutions} onChange={onFilter} />
    </div>
  );
}
