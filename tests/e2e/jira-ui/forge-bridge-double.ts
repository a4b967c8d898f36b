// Stands in for @forge/bridge in the UI tests (a vite alias): `invoke` goes to the real resolvers in the
// test's Node process, `view` answers with the context the test set, and theming applies Atlaskit's theme
// to the page's <html> (data-color-mode, token CSS) as Jira does for a Custom UI frame.
import { setGlobalTheme } from 'virtual:throughline-host-theme';
import type { BridgeHost, BridgeWindow } from './bridge-host';

const host = window as Window & BridgeWindow;

function hostState(): BridgeHost {
  const state = host.__throughlineHost;
  if (!state) throw new Error('the test did not set up the Forge host for this page');
  return state;
}

export async function invoke(
  functionKey: string,
  payload?: Record<string, unknown>,
): Promise<unknown> {
  const forward = host.__throughlineInvoke;
  if (!forward) throw new Error('the test did not expose the resolvers to this page');
  return JSON.parse(await forward(functionKey, JSON.stringify(payload ?? {})));
}

export const view = {
  getContext: async () => hostState().context,
  theme: {
    enable: async () => {
      await setGlobalTheme({
        colorMode: hostState().colorMode,
        light: 'light',
        dark: 'dark',
        spacing: 'spacing',
        typography: 'typography',
        shape: 'shape',
      });
    },
  },
};

function remember(location: string | { target: string }): Promise<void> {
  host.__throughlineOpened ??= [];
  host.__throughlineOpened.push(typeof location === 'string' ? location : location.target);
  return Promise.resolve();
}

export const router = { open: remember, navigate: remember, reload: () => Promise.resolve() };
