// The one HTTP layer under every platform client.
export {};
