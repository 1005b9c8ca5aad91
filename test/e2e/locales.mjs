// The main flow's key screens in other languages at 1280×800: switch the language with the
// header's language-select on the page that built the presets, exported and inspected; on each screen
// no text element in the header or a panel is wider than its box (scrollWidth vs clientWidth); the
// factory check refuses a bad string in the same language.
// One screenshot per locale: test/e2e/screenshots/locale-<tag>.png.
/* global document, getComputedStyle */
import { check, screenshot, step } from './lib.mjs';
import { byTestId, showPanel, waitForAttr } from './ui.mjs';

/** Each locale's title of the first panel: proves the page speaks it (not English by fallback). */
const EXPERIMENT_TITLE = { en: 'Experiment', 'zh-CN': '实验', ru: 'Эксперимент' };
/** Each locale's start of the refusal of an unknown factory part (a core message, by code). */
const UNKNOWN_PART = { en: "unknown part 'Bogus'", 'zh-CN': "未知部分 'Bogus'", ru: "неизвестная часть 'Bogus'" };
/** px a text may exceed its box by (sub-pixel rounding of fonts) */
const TOLERANCE_PX = 2;
const PANELS = ['experiment', 'index', 'results', 'export', 'inspect'];

/** Text elements of the header and the panels whose content is wider than their box. */
async function overflowing(page) {
  return page.evaluate((tolerance) => {
    const TEXT = 'h1,h2,h3,p,label,legend,summary,figcaption,dt,dd,th,td,button,a,li,span,strong,code,option,select';
    const found = [];
    for (const element of document.querySelectorAll(`.top, .panel`)) {
      for (const node of element.querySelectorAll(TEXT)) {
        const style = getComputedStyle(node);
        // inline boxes have no width of their own; scroll containers and ellipses clip on purpose
        if (style.display === 'inline' || style.display === 'none' || node.clientWidth === 0) continue;
        if (['auto', 'scroll'].includes(style.overflowX) || style.textOverflow === 'ellipsis') continue;
        if (node.closest('.visually-hidden, .table-wrap, .tree, .suggestions')) continue;
        if (node.scrollWidth > node.clientWidth + tolerance)
          found.push(
            `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''} ` +
              `(${node.scrollWidth} > ${node.clientWidth} px): ${(node.textContent ?? '').trim().slice(0, 80)}`,
          );
      }
    }
    return found;
  }, TOLERANCE_PX);
}

async function checkLayout(page, tag, where) {
  const problems = await overflowing(page);
  check(problems.length === 0, `${tag}, ${where}: text wider than its box:\n  ${problems.join('\n  ')}`);
}

/**
 * Switches the main page, which holds the newcomer flow's builds, to each locale and checks the
 * key screens: every panel re-renders in the new language, results included, without a rebuild.
 * Call from run.mjs after the newcomer flow: `await localeScreens({ context, page, url })`.
 */
export async function localeScreens({ context, page, url }, locales = ['en', 'zh-CN', 'ru']) {
  const results = {};
  for (const tag of locales) {
    results[tag] = await step(`the main screens in ${tag} at 1280×800`, async () => {
      await showPanel(page, 'experiment');
      await byTestId(page, 'language-select').selectOption(tag);
      const lang = await page.evaluate(() => document.documentElement.lang);
      check(lang === tag, `language-select chose ${tag}, the page says lang=${lang}`);
      const title = await page.locator('#experiment-title').innerText();
      check(title.includes(EXPERIMENT_TITLE[tag]), `${tag}: the Experiment panel is titled “${title}”`);
      const remembered = await page.evaluate(() => localStorage.getItem('rvc-index-studio.locale'));
      check(remembered === tag, `${tag}: the choice is remembered (${remembered})`);
      for (const panel of PANELS) {
        await showPanel(page, panel);
        await checkLayout(page, tag, `the ${panel} panel with the builds`);
      }
      // the factory check's refusal, made by the core as a coded message, in this language
      await showPanel(page, 'index');
      await byTestId(page, 'factory-input').fill('IVF{n},Flat,Bogus');
      await waitForAttr(page, 'factory-check', 'data-ok', (v) => v === 'false', 5_000);
      const refusal = await page.locator('#factory-check').innerText();
      check(refusal.includes(UNKNOWN_PART[tag]), `${tag}: the factory check says “${refusal}”`);
      await checkLayout(page, tag, 'the factory refusal');
      await byTestId(page, 'preset-select').selectOption('rvc');
      await waitForAttr(page, 'factory-check', 'data-ok', (v) => v === 'true', 5_000);
      await showPanel(page, 'experiment');
      await screenshot(page, `locale-${tag}`);
      return { title };
    });
  }
  await step('the language survives a reload (a new tab opens in it)', async () => {
    const last = locales[locales.length - 1];
    const fresh = await context.newPage();
    try {
      await fresh.goto(url);
      await byTestId(fresh, 'experiment-summary').waitFor({ timeout: 120_000 });
      const lang = await fresh.evaluate(() => document.documentElement.lang);
      check(lang === last, `a new tab after choosing ${last} says lang=${lang}`);
    } finally {
      await fresh.close();
    }
  });
  // back to English for whatever runs next in this browser profile
  await byTestId(page, 'language-select').selectOption('en');
  return results;
}
