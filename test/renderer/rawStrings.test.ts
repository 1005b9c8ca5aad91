// Every text the renderer shows comes from the catalogue: this scans the JSX of renderer/ with the
// TypeScript parser and fails on a string literal a user would read — JSX text, a literal in a
// JSX child expression, or one in a visible attribute (title, aria-label, label, warnings …).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(__dirname, '../../renderer');

/** Attributes no user reads (styling, identifiers, values, chart plumbing). */
const HIDDEN_ATTRIBUTES = new Set([
  'className',
  'key',
  'id',
  'htmlFor',
  'type',
  'value',
  'role',
  'href',
  'lang',
  'testId',
  'inputTestId',
  'pickKind',
  'accept',
  'dataKey',
  'scale',
  'orientation',
  'yAxisId',
  'interval',
  'shape',
  'legendType',
  'verticalAlign',
  'spellCheck',
  'autoComplete',
  'step',
  'stroke',
  'fill',
  'strokeDasharray',
  'style',
  'wrapperStyle',
  'contentStyle',
  'margin',
  'tick',
  'line',
  'dot',
  'responsive',
  'aria-live',
  'aria-labelledby',
  'scope',
  'aria-describedby',
  'aria-hidden',
  'placeholder', // example paths and file names, not prose
]);

/** Names and units that read the same in every language. */
const TERMS =
  /(?<![\w.])(RVC|faiss|n_probe|n_ivf|k_factor|efSearch|num_expand|alpha|IVF|HNSW|IP|αQE|p50|p99|ms|µs|dtype|total_fea\.npy)(?![\w.])/g;

/** A literal someone would read as words (after the shared terms are removed). */
const isProse = (text: string) => /[A-Za-z\u00C0-\uFFFF]{2,}/.test(text.replace(TERMS, ''));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The JSX attribute a node sits in (through conditionals, arrays, templates), or null. */
function attributeOf(node: ts.Node): ts.JsxAttribute | null {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) return at;
    if (ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at) || ts.isFunctionLike(at)) return null;
  }
  return null;
}

/** Inside JSX: a child expression or an attribute, not inside a function called there. */
function inJsx(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) || ts.isBinaryExpression(at) || ts.isElementAccessExpression(at)) {
      // a key passed to t(), a comparison, a lookup: not shown as is
      if (ts.isCallExpression(at) || !ts.isConditionalExpression(at)) return false;
    }
    if (ts.isPropertyAssignment(at) && ts.isIdentifier(at.name) && at.name.text !== 'label' && at.name.text !== 'value')
      return false;
    if (ts.isJsxExpression(at) || ts.isJsxAttribute(at)) return true;
    if (ts.isFunctionLike(at) || ts.isStatement(at)) return false;
  }
  return false;
}

function scan(file: string, code = readFileSync(file, 'utf8')): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file: path.relative(RENDERER, file),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim(),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (isProse(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
        : node.text;
      const attribute = attributeOf(node);
      const name = attribute?.name.getText(source) ?? '';
      const hidden = HIDDEN_ATTRIBUTES.has(name) || name.startsWith('data-');
      if (!hidden && inJsx(node) && isProse(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer texts', () => {
  it('has no raw user-visible string in JSX', () => {
    const findings = files(RENDERER).flatMap((file) => scan(file));
    expect(findings.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('catches a raw text, a raw title and a raw warning, and lets keys and class names pass', () => {
    const sample = path.join(RENDERER, '__sample__.tsx');
    const code = [
      'export const A = ({ ok, i18n }: any) => (',
      '  <div className={`panel${ok ? " wide open" : ""}`} data-testid="a-b">',
      '    <p title="Shown to people">{i18n.t("app.title")}</p>',
      '    Hello there',
      '    <Notices warnings={[ok ? "Something went wrong" : i18n.t("x.y")]} />',
      '    {ok === "offline" ? i18n.t("a.b") : null}',
      '  </div>',
      ');',
    ].join('\n');
    const texts = scan(sample, code).map((f) => f.text);
    expect(texts).toEqual(['Shown to people', 'Hello there', 'Something went wrong']);
  });
});
