// `throughline linear labels --map FILE`: the map's journey as a `Journey: …` label group with one
// label per stage, creating only what is missing (the adapter's plan), so a second run changes nothing.
import { planLabels } from '@throughline/linear';
import type { Io } from '../io';
import { limitsFrom } from '../live-read';
import { parseOptions } from '../options';
import { term } from '../render/terminal-text';
import { readValidMap } from '../valid-map';
import { connectLinearWorkspace, linearFailure } from './linear-connection';
import { LinearLabelsOptions } from './linear-options';

export async function linearLabels(io: Io, rawOptions: unknown): Promise<void> {
  const options = parseOptions(LinearLabelsOptions, rawOptions);
  const map = await readValidMap(io, options.map);
  try {
    const client = connectLinearWorkspace(io, { limits: limitsFrom(options) });
    const plan = planLabels(map, await client.listLabelGroups());
    const group = plan.group ?? (await client.createLabelGroup(plan.groupName));
    io.out(
      plan.group === undefined
        ? term`created label group "${group.name}"\n`
        : term`label group "${group.name}" was already there\n`,
    );
    for (const name of plan.missing) {
      await client.createLabel(group.id, name);
      io.out(term`  created stage label "${name}"\n`);
    }
    for (const name of plan.present) io.out(term`  stage label "${name}" was already there\n`);
    const created = plan.missing.length + (plan.group === undefined ? 1 : 0);
    const present = plan.present.length + (plan.group === undefined ? 0 : 1);
    io.out(`labels: ${created} created, ${present} already there\n`);
  } catch (error) {
    throw linearFailure(error);
  }
}
