import type { Question } from '../../../shared/domain/catalogue';
import { plainTextOf, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';
import { foldLatin } from '../../../shared/text/fold-latin';

export interface MappedAnswer {
  questionId?: string;
  title?: string;
  content: RichDoc;
}

/** Lowercase, without accents, numbering ("1.", "Vraag 2:") or punctuation: how a question line is compared. */
export function normaliseLine(text: string): string {
  return foldLatin(text)
    .toLowerCase()
    .replace(/^\s*(?:(?:vraag|question|q)\s*)?\d{1,3}\s*[.):\-–]?\s+/u, '')
    .replace(/^\s*(?:vraag|question)\s*[:\-–]\s*/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The edit distance, or `max + 1` as soon as it must exceed `max`: a row of the table whose smallest entry is past
 * the bound can only grow, so most lines of a long answer are ruled out after a few characters.
 */
function levenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      smallest = Math.min(smallest, current[j]!);
    }
    if (smallest > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

interface Candidate {
  id: string;
  normalised: string;
}

/** The catalogue question this line is, tolerating case, punctuation, numbering and a few typos. */
export function matchQuestion(line: string, candidates: readonly Candidate[]): string | undefined {
  const normalised = normaliseLine(line);
  if (normalised.length < 8 || normalised.length > 400) return undefined;
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const length = Math.max(candidate.normalised.length, normalised.length);
    if (Math.abs(candidate.normalised.length - normalised.length) > length * 0.12) continue;
    const limit = Math.max(1, Math.floor(length * 0.1));
    const distance = levenshtein(normalised, candidate.normalised, limit);
    if (distance <= limit && (!best || distance < best.distance)) {
      best = { id: candidate.id, distance };
    }
  }
  return best?.id;
}

export function candidatesOf(questions: readonly Question[]): Candidate[] {
  return questions.flatMap((question) => [
    { id: question.id, normalised: normaliseLine(question.text.nl) },
    { id: question.id, normalised: normaliseLine(question.text.en) },
  ]);
}

/** Where quoted earlier mail begins: "Op … schreef …:", "On … wrote:", a forwarded/original header, a quote. */
const QUOTE_START = [
  /^op\s.{3,200}\sschreef\b.*:?\s*$/i,
  /^on\s.{3,200}\swrote:?\s*$/i,
  /^-{2,}\s*(original message|oorspronkelijk bericht|doorgestuurd bericht|forwarded message)/i,
  /^(van|from):\s.+$/i,
];
const SIGN_OFF =
  /^(?:met\s+)?(?:vriendelijke|hartelijke|lieve|warme|veel|hele)?\s*(?:groet(?:en|jes)?|liefs|dank(?:je|jewel)?|bedankt|tot\s+\S+|kind regards|best(?: wishes| regards)?|regards|cheers|thanks|thank you|love|warmly|all the best|speak soon|xx?)\b[\s\S]{0,40}$/i;

function isQuoteStart(block: RichNode): boolean {
  if (block.type === 'blockquote') return true;
  return isQuoteLine(plainTextOf(block).trim().split('\n')[0] ?? '');
}

function lineText(nodes: RichNode[]): string {
  return nodes.map((node) => node.text ?? '').join('');
}

function paragraphOf(lines: RichNode[][]): RichNode {
  const content: RichNode[] = [];
  for (const [index, line] of lines.entries()) {
    if (index > 0) content.push({ type: 'hardBreak' });
    content.push(...line);
  }
  return { type: 'paragraph', content };
}

/**
 * Splits paragraphs at the lines that matter: a question line (also one wrapped over two lines), the start of
 * quoted mail, a sign-off. The other lines stay together as written, joined by their line breaks.
 */
function explode(blocks: readonly RichNode[], candidates: readonly Candidate[]): RichNode[] {
  const result: RichNode[] = [];
  for (const block of blocks) {
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      result.push(...listAroundQuestions(block, candidates));
      continue;
    }
    if (block.type !== 'paragraph' || !(block.content ?? []).some((node) => node.type === 'hardBreak')) {
      result.push(block);
      continue;
    }
    const lines: RichNode[][] = [[]];
    for (const node of block.content ?? []) {
      if (node.type === 'hardBreak') lines.push([]);
      else lines.at(-1)!.push(node);
    }
    let run: RichNode[][] = [];
    const flushRun = () => {
      const kept = run.filter((line) => lineText(line).trim().length > 0);
      if (kept.length > 0) result.push(paragraphOf(kept));
      run = [];
    };
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const text = lineText(line).trim();
      const next = lines[index + 1];
      if (matchQuestion(text, candidates) || isQuoteLine(text) || isSignOffLine(text)) {
        flushRun();
        result.push(paragraphOf([line]));
      } else if (next && matchQuestion(`${text} ${lineText(next).trim()}`, candidates)) {
        flushRun();
        result.push(paragraphOf([line, next]));
        index++;
      } else {
        run.push(line);
      }
    }
    flushRun();
  }
  return result;
}

