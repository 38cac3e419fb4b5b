import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import type { Language } from './languages';
import { th } from './th';

export type { Language } from './languages';

const STORED = 'khai.language';

/** Thai unless the user switched to English on this device (remembered in localStorage). */
function chosenLanguage(): Language {
  return localStorage.getItem(STORED) === 'en' ? 'en' : 'th';
}

export async function setUpI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { th: { translation: th }, en: { translation: en } },
    lng: chosenLanguage(),
    fallbackLng: 'th',
    interpolation: { escapeValue: false }, // React escapes what it renders
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORED, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'th';
}
