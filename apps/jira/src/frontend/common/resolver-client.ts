// The Custom UI's one way to reach the resolvers: the contract's typed door over the Forge bridge.
import { invoke } from '@forge/bridge';
import { createInvoke } from '../../contract/invoke-resolver';

export const callResolver = createInvoke((functionKey, payload) => invoke(functionKey, payload));
