/**
 * Watches every context of the browser through CDP, from its first instruction: a browser-level
 * session auto-attaches to each new target (worker, popup, tab, frame) with the target paused
 * until the recorder has enabled its domains. It records network requests, console errors and
 * uncaught exceptions, and counts the injections of the content script into the tabs.
 */
import type { Browser, CDPSession } from 'puppeteer-core';

export type Context = 'worker' | 'popup' | 'extension page' | 'tab';

export interface Request {
  context: Context;
  url: string;
  /** Where the request came from, as CDP reports it (parser, script, other). */
  initiator: string;
  /** The script or document that asked for it, when CDP says. */
  by: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class Recorder {
  readonly requests: Request[] = [];
  readonly errors: string[] = [];
  /** Content-script injections seen in the tabs (one parse of content.js each). */
  injections = 0;
  private readonly sessions = new Map<string, string>(); // targetId -> our session id
  /** Per tab session: ids of the execution contexts this extension's content script runs in. */
  private readonly isolated = new Map<string, Set<number>>();

  private constructor(
    private readonly root: CDPSession,
    private readonly extensionId: string,
  ) {}

  static async start(browser: Browser, extensionId: string): Promise<Recorder> {
    const root = await browser.target().createCDPSession();
    const r = new Recorder(root, extensionId);
    root.on('Target.attachedToTarget', (ev) => void r.attached(ev as { sessionId: string; targetInfo: TargetInfo; waitingForDebugger: boolean }));
    await root.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    return r;
  }

  /** The kind of context a target is, or null for the browser's own UI and anything unrelated. */
  private contextOf(t: TargetInfo): Context | null {
    const own = t.url.startsWith(`chrome-extension://${this.extensionId}/`);
    if (t.type === 'service_worker') return own ? 'worker' : null;
    if (own) return t.url.includes('/popup.html') ? 'popup' : 'extension page';
    if (t.type === 'page' || t.type === 'iframe') return 'tab';
    // The popup is created before its URL is known to CDP ("other", empty URL): watch it too.
    if (t.type === 'other' && !t.url) return 'popup';
    return null;
  }

  private async attached(ev: { sessionId: string; targetInfo: TargetInfo; waitingForDebugger: boolean }): Promise<void> {
    const { sessionId, targetInfo } = ev;
    const session = this.root.connection()!.session(sessionId);
    const context = this.contextOf(targetInfo);
    if (!session) return;
    if (context) {
      this.sessions.set(targetInfo.targetId, sessionId);
      this.watch(session, context, targetInfo);
      const enable: Promise<unknown>[] = [session.send('Network.enable'), session.send('Runtime.enable'), session.send('Log.enable')];
      if (context === 'tab') enable.push(session.send('Debugger.enable'));
      await Promise.all(enable.map((p) => p.catch(() => undefined)));
    }
    if (ev.waitingForDebugger) await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  }

  private watch(session: CDPSession, context: Context, t: TargetInfo): void {
    const where = `${context} ${t.url || '(new)'}`;
    const ours = new Set<number>();
    this.isolated.set(t.targetId, ours);
    // In a tab, only the content script's errors are ours; the page's own are not Lede's.
    const counts = (contextId: number | undefined) => context !== 'tab' || (contextId !== undefined && ours.has(contextId));
    session.on('Network.requestWillBeSent', (e) => {
      const frames = [e.initiator.stack, e.initiator.stack?.parent].flatMap((s) => s?.callFrames ?? []);
      const by = frames.find((f) => f.url)?.url ?? e.initiator.url ?? '';
      this.requests.push({ context, url: e.request.url, initiator: e.initiator.type, by });
    });
    session.on('Network.webSocketCreated', (e) => {
      const by = e.initiator?.stack?.callFrames.find((f) => f.url)?.url ?? e.initiator?.url ?? '';
      this.requests.push({ context, url: e.url, initiator: 'websocket', by });
    });
    session.on('Runtime.executionContextCreated', (e) => {
      if (e.context.origin === `chrome-extension://${this.extensionId}` || e.context.name === 'Lede') ours.add(e.context.id);
    });
    session.on('Runtime.consoleAPICalled', (e) => {
      if ((e.type === 'error' || e.type === 'assert') && counts(e.executionContextId)) {
        this.errors.push(`${where}: console.${e.type} ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
      }
    });
    session.on('Runtime.exceptionThrown', (e) => {
      if (counts(e.exceptionDetails.executionContextId)) this.errors.push(`${where}: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`);
    });
    session.on('Log.entryAdded', (e) => {
      if (e.entry.level === 'error' && context !== 'tab') this.errors.push(`${where}: ${e.entry.source} ${e.entry.text}`);
    });
    session.on('Debugger.scriptParsed', (e) => {
      if (e.url === `chrome-extension://${this.extensionId}/content.js`) this.injections++;
    });
  }

  /** Lets go of a target (a service worker only stops once no debugger holds it). */
  async release(targetId: string): Promise<void> {
    const sessionId = this.sessions.get(targetId);
    if (sessionId) await this.root.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    this.sessions.delete(targetId);
  }

  /**
   * Requests made by the extension that went anywhere but its own files: any from the worker or
   * its pages, and any a script of the extension (the content script) started in a tab. A tab's
   * own loads (the page, its favicon, chrome:// resources of chrome://version) are the page's.
   */
  outside(): Request[] {
    const own = `chrome-extension://${this.extensionId}/`;
    return this.requests.filter((r) => !r.url.startsWith(own) && (r.context !== 'tab' || r.by.startsWith(own)));
  }
}
