import { defineNewClaimCommand } from './new-claim.js';
import { defineNewEvidenceCommand } from './new-evidence.js';
import { defineNewSourceCommand } from './new-source.js';
import { registerNewStory } from './new-story.js';
/**
 * `claims new story|source|evidence|claim`: from a story text to checked records. Each subcommand writes
 * one record, schema-checked and with its references resolved, appended to the story's folder.
 */
export function defineNewCommand(command, io, setExit) {
    registerNewStory(command, io, setExit);
    defineNewSourceCommand(command, io, setExit);
    defineNewEvidenceCommand(command, io, setExit);
    defineNewClaimCommand(command, io, setExit);
    return command;
}
