/**
 * The one message protocol between the content script, the background and the
 * extension's pages. Each message is named by direction, carries a schema, and is
 * validated where it arrives: a page the content script runs in is hostile, so
 * nothing it sends is trusted until it has passed its schema.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import type { Analysis } from './analyzer/types';
import type { Readiness } from './analyzer-ready';
import { NoteDraftSchema } from './notes/note-schema';

/** Who may send a message to the background. */
type Origin = 'page' | 'content';

/** Content script or extension page → background. */
const toBackground = {
  /** Save a note (the content script cannot open the database itself). */
  saveNote: {
    from: ['content', 'page'] as Origin[],
    data: v.strictObject({ draft: NoteDraftSchema }),
  },
  /** The person allowed or withdrew help on a site: (un)register the content script there. */
  setSiteAccess: {
    from: ['page'] as Origin[],
    data: v.strictObject({
      origin: v.pipe(v.string(), v.maxLength(2_000), v.regex(/^https?:\/\/[^/]+$/)),
      enabled: v.boolean(),
    }),
  },
  /** Open the notes side panel, optionally on one note. */
  openNotes: {
    from: ['content', 'page'] as Origin[],
    data: v.strictObject({ noteId: v.optional(v.pipe(v.string(), v.maxLength(64))) }),
  },
  /**
   * Analyse a pasted or selected message. The analyzer runs here, once, rather than
   * in every frame the content script is in (it would take the content script past
   * its size budget).
   */
  analyzeMessage: {
    from: ['content'] as Origin[],
    data: v.strictObject({ text: v.pipe(v.string(), v.maxLength(200_000)) }),
  },
  /**
   * A typing field took focus in the sender's frame: a paste may come soon, and the
   * popup's Insert should go to this frame. Nothing from the page is carried.
   */
  fieldFocused: {
    from: ['content'] as Origin[],
    data: v.strictObject({}),
  },
  /**
   * A paste or a request to explain a selection looks near (a copy, the context
   * menu, Ctrl going down in a typing field): get the analyzer ready. Nothing from
   * the page is carried.
   */
  prepareAnalyzer: {
    from: ['content'] as Origin[],
    data: v.strictObject({}),
  },
} as const;

/** What the background answers to each message. */
export interface BackgroundReplies {
  saveNote: { id: string };
  setSiteAccess: { enabled: boolean };
  openNotes: { opened: boolean };
  analyzeMessage: Analysis;
  /** False when the sender was not a frame of a tab. */
  fieldFocused: { noted: boolean };
  /** Where the analyzer came from in this start of the background: the copy kept by an earlier one, or compiled now. */
  prepareAnalyzer: { ready: Readiness };
}

/** Background → content script. */
const toContent = {
  /** Show the analysis overlay for text the person selected. */
  showAnalysis: {
    data: v.strictObject({ text: v.pipe(v.string(), v.maxLength(200_000)) }),
  },
  /** Put a ready phrase from the popup into the typing field the person last focused on the page. */
  insertText: {
    data: v.strictObject({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)) }),
  },
} as const;

export interface ContentReplies {
  showAnalysis: { shown: boolean };
  insertText: { result: FrameInsert };
}

/**
 * What became of a phrase sent into one frame: in the field, no field known there, or
 * none tried because focus has gone on into a frame inside it, out of that script's reach.
 */
export type FrameInsert = 'inserted' | 'no-field' | 'focus-in-frame';

export type BackgroundMessage = keyof typeof toBackground;
export type ContentMessage = keyof typeof toContent;
export type BackgroundData<K extends BackgroundMessage> = v.InferOutput<(typeof toBackground)[K]['data']>;
export type ContentData<K extends ContentMessage> = v.InferOutput<(typeof toContent)[K]['data']>;

/** Every reply is either a result or a plain-words error; nothing throws across the boundary. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

interface Envelope {
  channel: 'calmline';
  to: 'background' | 'content';
  type: string;
  data: unknown;
}

const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' && m !== null && (m as Envelope).channel === 'calmline' && typeof (m as Envelope).type === 'string';

/** Sends a message to the background and waits for its reply. */
export async function sendToBackground<K extends BackgroundMessage>(
  type: K,
  data: BackgroundData<K>,
): Promise<Reply<BackgroundReplies[K]>> {
  const envelope: Envelope = { channel: 'calmline', to: 'background', type, data };
  try {
    return (await browser.runtime.sendMessage(envelope)) as Reply<BackgroundReplies[K]>;
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error) };
  }
}

/** Sends a message to the content script in one tab (and frame). */
export async function sendToContent<K extends ContentMessage>(
  tabId: number,
  type: K,
  data: ContentData<K>,
  frameId?: number,
): Promise<Reply<ContentReplies[K]>> {
  const envelope: Envelope = { channel: 'calmline', to: 'content', type, data };
  try {
    const options = frameId === undefined ? undefined : { frameId };
    return (await browser.tabs.sendMessage(tabId, envelope, options)) as Reply<ContentReplies[K]>;
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error) };
  }
}

type Sender = Browser.runtime.MessageSender;

/** A handler for each message to the background. */
export type BackgroundHandlers = {
  [K in BackgroundMessage]: (data: BackgroundData<K>, sender: Sender) => Promise<BackgroundReplies[K]>;
};

/** A handler for each message to a content script. */
export type ContentHandlers = {
  [K in ContentMessage]: (data: ContentData<K>, sender: Sender) => Promise<ContentReplies[K]>;
};

/** Where a message came from, or null when it is not from this extension at all. */
export function senderOrigin(sender: Sender, extensionId: string, extensionUrl: string): Origin | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab && !(sender.url ?? '').startsWith(extensionUrl)) return 'content';
  return 'page';
}

const describeIssues = (issues: v.BaseIssue<unknown>[]) =>
  issues.map((i) => `${v.getDotPath(i) ?? 'message'}: ${i.message}`).join('; ');

interface Spec {
  data: v.GenericSchema;
  from?: Origin[];
}

/**
 * Adds a runtime message listener for one destination. Each message is checked for
 * its sender and its schema before its handler sees it; replies never throw.
 */
function listen(
  to: Envelope['to'],
  specs: Record<string, Spec>,
  handlers: Record<string, (data: unknown, sender: Sender) => Promise<unknown>>,
): () => void {
  const listener = (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || message.to !== to) return undefined;
    const spec = Object.prototype.hasOwnProperty.call(specs, message.type) ? specs[message.type] : undefined;
    if (!spec) return Promise.resolve({ ok: false, error: `Unknown message: ${message.type}` });
    const origin = senderOrigin(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!origin || (spec.from && !spec.from.includes(origin))) {
      return Promise.resolve({ ok: false, error: 'This message is not accepted from that sender.' });
    }
    const parsed = v.safeParse(spec.data, message.data);
    if (!parsed.success) return Promise.resolve({ ok: false, error: `Invalid message: ${describeIssues(parsed.issues)}` });
    return handlers[message.type]!(parsed.output, sender).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: String((error as Error)?.message ?? error) }),
    );
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Listens for messages to the background. Returns a function that stops listening. */
export function onBackgroundMessage(handlers: BackgroundHandlers): () => void {
  return listen('background', toBackground as unknown as Record<string, Spec>, handlers as never);
}

/** Listens for messages from the background in a content script. */
export function onContentMessage(handlers: ContentHandlers): () => void {
  return listen('content', toContent as unknown as Record<string, Spec>, handlers as never);
}
