// Stands in for Atlaskit's feature-gate client (Statsig, about 70 KB minified) in the Custom UI bundles.
// A Forge app's frame never initialises Atlassian's gates, and an uninitialised client answers false to
// every gate: this answers the same without shipping the client.
const FeatureGates = {
  checkGate(_gate: string): boolean {
    return false;
  },
};

export default FeatureGates;
