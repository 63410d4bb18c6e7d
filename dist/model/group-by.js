/**
 * Items grouped by key, the groups and their items in first-seen order (Map.groupBy arrives with
 * Node 21). Appends in place: copying a group to add each item is quadratic in the group's size.
 */
export function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return groups;
}
