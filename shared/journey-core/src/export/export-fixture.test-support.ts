// A map whose every piece of user text is hostile: what the exporters must keep as plain text.
import { JourneyMap } from '../model/journey-map';
import { hostileTexts } from '../model/map-arbitraries.test-support';

const sticky = (itemId: string) => ({ provider: 'miro' as const, boardId: 'board-1', itemId });

/** One item per hostile text, spread over a 2 × 2 grid whose names are hostile too. */
export function hostileMap(): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'map-hostile',
    key: 'hostile',
    title: '<script>alert("title")</script> | =1+1',
    persona: '<img src=x onerror=alert(1)>',
    goal: '=HYPERLINK("http://evil")\nsecond line',
    stages: [
      { id: 's1', key: 'discover', name: '| Discover <b>' },
      { id: 's2', key: 'pay', name: '=Pay', removedAtSource: true },
    ],
    lanes: [
      { id: 'l1', key: 'doing', name: '@Doing', kind: 'actions' },
      { id: 'l2', key: 'feeling', name: '-Feeling', kind: 'emotions' },
    ],
    items: hostileTexts.map((text, index) => ({
      id: `i${index}`,
      stageId: index % 2 === 0 ? 's1' : 's2',
      laneId: index % 4 < 2 ? 'l1' : 'l2',
      text,
      ...(index % 4 < 2 ? {} : { emotion: -0.5 }),
      source: sticky(`=sticky-${index}`),
      ...(index === 0 ? { edited: ['text', 'cell'], removedAtSource: true } : {}),
    })),
    unplaced: [
      {
        source: sticky('parked'),
        text: '<script>x</script>',
        reason: 'outside-grid',
        detail: '| -1',
      },
    ],
    painPoints: [
      { id: 'p1', key: 'p', title: '<img onerror=x>', stageId: 's1', severity: 2, reach: 0.25 },
    ],
    opportunities: [
      {
        id: 'o1',
        key: 'o',
        title: '[click](javascript:alert(1))',
        stageId: 's2',
        reach: 0.5,
        impact: 2,
        confidence: 0.5,
        effort: 1,
      },
    ],
    kpis: [
      {
        id: 'k1',
        key: 'k',
        name: '+NPS',
        unit: '<u>',
        direction: 'increase',
        target: 40,
        current: 12,
      },
    ],
  });
}
