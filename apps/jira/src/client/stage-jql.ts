// JQL that finds the issues on one stage of one map (or not on it), over the indexed links property.
import { jqlString } from './jql-string';
import { LINKS_PROPERTY_KEY, stageRef } from './links-property';

const PROPERTY = `issue.property[${LINKS_PROPERTY_KEY}]`;

/**
 * Issues linked to the stage. `stageRefs` pairs map and stage; values written before it existed
 * have none, and for them the old `mapIds AND stageIds` test still answers, which also matches an
 * issue on the map's other stage plus another map's stage of the same id, until its next write.
 */
export function inStageJql(mapId: string, stageId: string): string {
  const ref = jqlString(stageRef(mapId, stageId));
  return `(${PROPERTY}.stageRefs = ${ref} OR (${PROPERTY}.stageRefs IS EMPTY AND ${mapAndStageIds('=', mapId, stageId, 'AND')}))`;
}

/**
 * Issues not linked to the stage, those without links included. JQL's `!=` and `NOT` skip empty
 * values, so each case is spelled out: new values, old values, no property at all.
 */
export function notInStageJql(mapId: string, stageId: string): string {
  const ref = jqlString(stageRef(mapId, stageId));
  return `(${PROPERTY}.stageRefs != ${ref} OR (${PROPERTY}.stageRefs IS EMPTY AND (${mapAndStageIds('!=', mapId, stageId, 'OR')})) OR ${PROPERTY}.mapIds IS EMPTY)`;
}

// What values written before `stageRefs` can be asked: map and stage each on their own.
function mapAndStageIds(
  operator: '=' | '!=',
  mapId: string,
  stageId: string,
  join: 'AND' | 'OR',
): string {
  return `${PROPERTY}.mapIds ${operator} ${jqlString(mapId)} ${join} ${PROPERTY}.stageIds ${operator} ${jqlString(stageId)}`;
}
