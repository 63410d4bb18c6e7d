/** Bounds that keep one hostile file from costing more than a moment (see SECURITY.md). */
export const LIMITS = {
    /** Largest record file read, checked with fstat before reading. */
    maxRecordFileBytes: 1024 * 1024,
    /** Deepest indentation accepted, in columns; the YAML parser recurses on dedent. */
    maxIndent: 128,
    /** Most compact `- ` / `? ` indicators on one line. */
    maxCompactIndicators: 64,
    /** Deepest nesting of mappings and sequences in a record. */
    maxDepth: 64,
    /** Most YAML nodes in one file. */
    maxNodes: 100_000,
    /** Longest scalar, in characters. */
    maxScalarChars: 64 * 1024,
    /** Most documents (records) in one file. */
    maxDocuments: 10_000,
};
