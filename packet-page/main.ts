import { base64urlnopad } from '@scure/base';
import type { PacketPageData } from '../shared/packet/packet-page-data';
import { sealAnswers, type AnswerPayload } from '../shared/packet/envelope';
import { fingerprintForReading } from '../shared/packet/fingerprint-text';
import {
  autosaveEntryName,
  importAutosaveKey,
  openAutosave,
  sealAutosave,
  type AutosaveRecord,
} from './autosave-record';
import { ANSWER_MAX_CHARS } from './limits';
import { pageStrings, type PageStrings } from '../shared/packet/page-strings';
import { countWords } from './word-count';

/*
 * The answer packet page: the client reads the coach's note, answers each question at their own pace (kept in
 * localStorage as they type, encrypted under this packet's own key: autosave-record.ts), rereads everything, and
 * "sends": the answers are sealed for the coach's public key in this page (WebCrypto) and saved as a `.passie` file
 * for the client to attach to an e-mail. Once the client confirms it went, the kept answers are cleared. The page
 * makes no network request at all; its CSP (default-src 'none', connect-src 'none') would refuse one anyway.
 */

/** Quiet enough not to write on every keystroke, quick enough that closing the tab loses nothing. */
const SAVE_DELAY_MS = 400;

type Child = Node | string | false | undefined;

/** A DOM element with text children only: data from the packet never goes through innerHTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

function readData(): PacketPageData | undefined {
  try {
    const data = JSON.parse(document.getElementById('packet-data')?.textContent ?? '') as PacketPageData;
    return Array.isArray(data.questions) && data.questions.length > 0 ? data : undefined;
  } catch {
    return undefined;
  }
}

/** localStorage, or undefined where the browser refuses it (some private modes, some file:// settings). */
function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = '__passie_probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function saveBlob(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets a text area grow with its text, so the client sees their whole answer without scrolling inside it. */
function grow(area: HTMLTextAreaElement): void {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}

function showDamaged(root: HTMLElement): void {
  const language = document.documentElement.lang === 'en' ? 'en' : 'nl';
  root.replaceChildren(h('p', { class: 'notice notice--error', role: 'alert' }, pageStrings[language].damaged));
}

