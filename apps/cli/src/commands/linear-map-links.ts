// `linear portfolio --link-maps URL`: creates the links the adapter planned, and says what it did.
import type { LinearClient, MapLinkPlan } from '@throughline/linear';
import type { Io } from '../io';
import { term } from '../render/terminal-text';

/** Creates the planned links one by one, then says on stderr what was created and what was there. */
export async function applyMapLinks(
  io: Io,
  client: LinearClient,
  plan: MapLinkPlan,
): Promise<void> {
  for (const link of plan.create) {
    await client.createExternalLink(link.projectId, link.url, link.label);
    io.err(term`linked project ${link.projectName} to ${link.url}\n`);
  }
  const created = plan.create.length;
  io.err(`map links: ${created} created, ${plan.present.length} already there\n`);
}
