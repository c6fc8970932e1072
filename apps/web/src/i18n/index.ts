import type { TLocale } from '@formasaun/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const SUPPORTED_LOCALES: readonly TLocale[] = ['en', 'pt'];

function browserLocale(): TLocale {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('pt') ? 'pt' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: resources.en }, pt: { translation: resources.pt } },
  lng: browserLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export function currentLocale(): TLocale {
  return i18n.language === 'pt' ? 'pt' : 'en';
}

export default i18n;
