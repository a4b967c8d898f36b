// What the test host puts into a Custom UI page before it loads, shared by the bridge double and the test.

export type ColorMode = 'light' | 'dark';

/** The Forge context of a page as the test sets it (what `view.getContext` shows the UI). */
export interface PageContext {
  accountId: string;
  moduleKey: string;
  issue?: { id: string; key: string };
  project?: { id: string; key: string };
}

export interface BridgeHost {
  context: PageContext;
  colorMode: ColorMode;
}

export interface BridgeWindow {
  __throughlineHost?: BridgeHost;
  /** Exposed by the test (playwright `exposeFunction`): the real resolvers in Node, JSON in and out. */
  __throughlineInvoke?: (functionKey: string, payloadJson: string) => Promise<string>;
  /** Every URL the UI asked the router to open, in order. */
  __throughlineOpened?: string[];
}
