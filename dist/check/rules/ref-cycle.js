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
    reads: { records: { Claim: ['derivedFrom'] } },
    messages: { cycle: 'derivedFrom cycle: {{cycle}}' },
    check({ workspace, report }) {
        // Only a claim that derives from another can be on a cycle, so the search starts from those alone.
        const claims = workspace
            .valid('Claim')
            .filter((claim) => workspace.claims.get(claim.id ?? '') === claim && (claim.value.derivedFrom?.length ?? 0) > 0);
        const edges = (claim) => (claim.value.derivedFrom ?? [])
            .map((id) => workspace.claims.get(id))
            .filter((target) => Boolean(target?.valid));
        let order;
        for (const component of cycles(claims, edges)) {
            order ??= new Map(claims.map((claim, i) => [claim, i]));
            const members = component.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
            const first = members[0];
            const path = cyclePath(first, new Set(members), edges);
            report(first, ['derivedFrom'], 'cycle', { cycle: path.map((claim) => claim.id).join(' → ') }, { part: 'key', related: path });
        }
    },
});
/**
 * The strongly connected components that are cycles: more than one node, or one that points to itself.
 * Tarjan's algorithm, iterative and linear; bookkeeping is kept by visit number in plain arrays, since
 * on a large archive nearly every claim is visited.
 */
function cycles(nodes, edges) {
    const visited = new Map();
    const low = [];
    const onStack = [];
    const stack = [];
    const found = [];
    for (const start of nodes) {
        if (visited.has(start))
            continue;
        const work = [];
        const enter = (node) => {
            const visit = visited.size;
            visited.set(node, visit);
            low.push(visit);
            onStack.push(true);
            stack.push(node);
            work.push({ node, visit, next: 0, targets: edges(node) });
        };
        enter(start);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.next < frame.targets.length) {
                const target = frame.targets[frame.next++];
                const seen = visited.get(target);
                if (seen === undefined)
                    enter(target);
                else if (onStack[seen])
                    low[frame.visit] = Math.min(low[frame.visit], seen);
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low[parent.visit] = Math.min(low[parent.visit], low[frame.visit]);
            if (low[frame.visit] !== frame.visit)
                continue;
            const component = [];
            let member;
            do {
                member = stack.pop();
                onStack[visited.get(member)] = false;
                component.push(member);
            } while (member !== frame.node);
            if (component.length > 1 || frame.targets.includes(frame.node))
                found.push(component);
        }
    }
    return found;
}
/** One concrete loop through the component, starting and ending at `first`. */
function cyclePath(first, members, edges) {
    const previous = new Map();
    const queue = [first];
    const seen = new Set([first]);
    for (let next = 0; next < queue.length; next++) {
        const node = queue[next];
        for (const target of edges(node)) {
            if (!members.has(target))
                continue;
            if (target === first) {
                const path = [node];
                for (let step = previous.get(node); step !== undefined; step = previous.get(step))
                    path.push(step);
                return [...path.reverse(), first];
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
