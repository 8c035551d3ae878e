/**
 * Capitalised words that are not shouting. Abbreviations a calm reply may need
 * (regulators, currencies) keep their capitals even inside a shouted stretch.
 */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'ID',
  'PIN',
  'ATM',
  'SMS',
  'PDF',
  'APR',
  'IBAN',
  'CFPB',
  'FDCPA',
  'FTC',
  'FCA',
  'FOS',
  'HKMA',
  'NFRA',
  'FSC',
  'USD',
  'HKD',
  'TWD',
  'NTD',
  'RMB',
  'CNY',
  'GBP',
  'USA',
  'UK',
  'HK',
  'CEO',
]);

/**
 * Ordinary words often written in capitals on their own without anger — "STOP"
 * is how a person opts out of collection texts. Inside a shouted stretch they
 * become lower case like the rest.
 */
export const CAPITAL_WORDS: ReadonlySet<string> = new Set(['STOP', 'OK', 'AM', 'PM', 'US', 'NO']);
