// Every locale says everything English says, with the same placeholders: the messages are parsed
// (ICU AST) and compared — arguments and their types, select options, tags, and plural forms
// (each locale's own CLDR categories, plus English's exact =N cases).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, engineCatalogues, translate, translateMessage } from '../../app/i18n';
import { LOCALES, matchLocale } from '../../app/i18n/locales';
import { englishCatalogue } from '../../app/messages/en';
import { message, type MessageCode } from '../../app/messages';

interface Shape {
  /** "name:type" of every argument, "<tag>" of every tag */
  args: string[];
  /** "name:option" of every select option and exact plural case */
  options: string[];
  /** "name" → the plural categories used */
  plurals: Record<string, string[]>;
}

function shapeOf(text: string): Shape {
  const shape: Shape = { args: [], options: [], plurals: {} };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          shape.args.push(`${element.value}:argument`);
          break;
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          shape.args.push(`${element.value}:${TYPE[element.type]}`);
          break;
        case TYPE.tag:
          shape.args.push(`<${element.value}>`);
          walk(element.children);
          break;
        case TYPE.select:
          shape.args.push(`${element.value}:select`);
          for (const [option, { value }] of Object.entries(element.options)) {
            shape.options.push(`${element.value}:${option}`);
            walk(value);
          }
          break;
        case TYPE.plural:
          shape.args.push(`${element.value}:plural`);
          shape.plurals[element.value] = [];
          for (const [option, { value }] of Object.entries(element.options)) {
            if (option.startsWith('=')) shape.options.push(`${element.value}:${option}`);
            else shape.plurals[element.value].push(option);
            walk(value);
          }
          break;
        default:
          break;
      }
    }
  };
  walk(parse(text));
  const unique = (list: string[]) => [...new Set(list)].sort();
  return { args: unique(shape.args), options: unique(shape.options), plurals: shape.plurals };
}

function checkAgainstEnglish(locale: string, english: string, text: string, where: string) {
  const expected = shapeOf(english);
  const actual = shapeOf(text);
  expect(actual.args, `${where}: placeholders`).toEqual(expected.args);
  expect(actual.options, `${where}: select options and =N cases`).toEqual(expected.options);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  for (const name of Object.keys(expected.plurals)) {
    const used = [...(actual.plurals[name] ?? [])].sort();
    expect(used, `${where}: plural forms of ${name}`).toEqual([...categories].sort());
  }
}

describe('locale catalogues', () => {
  const keys = Object.keys(catalogues.en).sort();
  const codes = Object.keys(englishCatalogue).sort();

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key of en, with the same ICU shape', (locale) => {
    const catalogue = catalogues[locale] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys)
      checkAgainstEnglish(locale, catalogues.en[key as keyof typeof catalogues.en], catalogue[key], `${locale} ${key}`);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s translates the whole catalogue (no English left)', (locale) => {
    const catalogue = catalogues[locale] as Record<string, string>;
    // texts that are names or notation (a preset's name, "Block p50 / p99") may stay as they are
    const same = keys.filter((key) => catalogue[key] === (catalogues.en as Record<string, string>)[key]);
    const ratio = same.length / keys.length;
    expect(ratio, `${locale}: ${same.join(', ')}`).toBeLessThan(0.12);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s translates every engine message code, with the placeholders of English',
    (locale) => {
      const catalogue = engineCatalogues[locale] as Record<string, string>;
      expect(Object.keys(catalogue).sort()).toEqual(codes);
      for (const code of codes)
        checkAgainstEnglish(locale, englishCatalogue[code as MessageCode], catalogue[code], `${locale} ${code}`);
      const same = codes.filter((code) => catalogue[code] === englishCatalogue[code as MessageCode]);
      expect(same, `${locale}: left in English`).toEqual([]);
    },
  );

  it('formats plurals in each locale’s own forms', () => {
    expect(translate('en', 'job.exported', { count: 1 })).toBe('Exported 1 file');
    expect(translate('en', 'job.exported', { count: 3 })).toBe('Exported 3 files');
    const ru = [1, 3, 5, 21].map((count) => translate('ru', 'job.exported', { count }));
    expect(new Set(ru).size).toBe(4);
    expect(ru.every((text) => !text.includes('{'))).toBe(true);
  });

  it('translates an engine message by code and parameters, else keeps its English text', () => {
    const warning = message('faiss_trailing_bytes', { count: 12 });
    expect(translateMessage('en', warning)).toBe(warning.text);
    expect(translateMessage('fr', warning)).toBe('12 octets après la fin de l’index sont ignorés');
    expect(translateMessage('ru', warning)).toBe('12 байт после конца индекса пропущены');
    // faiss notation stays as it is: the quoted part, and IVF{n} in the hint
    const unknown = message('factory_unknown_part', { token: 'Bogus' });
    expect(translateMessage('ru', unknown)).toMatch(/^неизвестная часть 'Bogus': .*IVF\{n\}, Flat, PQ\{m\}x4fs/);
    expect(translateMessage('zh-CN', unknown)).toMatch(/^未知部分 'Bogus'：/);
    // parameters that do not fit the text (a message from another version) fall back to English
    const stale = { ...warning, params: {} };
    expect(translateMessage('fr', stale)).toBe(warning.text);
  });

  it('picks the first preferred language the app speaks', () => {
    expect(matchLocale(['de-DE', 'pt-PT', 'en'])).toBe('pt-BR');
    expect(matchLocale(['zh-TW'])).toBe('zh-CN');
    expect(matchLocale(['ko_KR'])).toBe('ko');
    expect(matchLocale(['de', 'nl'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('has one glossary per locale whose terms the catalogue uses', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const file = path.resolve(__dirname, `../../app/i18n/glossary/${locale}.json`);
      const glossary = JSON.parse(readFileSync(file, 'utf8')) as { terms: Record<string, string> };
      const all = Object.values(catalogues[locale]).join('\n');
      for (const [term, translation] of Object.entries(glossary.terms))
        expect(all, `${locale}: “${term}” → “${translation}”`).toContain(translation);
    }
  });
});
