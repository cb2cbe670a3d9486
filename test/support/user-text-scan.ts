import { parseSync } from 'vite';

/** A piece of text written into a source file where the catalog should have it. */
export interface HardcodedText {
  file: string;
  line: number;
  /** Where it was found: JSX text, an attribute (`title=`), a JSX expression, or prose anywhere in the code. */
  where: string;
  text: string;
}

/** The attributes whose values a person reads or hears. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);

/** Attributes whose values only the code reads: classes, ids, keys, types, data. */
const CODE_ATTRIBUTES = /^(class|className|id|key|role|type|name|for|accept|href|download|rel|target|style|lang|dir|tabIndex|data-.*|aria-(controls|current|haspopup|orientation|expanded|pressed|selected|hidden|activedescendant))$/;

const LETTERS = /\p{L}/u;
/**
 * What reads as words to a person, wherever it is in the code: two words, or a capitalised word
 * ("Reading"). Keys, codes, CSS classes and MIME types are neither.
 */
const PROSE = /\p{L}{2,}[,:;.’'()…]*\s+[(“]*\p{L}{2,}|^\p{Lu}\p{Ll}{2,}(?!\p{L})/u;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';
}

function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) out.push(v);
    if (isNode(value)) out.push(value);
  }
  return out;
}

/** The text of a string literal or a template's piece; undefined for any other node. */
function textOf(node: Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateElement') {
    const value = node.value as { cooked?: string | null; raw: string };
    return value.cooked ?? value.raw;
  }
  return undefined;
}

/**
 * Where a literal is a key the code compares or looks up, not text: `e.key === 'Escape'`,
 * `case 'Files':`, an import's path, an object's property name.
 */
/** DOM methods whose string arguments are selectors and media queries, not text. */
const QUERY_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches', 'matchMedia']);

/** `t.t('panel.x')`, `t.t(`severity.${s}`)`: the argument names a message. `query(…)`: a selector. */
function callKind(node: Node): 'message' | 'query' | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as Node;
  const name = callee.type === 'MemberExpression' ? String((callee.property as Node).name) : callee.type === 'Identifier' ? String(callee.name) : '';
  if (callee.type === 'MemberExpression' && name === 't') return 'message';
  return QUERY_METHODS.has(name) ? 'query' : undefined;
}

function isCodeElement(node: Node | undefined): boolean {
  const opening = node?.type === 'JSXElement' ? (node.openingElement as Node & { name: Node & { name?: string } }) : undefined;
  return opening?.name.name === 'code';
}

function isKeyPosition(parent: Node | undefined, node: Node): boolean {
  if (!parent) return false;
  if (parent.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(String(parent.operator))) return true;
  if (parent.type === 'SwitchCase' && parent.test === node) return true;
  if (parent.type === 'ImportDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ImportExpression') return true;
  if (parent.type === 'Property' && parent.key === node) return true;
  if (parent.type === 'MemberExpression' && parent.property === node) return true;
  if (parent.type.startsWith('TS')) return true; // a type: 'live' | 'closed'
  return false;
}

/**
 * Every user-facing text written into `source` instead of taken from the catalog: JSX text with
 * letters; any literal with letters in an attribute people read (title, aria-label, placeholder,
 * alt…) or in an expression among an element's children; and, anywhere in a .ts or .tsx file,
 * a literal that reads as prose. A literal that is a catalog id (`isMessageId`) asks for text, it
 * is none.
 */
export function hardcodedTexts(file: string, source: string, isMessageId: (s: string) => boolean): HardcodedText[] {
  const program = parseSync(file, source, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }).program as unknown as Node;
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found = new Map<number, HardcodedText>();
  const add = (node: Node, where: string, text: string) => {
    if (!found.has(node.start)) found.set(node.start, { file, line: lineOf(node.start), where, text: text.trim() });
  };

  /** `read`: inside something a person reads (a read attribute's value, a JSX child expression), until a function or nested JSX. */
  const visit = (node: Node, parent: Node | undefined, read: string | undefined) => {
    const text = textOf(node);
    if (text !== undefined && !isMessageId(text) && !isKeyPosition(parent, node)) {
      if (read !== undefined && LETTERS.test(text)) add(node, read, text);
      else if (PROSE.test(text)) add(node, 'prose', text);
    }
    // Text inside <code> is an API name or a path shown as code: the same in every language.
    if (node.type === 'JSXText' && LETTERS.test(String(node.value)) && !isCodeElement(parent)) add(node, 'JSX text', String(node.value));
    if (node.type === 'JSXAttribute' && CODE_ATTRIBUTES.test(String((node.name as Node).name))) return;
    const call = callKind(node);
    for (const child of childrenOf(node)) {
      const args = node.arguments as Node[] | undefined;
      // A message id (even one put together from a template) or a selector is no text.
      if (call && args?.[0] === child) continue;
      let childRead = read;
      // What a call gets is not what a person reads, unless it reads as prose (checked below in any case).
      if (node.type === 'CallExpression') childRead = undefined;
      if (node.type.includes('Function') || child.type === 'JSXElement' || child.type === 'JSXFragment') childRead = undefined;
      if (node.type === 'JSXAttribute' && child === node.value) {
        const name = String((node.name as Node).name);
        childRead = READ_ATTRIBUTES.has(name) ? `${name}=` : undefined;
      }
      if ((node.type === 'JSXElement' || node.type === 'JSXFragment') && child.type === 'JSXExpressionContainer') childRead = 'JSX expression';
      visit(child, node, childRead);
    }
  };
  visit(program, undefined, undefined);
  return [...found.values()].sort((a, b) => a.line - b.line);
}