/** Where the answers are kept while the client writes: localStorage and this packet's key, or nowhere. */
async function keeper(data: PacketPageData): Promise<{ store: Storage; key: CryptoKey } | undefined> {
  const store = storage();
  if (!store) return undefined;
  try {
    return { store, key: await importAutosaveKey(data.autosaveKey) };
  } catch {
    // No key in the page, or no WebCrypto: keeping the answers in clear is not an option.
    return undefined;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const data = readData();
  if (!data) {
    showDamaged(root);
    return;
  }
  const text: PageStrings = pageStrings[data.language];
  const coach = data.coach.name.trim();
  const coachWord = coach || text.yourCoach;
  const keeping = await keeper(data);
  const entryName = autosaveEntryName(data.packetId);
  const restored = keeping
    ? await openAutosave(keeping.key, data.packetId, keeping.store.getItem(entryName), data.questions.length)
    : undefined;
  const answers = restored?.answers ?? data.questions.map(() => '');
  let sentAt = restored?.sentAt;
  let sealed: { text: string; fileName: string } | undefined;
  /** Once the client cleared their answers, nothing writes them back (a late timer, the tab closing). */
  let cleared = false;

  // ── the header, the same on every step ──
  const header = h(
    'header',
    { class: 'masthead' },
    h('h1', { class: 'masthead__title' }, text.heading(coach)),
    data.coach.practice ? h('p', { class: 'masthead__practice' }, data.coach.practice) : undefined,
  );
  const noteId = 'note-title';
  const note = data.note?.trim()
    ? h(
        'section',
        { class: 'note', 'aria-labelledby': noteId },
        h('h2', { class: 'note__title', id: noteId }, text.noteLabel(coach)),
        h('p', { class: 'note__text' }, data.note),
      )
    : undefined;

  // ── step 1: writing ──
  const status = h(
    'p',
    { class: 'saved', role: 'status', 'aria-live': 'polite' },
    keeping ? text.savedIdle : text.saveFailed,
  );
  if (!keeping) status.classList.add('saved--failed');
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Saves run one after another, so an older set of answers never lands after a newer one. */
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = undefined;
    if (!keeping || cleared) return;
    const record: AutosaveRecord = {
      answers: [...answers],
      savedAt: new Date().toISOString(),
      ...(sentAt ? { sentAt } : {}),
    };
    saving = saving.then(async () => {
      try {
        const sealedRecord = await sealAutosave(keeping.key, data.packetId, record);
        // Cleared while this was being encrypted: nothing goes back.
        if (cleared) return;
        keeping.store.setItem(entryName, sealedRecord);
        status.textContent = text.saved;
        status.classList.remove('saved--failed');
        status.classList.add('saved--done');
      } catch {
        status.textContent = text.saveFailed;
        status.classList.add('saved--failed');
      }
    });
  };
  const areas: HTMLTextAreaElement[] = [];
  const items = data.questions.map((question, index) => {
    const id = `answer-${index + 1}`;
    const area = h('textarea', {
      id,
      class: 'answer',
      rows: '5',
      'aria-describedby': `count-${index + 1}`,
      spellcheck: 'true',
      maxlength: String(ANSWER_MAX_CHARS),
    });
    area.value = answers[index] ?? '';
    const count = h('p', { class: 'answer__count', id: `count-${index + 1}` }, text.words(countWords(area.value)));
    area.addEventListener('input', () => {
      answers[index] = area.value;
      count.textContent = text.words(countWords(area.value));
      grow(area);
      if (saveTimer !== undefined) clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DELAY_MS);
    });
    areas.push(area);
    return h(
      'li',
      { class: 'question' },
      h(
        'label',
        { class: 'question__label', for: id },
        h('span', { class: 'question__number' }, text.questionNumber(index + 1)),
        question.place ? h('span', { class: 'question__place' }, question.place) : undefined,
        h('span', { class: 'question__text' }, question.question),
      ),
      area,
      count,
    );
  });
  // Whatever is pending is written before the tab goes away.
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });

  // Said on the writing and the rereading step once the answers were sent: this packet goes in only once.
  const sentBefore = h('p', { class: 'notice' });
  const sentBeforeReview = h('p', { class: 'notice' });
  const showSentBefore = () => {
    for (const notice of [sentBefore, sentBeforeReview]) {
      notice.hidden = !sentAt;
      if (sentAt) notice.textContent = text.sentBefore(new Date(sentAt).toLocaleDateString(data.language));
    }
  };
  showSentBefore();
  const toReview = h('button', { type: 'button', class: 'button button--primary' }, text.toReview);
  const writeHeading = h('h2', { class: 'visually-hidden', tabindex: '-1' }, text.questionsLabel);
  const writeStep = h(
    'section',
    { class: 'step' },
    writeHeading,
    h('p', { class: 'intro' }, text.intro),
    sentBefore,
    h('ol', { class: 'questions' }, ...items),
    h('div', { class: 'actions actions--sticky' }, status, toReview),
  );

  // ── step 2: rereading ──
  const reviewHeading = h('h2', { class: 'step__title', tabindex: '-1' }, text.reviewHeading);
  const reviewList = h('ol', { class: 'review' });
  const reviewProblem = h('div', { class: 'problem', role: 'alert' });
  const back = h('button', { type: 'button', class: 'button button--secondary' }, text.back);
  const send = h('button', { type: 'button', class: 'button button--primary' }, text.send);
  const reviewStep = h(
    'section',
    { class: 'step', hidden: '' },
    reviewHeading,
    h('p', { class: 'intro' }, text.reviewIntro),
    reviewList,
    sentBeforeReview,
    reviewProblem,
    h('div', { class: 'actions' }, back, send),
  );

  // ── step 3: sent ──
  const sentHeading = h('h2', { class: 'step__title', tabindex: '-1' }, text.sentHeading);
  const sentExplain = h('p', { class: 'intro' });
  const again = h('button', { type: 'button', class: 'button button--secondary' }, text.downloadAgain);
  const backToAnswers = h('button', { type: 'button', class: 'button button--secondary' }, text.backToAnswers);
  const confirmSent = h('button', { type: 'button', class: 'button button--secondary' }, text.confirmSent);
  const clearedStatus = h('p', { class: 'saved', role: 'status' });
  const confirmTitleId = 'confirm-title';
  const confirmSection = h(
    'section',
    { class: 'card', 'aria-labelledby': confirmTitleId },
    h('h3', { class: 'card__title', id: confirmTitleId }, text.confirmHeading),
    h('p', {}, text.confirmIntro),
    h('div', { class: 'actions' }, confirmSent),
  );
  const sentStep = h(
    'section',
    { class: 'step', hidden: '' },
    sentHeading,
    sentExplain,
    h('div', { class: 'actions' }, again, backToAnswers),
    keeping ? confirmSection : undefined,
    clearedStatus,
  );

  const show = (step: HTMLElement, heading: HTMLElement) => {
    for (const candidate of [writeStep, reviewStep, sentStep]) candidate.hidden = candidate !== step;
    window.scrollTo(0, 0);
    heading.focus();
  };

  toReview.addEventListener('click', () => {
    save();
    reviewProblem.replaceChildren();
    reviewList.replaceChildren(
      ...data.questions.map((question, index) => {
        const answer = answers[index] ?? '';
        const answered = answer.trim() !== '';
        return h(
          'li',
          { class: 'review__item' },
          h('h3', { class: 'review__question' }, question.question),
          answered
            ? h('p', { class: 'review__answer' }, answer)
            : h('p', { class: 'review__answer review__answer--empty' }, text.unanswered),
          answered && h('p', { class: 'answer__count' }, text.words(countWords(answer))),
        );
      }),
    );
    const anything = answers.some((answer) => answer.trim() !== '');
    send.disabled = !anything;
    if (!anything) reviewProblem.append(h('p', { class: 'notice' }, text.nothingToSend));
    show(reviewStep, reviewHeading);
  });
  back.addEventListener('click', () => show(writeStep, writeHeading));
  backToAnswers.addEventListener('click', () => {
    for (const area of areas) grow(area);
    show(writeStep, writeHeading);
  });

  send.addEventListener('click', () => {
    void (async () => {
      send.disabled = true;
      back.disabled = true;
      send.textContent = text.sending;
      reviewProblem.replaceChildren();
      try {
        const now = new Date();
        const payload: AnswerPayload = {
          sentAt: now.toISOString(),
          language: data.language,
          answers: data.questions.flatMap((question, index) => {
            const answer = answers[index] ?? '';
            if (answer.trim() === '') return [];
            return [
              {
                ...(question.questionId ? { questionId: question.questionId } : {}),
                question: question.question,
                answer,
              },
            ];
          }),
        };
        const fileText = await sealAnswers(
          base64urlnopad.decode(data.coachPublicKey),
          { packetId: data.packetId, trajectRef: data.trajectRef, coachKeyFingerprint: data.coachKeyFingerprint },
          payload,
        );
        sealed = { text: fileText, fileName: text.fileName(data.clientSlug, localDate(now)) };
        saveBlob(sealed.text, sealed.fileName);
        sentAt = payload.sentAt;
        save();
        showSentBefore();
        const email = data.coach.email;
        sentExplain.replaceChildren(
          ...text
            .sentExplain(coachWord, Boolean(email))
            .split(/(\{file\}|\{email\})/)
            .map((part) =>
              part === '{file}'
                ? h('strong', { class: 'file-name' }, sealed!.fileName)
                : part === '{email}'
                  ? h('strong', { class: 'coach-email' }, email ?? '')
                  : part,
            ),
        );
        clearedStatus.textContent = '';
        show(sentStep, sentHeading);
      } catch {
        reviewProblem.append(h('p', { class: 'notice notice--error' }, text.sendFailed));
      } finally {
        send.disabled = false;
        back.disabled = false;
        send.textContent = text.send;
      }
    })();
  });
  again.addEventListener('click', () => {
    if (sealed) saveBlob(sealed.text, sealed.fileName);
  });
  // Sent and confirmed: the answers leave this browser, so nothing of them stays on the device.
  confirmSent.addEventListener('click', () => {
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = undefined;
    cleared = true;
    try {
      keeping?.store.removeItem(entryName);
    } catch {
      // Nothing was kept, so there is nothing to clear.
    }
    answers.fill('');
    sentAt = undefined;
    for (const area of areas) area.value = '';
    confirmSection.remove();
    backToAnswers.remove();
    clearedStatus.textContent = text.cleared;
  });

  // ── what happens to the answers, for a client who wants to know ──
  const privacy = h(
    'details',
    { class: 'privacy' },
    h('summary', {}, text.privacyTitle),
    h('p', {}, text.privacy(coachWord)),
    h('p', {}, text.fingerprint),
    h('p', { class: 'privacy__fingerprint' }, fingerprintForReading(data.coachKeyFingerprint)),
  );

  root.replaceChildren(header, note ?? '', writeStep, reviewStep, sentStep, privacy);
  for (const area of areas) grow(area);
  window.addEventListener('resize', () => {
    for (const area of areas) grow(area);
  });
}

const root = document.getElementById('app');
if (root) start(root).catch(() => showDamaged(root));
