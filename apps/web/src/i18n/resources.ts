import en from './en.json';
import pt from './pt.json';

export type Tree = { [key: string]: string | Tree };

// Each feature may keep its own strings in features/<feature>/locales/{en,pt}.json under its own top-level keys.
const featureEn = import.meta.glob<Tree>('../features/*/locales/en.json', { eager: true, import: 'default' });
const featurePt = import.meta.glob<Tree>('../features/*/locales/pt.json', { eager: true, import: 'default' });

function merge(base: Tree, parts: Record<string, Tree>): Tree {
  const out: Tree = { ...base };
  for (const [file, tree] of Object.entries(parts)) {
    for (const [key, value] of Object.entries(tree)) {
      if (key in out) throw new Error(`translation key "${key}" of ${file} is already defined elsewhere`);
      out[key] = value;
    }
  }
  return out;
}

export const resources = { en: merge(en, featureEn), pt: merge(pt, featurePt) };
