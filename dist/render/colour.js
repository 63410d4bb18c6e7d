import { Chalk } from 'chalk';
/**
 * Colour is decided here and nowhere else: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR
 * turns it on (0 or false: off; 1, 2, 3: that level), otherwise only a terminal that is not "dumb" gets it.
 */
export function colourLevel(io) {
    const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
    if (NO_COLOR !== undefined && NO_COLOR !== '')
        return 0;
    if (FORCE_COLOR !== undefined) {
        if (FORCE_COLOR === '0' || FORCE_COLOR === 'false')
            return 0;
        const level = Number(FORCE_COLOR);
        return level === 2 || level === 3 ? level : 1;
    }
    return io.stdoutIsTTY && TERM !== 'dumb' ? 1 : 0;
}
export function chalkFor(io) {
    return new Chalk({ level: colourLevel(io) });
}
/** A severity padded to one width, coloured by how bad it is. */
export function severityLabel(chalk, severity) {
    if (severity === 'error')
        return chalk.red('error  ');
    if (severity === 'warning')
        return chalk.yellow('warning');
    return chalk.blue('info   ');
}
