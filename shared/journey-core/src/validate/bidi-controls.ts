// Finds the user text of a map that holds bidi controls, which can make it read other than it is.

import { BIDI_CONTROL } from '../model/clean-text';
import type { Diagnostic } from '../model/diagnostic';
import type { JourneyMap } from '../model/journey-map';

type Path = (string | number)[];

const MESSAGE =
  'the text holds characters that can reorder how it is displayed (bidirectional controls); check that it reads as written';

/**
 * A `bidi-control` warning for every piece of text a person wrote in the map that holds a bidi
 * embedding, override or isolate character (U+202A–U+202E, U+2066–U+2069). They are not removed:
 * right-to-left names can need them, but they can also hide what a text really says.
 */
export function bidiControlWarnings(map: JourneyMap): Diagnostic[] {
  const found: Diagnostic[] = [];
  const check = (text: string | undefined, path: Path) => {
    if (text !== undefined && BIDI_CONTROL.test(text)) {
      found.push({ severity: 'warning', code: 'bidi-control', path, message: MESSAGE });
    }
  };
  check(map.title, ['title']);
  check(map.persona, ['persona']);
  check(map.goal, ['goal']);
  check(map.owner, ['owner']);
  for (const [index, stage] of map.stages.entries()) {
    check(stage.name, ['stages', index, 'name']);
    check(stage.description, ['stages', index, 'description']);
    check(stage.owner, ['stages', index, 'owner']);
  }
  for (const [index, phase] of map.phases.entries()) check(phase.name, ['phases', index, 'name']);
  for (const [index, lane] of map.lanes.entries()) check(lane.name, ['lanes', index, 'name']);
  for (const [index, item] of map.items.entries()) check(item.text, ['items', index, 'text']);
  for (const [index, entry] of map.unplaced.entries()) {
    check(entry.text, ['unplaced', index, 'text']);
    check(entry.detail, ['unplaced', index, 'detail']);
  }
  for (const [index, pain] of map.painPoints.entries()) {
    check(pain.title, ['painPoints', index, 'title']);
    check(pain.description, ['painPoints', index, 'description']);
    for (const [at, line] of pain.evidence.entries()) {
      check(line, ['painPoints', index, 'evidence', at]);
    }
  }
  for (const [index, opportunity] of map.opportunities.entries()) {
    check(opportunity.title, ['opportunities', index, 'title']);
  }
  for (const [index, kpi] of map.kpis.entries()) {
    check(kpi.name, ['kpis', index, 'name']);
    check(kpi.unit, ['kpis', index, 'unit']);
  }
  return found;
}
