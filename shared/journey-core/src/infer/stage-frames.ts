// Frames on a journey board: side-by-side frames that each hold a stage, the frame around the
// whole grid, and small frames inside a stage frame that only group some of its stickies.
// Inclusion is by box, never by parent: a sticky on a frame belongs to it.
import type { Box } from './board-item';
import { bottomOf, boundingBox, centreXOf, centreYOf, holdsPoint, rightOf } from './box-edges';
import { type Band, byId, type Placed, rowBands } from './candidate-bands';
import { type HeaderRow, headerColumns, pairsOff } from './frame-columns';
import { lowerBound } from './numeric-order';
import { countInRectangles, indexPoints, type Point, type PointIndex } from './range-count';

/** A frame; `title` is its title as a name, possibly empty. */
export interface Frame extends Placed {
  title: string;
}

const centreOf = (item: Placed): Point => ({ x: centreXOf(item.box), y: centreYOf(item.box) });
const rectangleOf = (box: Box) => ({
  left: box.left,
  top: box.top,
  right: rightOf(box),
  bottom: bottomOf(box),
});
const areaOf = (item: Placed) => item.box.width * item.box.height;

/** Larger first; equal boxes by id, so that of two frames only one can lie in the other. */
const largerFirst = (a: Placed, b: Placed) => areaOf(b) - areaOf(a) || byId(a, b);

/**
 * The frame each frame lies in: the smallest larger frame holding its centre. One range count
 * finds the frames that hold another's centre (few: grid frames, stage frames with groups in
 * them); each of those looks only at the frames centred within its width, found by binary search.
 * Stickies never enter this.
 */
function parentsOf(frames: readonly Frame[]): Map<string, Frame> {
  const held = countInRectangles(
    indexPoints(frames.map(centreOf)),
    frames.map((frame) => rectangleOf(frame.box)),
  );
  // Every frame holds its own centre.
  const holders = frames.filter((_, index) => (held[index] ?? 0) > 1).sort(largerFirst);
  const byX = [...frames].sort((a, b) => centreXOf(a.box) - centreXOf(b.box));
  const xs = Float64Array.from(byX, (frame) => centreXOf(frame.box));
  const parents = new Map<string, Frame>();
  // Larger holders first, so that the smallest one holding a frame is the one kept.
  for (const holder of holders) {
    const end = lowerBound(xs, rightOf(holder.box), true);
    for (let index = lowerBound(xs, holder.box.left, false); index < end; index++) {
      const frame = byX[index];
      if (!frame || largerFirst(holder, frame) >= 0) continue;
      const y = centreYOf(frame.box);
      if (y >= holder.box.top && y <= bottomOf(holder.box)) parents.set(frame.id, holder);
    }
  }
  return parents;
}

/**
 * Whether two of a row band's frames stand side by side: neither reaches past the other's middle.
 * Members come left to right by centre, so the frames centred left of one's left edge come first.
 */
function hasSideBySide(band: Band<Frame>): boolean {
  const centres = Float64Array.from(band.members, (frame) => centreXOf(frame.box));
  const leastRight: number[] = [];
  for (const frame of band.members)
    leastRight.push(Math.min(leastRight.at(-1) ?? Number.POSITIVE_INFINITY, rightOf(frame.box)));
  return band.members.some((frame, index) => {
    const before = lowerBound(centres, frame.box.left, true);
    return (
      before > 0 && (leastRight[before - 1] ?? Number.POSITIVE_INFINITY) <= (centres[index] ?? 0)
    );
  });
}

/** How a frame takes part in the grid; see `findStageFrames`. */
type Role = 'grid' | 'stage' | 'group' | 'loose';

/**
 * The frames that stand for stages, left to right. Frames are read from the outside in, each
 * after its parent (the smallest larger frame holding its centre):
 * - a grid frame holds a lane label, two stage headers, or a row of side-by-side frames; in a grid
 *   frame, a frame is a stage, never a grid of its own by its row;
 * - a frame in a stage frame, or deeper, only groups stickies: it is no stage, and its stickies
 *   belong to the stage frame around it by box;
 * - a frame in no grid frame may be a stage when it is the outermost such frame (or lies in a
 *   frame that merely wraps a grid frame); a frame around a grid frame only wraps it.
 * Of the rows of possible stages, the one holding the most sticky centres wins; empty frames in it
 * are stages too. With two or more stage headers, only a row whose frames pair off with them as
 * their columns may win (see `headerColumns`): otherwise the frames only group stickies.
 */
