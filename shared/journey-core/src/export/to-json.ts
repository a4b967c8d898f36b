// A map as JSON: exactly the stored form, so an export can be imported again unchanged.
import { serializeMap } from '../migrate/parse-map';
import type { JourneyMap } from '../model/journey-map';

export function toJson(map: JourneyMap): string {
  return serializeMap(map);
}
