// The UI tests' stand-in for Jira's theming of a Custom UI frame: Atlaskit's own theme loader, served by
// the test server (jira-ui-server.ts) from the Jira app's @atlaskit/tokens.
declare module 'virtual:throughline-host-theme' {
  export function setGlobalTheme(state: {
    colorMode: 'light' | 'dark';
    light?: 'light';
    dark?: 'dark';
    spacing?: 'spacing';
    typography?: 'typography';
    shape?: 'shape';
  }): Promise<unknown>;
}
