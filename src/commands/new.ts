import type { Command } from 'commander';
import type { Io } from '../model/io.js';
import { defineNewClaimCommand } from './new-claim.js';
import { defineNewEvidenceCommand } from './new-evidence.js';
import { defineNewSourceCommand } from './new-source.js';
import { registerNewStory } from './new-story.js';

/**
 * `claims new story|source|evidence|claim`: from a story text to checked records. Each subcommand writes
 * one record, schema-checked and with its references resolved, appended to the story's folder.
 */
export function defineNewCommand(command: Command, io: Io, setExit: (code: number) => void): Command {
  registerNewStory(command, io, setExit);
  defineNewSourceCommand(command, io, setExit);
  defineNewEvidenceCommand(command, io, setExit);
  defineNewClaimCommand(command, io, setExit);
  return command;
}
