// The `inJourneyStage("Journey", "Stage")` JQL function: names resolved to ids through the stored maps, answered
// with a JQL fragment over the indexed `throughline-links` property. Jira caches the fragment (precomputation),
// and it stays right as issues are linked and unlinked; a list of issue ids would go stale at the next link.
import { z } from 'zod';
import { inStageJql, notInStageJql } from '../../client/stage-jql';
import type { MapPointer, MapStore } from '../storage/map-store';

/** What Jira passes the function (the `jira:jqlFunction` handler's `args`). */
export const JqlFunctionCall = z.looseObject({
  clause: z.looseObject({
    field: z.string().optional(),
    operator: z.string(),
    arguments: z.array(z.string()),
  }),
});

/** The handler's answer: a fragment that replaces the clause, or an error Jira shows the user. */
export type JqlFunctionResult = { jql: string } | { error: string };

const fold = (text: string) => text.trim().toLocaleLowerCase('en');

function findJourney(pointers: readonly MapPointer[], name: string): MapPointer[] {
  const wanted = fold(name);
  const exact = pointers.filter((pointer) => pointer.mapId === name.trim());
  if (exact.length > 0) return exact;
  return pointers.filter((pointer) => fold(pointer.title) === wanted || pointer.key === wanted);
}

export async function inJourneyStage(
  args: unknown,
  maps: Pick<MapStore, 'list' | 'load'>,
): Promise<JqlFunctionResult> {
  const call = JqlFunctionCall.safeParse(args);
  if (!call.success) return { error: 'inJourneyStage was called without its clause' };
  const { operator, arguments: values } = call.data.clause;
  if (operator !== 'in' && operator !== 'not in') {
    return { error: `inJourneyStage works with "in" and "not in", not "${operator}"` };
  }
  const [journeyName, stageName] = values;
  if (journeyName === undefined || stageName === undefined || values.length !== 2) {
    return {
      error:
        'inJourneyStage takes two arguments: the journey and the stage, e.g. inJourneyStage("Checkout", "Pay")',
    };
  }
  const journeys = findJourney(await maps.list(), journeyName);
  if (journeys.length === 0) return { error: `No journey is called "${journeyName}"` };
  if (journeys.length > 1) {
    return {
      error: `Several journeys are called "${journeyName}"; use the journey's key or id instead`,
    };
  }
  const [pointer] = journeys;
  const stored = pointer && (await maps.load(pointer.mapId));
  if (!stored) return { error: `No journey is called "${journeyName}"` };
  const wanted = fold(stageName);
  const stages = stored.map.stages.filter(
    (stage) => stage.id === stageName.trim() || fold(stage.name) === wanted || stage.key === wanted,
  );
  if (stages.length === 0) {
    return { error: `The journey "${stored.map.title}" has no stage called "${stageName}"` };
  }
  if (stages.length > 1) {
    return {
      error: `Several stages of "${stored.map.title}" are called "${stageName}"; use the stage's key`,
    };
  }
  const [stage] = stages;
  if (!stage)
    return { error: `The journey "${stored.map.title}" has no stage called "${stageName}"` };
  return {
    jql:
      operator === 'in'
        ? inStageJql(stored.map.id, stage.id)
        : notInStageJql(stored.map.id, stage.id),
  };
}
