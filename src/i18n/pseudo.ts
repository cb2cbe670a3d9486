import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** German runs about 30% longer than English; the pseudo-locale pads by 40% to leave a margin. */
const GROWTH = 0.4;

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

/** The letters a reader sees: literals, and of a plural or select the longest of its options. */
function literalLength(elements: MessageFormatElement[]): number {
  let length = 0;
  for (const el of elements) {
    if (el.type === TYPE.literal) length += el.value.length;
    else if (el.type === TYPE.plural || el.type === TYPE.select) length += Math.max(0, ...Object.values(el.options).map((option) => literalLength(option.value)));
  }
  return length;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }]));
      return { ...el, options };
    }
    return el;
  });
}

/**
 * The English message as the pseudo-locale shows it: letters accented, 40% longer, and bracketed,
 * so a string that escaped the catalog (plain ASCII) or one that is cut off (no closing bracket)
 * stands out. Placeholders, plurals and API names in placeholders stay as they are.
 */
export function pseudoMessage(english: string): MessageFormatElement[] {
  const parsed = parse(english, { ignoreTag: true });
  const elements = pseudoElements(parsed);
  const padding = '·'.repeat(Math.max(1, Math.ceil(literalLength(parsed) * GROWTH)));
  return [{ type: TYPE.literal, value: '⟦' }, ...elements, { type: TYPE.literal, value: `${padding}⟧` }];
}
