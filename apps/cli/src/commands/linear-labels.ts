// `throughline linear labels --map FILE`: the map's journey as a `Journey: …` label group with one
// label per stage, creating only what is missing, so a second run changes nothing.
import { type JourneyMap, journeyNameOf } from '@throughline/journey-core';
import type { LabelGroup } from '@throughline/linear';
import type { Io } from '../io';
import { limitsFrom } from '../live-read';
import { parseOptions } from '../options';
import { term } from '../render/terminal-text';
import { connectLinearWorkspace, linearFailure } from './linear-connection';
import { readValidMap } from './linear-maps';
import { LinearLabelsOptions } from './linear-options';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface LabelPlan {
  groupName: string;
  /** The group already there, matched by journey name (the map's title or key), case-insensitively. */
  group: LabelGroup | undefined;
  /** Stage names with no label in the group yet, in map order. */
  missing: string[];
  /** Stage names the group already has a label for (by the stage's name or key). */
  present: string[];
}

export function planLabels(map: JourneyMap, groups: readonly LabelGroup[]): LabelPlan {
  const group = groups.find((candidate) => {
    const name = journeyNameOf(candidate.name);
    return name !== null && (same(name, map.title) || same(name, map.key));
  });
  const children = group?.children ?? [];
  const plan: LabelPlan = { groupName: `Journey: ${map.title}`, group, missing: [], present: [] };
  for (const stage of map.stages) {
    const has = children.some(
      (label) => same(label.name, stage.name) || same(label.name, stage.key),
    );
    (has ? plan.present : plan.missing).push(stage.name);
  }
  return plan;
}

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
