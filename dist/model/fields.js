export function fieldTree(paths) {
    const tree = new Map();
    for (const path of paths) {
        const segments = path.replace(/\[\]/g, '.[]').split('.');
        let node = tree;
        for (const [index, segment] of segments.entries()) {
            const existing = node.get(segment);
            if (existing === true)
                break;
            if (index === segments.length - 1) {
                node.set(segment, true);
                break;
            }
            const child = existing ?? new Map();
            node.set(segment, child);
            node = child;
        }
    }
    return tree;
}
/** Per kind, the union of several declarations. */
export function mergeFields(declarations) {
    const merged = {};
    for (const declaration of declarations) {
        for (const [kind, paths] of Object.entries(declaration)) {
            merged[kind] = [...new Set([...(merged[kind] ?? []), ...paths])].sort();
        }
    }
    return merged;
}
/** A copy of `value` holding only what `tree` names; values of another shape than the tree expects are kept whole. */
export function project(value, tree) {
    if (Array.isArray(value)) {
        const items = tree.get('[]');
        if (items === undefined)
            return value;
        return items === true ? value : value.map((item) => project(item, items));
    }
    if (typeof value !== 'object' || value === null)
        return value;
    const fields = value;
    const view = {};
    for (const [key, child] of tree) {
        if (key === '[]' || !Object.hasOwn(fields, key))
            continue;
        view[key] = child === true ? fields[key] : project(fields[key], child);
    }
    return view;
}