/**
 * A numbered or bulleted question ("1. Wat is je doel?") reads as a list item once imported: such items come out
 * of their list as paragraphs, so the question still starts its answer; the other items stay lists, numbered on.
 */
function listAroundQuestions(list: RichNode, candidates: readonly Candidate[]): RichNode[] {
  const items = list.content ?? [];
  const isQuestion = (item: RichNode) => {
    const first = item.content?.[0];
    return (
      first?.type === 'paragraph' && matchQuestion(plainTextOf(first).replace(/\n/g, ' '), candidates) !== undefined
    );
  };
  if (!items.some(isQuestion)) return [list];
  const start = Number(list.attrs?.start ?? 1) || 1;
  const result: RichNode[] = [];
  let run: { from: number; items: RichNode[] } | undefined;
  const flushRun = () => {
    if (!run) return;
    const number = start + run.from;
    result.push(
      list.type === 'orderedList' && number !== 1
        ? { type: list.type, attrs: { start: number }, content: run.items }
        : { type: list.type, content: run.items },
    );
    run = undefined;
  };
  items.forEach((item, index) => {
    if (isQuestion(item)) {
      flushRun();
      result.push(...(item.content ?? []));
    } else {
      run ??= { from: index, items: [] };
      run.items.push(item);
    }
  });
  flushRun();
  return result;
}

function isQuoteLine(text: string): boolean {
  return text.startsWith('>') || QUOTE_START.some((pattern) => pattern.test(text));
}

function isSignOffLine(text: string): boolean {
  return text.split(/\s+/).length <= 4 && SIGN_OFF.test(text);
}

/** Drops a short sign-off ("Groetjes, Daniëlle") and what follows it at the end of the last answer. */
function withoutSignOff(blocks: RichNode[]): RichNode[] {
  for (let index = Math.max(0, blocks.length - 6); index < blocks.length; index++) {
    const block = blocks[index]!;
    const text = plainTextOf(block).trim();
    const firstLine = text.split('\n')[0] ?? '';
    if (block.type === 'paragraph' && text.split(/\s+/).length <= 8 && isSignOffLine(firstLine)) {
      return blocks.slice(0, index);
    }
  }
  return blocks;
}

/**
 * One answer per catalogue question whose text stands on its own line or heading; the greeting before the first
 * question and the sign-off and quoted mail after the last answer are left out. Without questions: undefined.
 */
export function splitByQuestions(doc: RichDoc, questions: readonly Question[]): MappedAnswer[] | undefined {
  const candidates = candidatesOf(questions);
  const blocks = explode(doc.content, candidates);
  const answers: { questionId: string; blocks: RichNode[] }[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (answers.length > 0 && isQuoteStart(block)) break;
    const isLine = block.type === 'paragraph' || block.type === 'heading';
    let questionId = isLine ? matchQuestion(plainTextOf(block).replace(/\n/g, ' '), candidates) : undefined;
    const next = blocks[index + 1];
    if (!questionId && isLine && next?.type === block.type) {
      // A question wrapped over two paragraphs or lines.
      questionId = matchQuestion(`${plainTextOf(block)} ${plainTextOf(next)}`.replace(/\n/g, ' '), candidates);
      if (questionId) index++;
    }
    if (questionId && !seen.has(questionId)) {
      seen.add(questionId);
      answers.push({ questionId, blocks: [] });
    } else if (questionId) {
      break;
    } else if (answers.length > 0) {
      answers.at(-1)!.blocks.push(block);
    }
  }
  if (answers.length === 0) return undefined;
  const last = answers.at(-1)!;
  last.blocks = withoutSignOff(last.blocks);
  return answers.map((answer) => ({
    questionId: answer.questionId,
    content: { type: 'doc', content: answer.blocks },
  }));
}
