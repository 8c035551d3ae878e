/**
 * Which jurisdiction's rules the patterns and the report use: the person's choice,
 * remembered in extension storage, or a first guess from the browser's languages.
 */
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { guessJurisdiction, JURISDICTIONS, type Jurisdiction } from '../../utils/rights/jurisdiction';

const chosenItem = storage.defineItem<Jurisdiction | null>('local:recordsJurisdiction', { fallback: null });

/** Reads a jurisdiction code, or null when it is not one CalmLine knows. */
export const asJurisdiction = (value: string | null | undefined): Jurisdiction | null =>
  JURISDICTIONS.find((j) => j === value) ?? null;

/** The chosen (or guessed) jurisdiction and a setter that remembers the choice. */
export function useJurisdiction(languages: readonly string[]): [Jurisdiction, (next: Jurisdiction) => void] {
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(() => guessJurisdiction(languages));
  useEffect(() => {
    void chosenItem.getValue().then((stored) => stored && setJurisdiction(stored));
    return chosenItem.watch((stored) => stored && setJurisdiction(stored));
  }, []);
  const choose = (next: Jurisdiction) => {
    setJurisdiction(next);
    void chosenItem.setValue(next);
  };
  return [jurisdiction, choose];
}
