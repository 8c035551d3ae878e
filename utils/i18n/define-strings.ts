/**
 * Each feature keeps its interface text in one file, the three languages side by
 * side so a translator sees them together. The types make a missing translation a
 * compile error.
 */
export interface StringTable<K extends string> {
  en: Record<K, string>;
  zh_CN: Record<K, string>;
  zh_TW: Record<K, string>;
}

/** Declares a feature's strings; every key in `en` must exist in both Chinese tables. */
export function defineStrings<const E extends Record<string, string>>(table: {
  en: E;
  zh_CN: Record<keyof E, string>;
  zh_TW: Record<keyof E, string>;
}): StringTable<Extract<keyof E, string>> {
  return table as StringTable<Extract<keyof E, string>>;
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
