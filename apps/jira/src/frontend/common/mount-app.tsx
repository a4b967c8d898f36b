// Starts a Custom UI resource: Jira's theme (light or dark, through the bridge), the Atlaskit reset, React.
import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export function mountApp(app: ReactNode): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  // Jira applies its colour mode to the frame once theming is enabled; the UI works without it.
  void view.theme.enable().catch(() => undefined);
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
