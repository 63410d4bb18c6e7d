/**
 * Graph-language node ids from record keys (`claim:id`, `source:id`, `group:id`): a kind prefix and the
 * id with everything but ASCII letters and digits turned into `_`, numbered when two keys would collide.
 */
export function nodeIds(keys) {
    const ids = new Map();
    const taken = new Set();
    for (const key of keys) {
        if (ids.has(key))
            continue;
        const [kind = '', ...rest] = key.split(':');
        const base = `${kind.charAt(0) || 'n'}_${rest.join(':').replace(/[^A-Za-z0-9]/g, '_') || 'none'}`;
        let id = base;
        for (let n = 2; taken.has(id); n++)
            id = `${base}_${n}`;
        taken.add(id);
        ids.set(key, id);
    }
    return ids;
}
