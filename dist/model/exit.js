/** Exit codes, the same for every command (DESIGN §3). */
export const ExitCode = {
    /** Nothing at or above the failing severity. */
    Ok: 0,
    /** Findings at or above the failing severity. */
    Findings: 1,
    /** Bad flag, unreadable or invalid config, no files matched. */
    Usage: 2,
    /** A bug in claims itself. */
    Internal: 3,
};
/** A mistake in how claims was called or configured: one line on stderr, exit 2. */
export class UsageError extends Error {
    details;
    hint;
    constructor(message, 
    /** Extra lines shown under the message, e.g. every problem in the config file. */
    details = [], hint = 'Run `claims --help` for usage.') {
        super(message);
        this.details = details;
        this.hint = hint;
        this.name = 'UsageError';
    }
}
