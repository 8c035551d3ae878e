/** The rules CalmLine knows, for every jurisdiction it offers. */
import type { Jurisdiction } from './jurisdiction';
import { hongKong } from './rules/hong-kong';
import { mainlandChina } from './rules/mainland-china';
import { taiwan } from './rules/taiwan';
import { unitedKingdom } from './rules/united-kingdom';
import { unitedStates } from './rules/united-states';
import type { JurisdictionRights } from './types';

export const RIGHTS: Readonly<Record<Jurisdiction, JurisdictionRights>> = {
  CN: mainlandChina,
  TW: taiwan,
  HK: hongKong,
  US: unitedStates,
  UK: unitedKingdom,
};
