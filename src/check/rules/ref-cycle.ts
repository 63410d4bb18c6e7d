import type { LoadedRecord } from '../../model/records.js';
import { defineRule } from '../rule.js';

/**
 * Finds derivedFrom cycles with Tarjan's strongly connected components (iterative, linear time) and
 * reports each cycle once, on its first claim in file order.
 */
export const refCycle = defineRule({
  id: 'ref/cycle',
  severity: 'error',
  summary: 'Claims derive from each other in a loop, so none of them rests on anything.',
  stage: 'validate',
  check({ workspace, report }) {
    // Only a claim that derives from another can be on a cycle, so the search starts from those alone.
    const claims = workspace.valid('Claim').filter((claim) => workspace.claims.get(claim.id ?? '') === claim && (claim.value.derivedFrom?.length ?? 0) > 0);
    const edges = (claim: LoadedRecord<'Claim'>) =>
      (claim.value.derivedFrom ?? []).map((id) => workspace.claims.get(id)).filter((target): target is LoadedRecord<'Claim'> => Boolean(target?.valid));
    for (const component of stronglyConnected(claims, edges)) {
      const selfLoop = component.length === 1 && edges(component[0]!).includes(component[0]!);
      if (component.length < 2 && !selfLoop) continue;
      const order = new Map(claims.map((claim, i) => [claim, i]));
      const members = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const first = members[0]!;
      const path = cyclePath(first, new Set(members), edges);
      report({
        record: first,
        message: `derivedFrom cycle: ${path.map((claim) => claim.id).join(' → ')}`,
        place: { file: first.file, docIndex: first.docIndex, pointer: '/derivedFrom', part: 'key' },
      });
    }
  },
});

function stronglyConnected<T extends object>(nodes: readonly T[], edges: (node: T) => T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const components: T[][] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: T; next: number; targets: T[] }[] = [];
    const enter = (node: T) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, targets: edges(node) });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.targets.length) {
        const target = frame.targets[frame.next++]!;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: T[] = [];
        let member: T;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** One concrete loop through the component, starting and ending at `first`. */
function cyclePath<T extends object>(first: T, members: Set<T>, edges: (node: T) => T[]): T[] {
  const previous = new Map<T, T>();
  const queue: T[] = [first];
  const seen = new Set<T>([first]);
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of edges(node)) {
      if (!members.has(target)) continue;
      if (target === first) {
        const path = [node];
        for (let step = previous.get(node); step !== undefined; step = previous.get(step)) path.unshift(step);
        return [...path, first];
      }
      if (!seen.has(target)) {
        seen.add(target);
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [first, first];
}
