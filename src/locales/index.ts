import { locale as en } from "./en/index.js";
import { locale as fr } from "./fr/index.js";
import type { Locale, LocaleCode } from "./types.js";

export type { Locale, LocaleCode } from "./types.js";

/** The supported locales, by code. */
export const LOCALES: Readonly<Record<LocaleCode, Locale>> = { fr, en };

/** Whether a language code is one veille analyses. */
export function isSupportedLanguage(code: string): code is LocaleCode {
  return Object.hasOwn(LOCALES, code);
}