export function findStageFrames(
  frames: readonly Frame[],
  stickies: PointIndex,
  headers: HeaderRow,
): Frame[] {
  const areas = frames.filter((frame) => frame.box.width > 0 && frame.box.height > 0);
  const rectangles = areas.map((frame) => rectangleOf(frame.box));
  const labelsInside = countInRectangles(indexPoints(headers.laneLabels.map(centreOf)), rectangles);
  const headersInside = countInRectangles(
    indexPoints(headers.stageHeaders.map(centreOf)),
    rectangles,
  );
  const stickiesInside = countInRectangles(stickies, rectangles);
  const holdsGrid = new Set<string>();
  const stickyCount = new Map<string, number>();
  areas.forEach((frame, index) => {
    stickyCount.set(frame.id, stickiesInside[index] ?? 0);
    if ((labelsInside[index] ?? 0) > 0 || (headersInside[index] ?? 0) >= 2) holdsGrid.add(frame.id);
  });

  const parents = parentsOf(areas);
  const children = new Map<string, Frame[]>();
  for (const frame of areas) {
    const parent = parents.get(frame.id);
    if (!parent) continue;
    const siblings = children.get(parent.id);
    if (siblings) siblings.push(frame);
    else children.set(parent.id, [frame]);
  }
  const holdsRow = (frame: Frame) =>
    rowBands(children.get(frame.id) ?? []).some((band) => hasSideBySide(band));

  const roles = new Map<string, Role>();
  // Larger first: every frame's parent has its role before the frame.
  for (const frame of [...areas].sort(largerFirst)) {
    const parent = parents.get(frame.id);
    const around = parent && roles.get(parent.id);
    let role: Role;
    if (around === 'stage' || around === 'group') role = 'group';
    else if (holdsGrid.has(frame.id) || (around !== 'grid' && holdsRow(frame))) role = 'grid';
    else role = around === 'grid' ? 'stage' : 'loose';
    roles.set(frame.id, role);
  }
  // Loose frames around a grid frame only wrap it; each is marked once.
  const wrappers = new Set<string>();
  for (const frame of areas) {
    if (roles.get(frame.id) !== 'grid') continue;
    for (let up = parents.get(frame.id); up; up = parents.get(up.id)) {
      if (roles.get(up.id) !== 'loose' || wrappers.has(up.id)) break;
      wrappers.add(up.id);
    }
  }
  const possible = areas.filter((frame) => {
    const role = roles.get(frame.id);
    if (role === 'stage') return true;
    if (role !== 'loose' || wrappers.has(frame.id)) return false;
    const parent = parents.get(frame.id);
    return parent === undefined || wrappers.has(parent.id);
  });

  // Beside a header row, only a row of frames that are its columns stands for the stages.
  const columns =
    headers.stageHeaders.length >= 2 ? headerColumns(possible, headers, stickies) : undefined;
  let best: { members: Frame[]; stickies: number } | undefined;
  for (const band of rowBands(possible)) {
    if (columns && !pairsOff(band.members, columns, headers.stageHeaders.length)) continue;
    const count = band.members.reduce(
      (total, frame) => total + (stickyCount.get(frame.id) ?? 0),
      0,
    );
    if (count > 0 && (!best || count > best.stickies))
      best = { members: band.members, stickies: count };
  }
  return best?.members ?? [];
}

/**
 * The smallest frame that holds the centre of every item given and is larger than each of them:
 * a frame grouping stickies inside a stage frame may hold that frame's centre, but it is not
 * around it.
 */
export function findGridFrame(
  frames: readonly Frame[],
  held: readonly Placed[],
): Frame | undefined {
  const extent = boundingBox(
    held.map((item) => ({
      left: centreXOf(item.box),
      top: centreYOf(item.box),
      width: 0,
      height: 0,
    })),
  );
  if (!extent) return undefined;
  const largestHeld = held.reduce((largest, item) => Math.max(largest, areaOf(item)), 0);
  let smallest: Frame | undefined;
  for (const frame of frames) {
    const area = areaOf(frame);
    const holds =
      area > largestHeld &&
      holdsPoint(frame.box, extent.left, extent.top) &&
      holdsPoint(frame.box, rightOf(extent), bottomOf(extent));
    if (holds && (!smallest || area < areaOf(smallest))) smallest = frame;
  }
  return smallest;
}
