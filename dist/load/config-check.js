import { didYouMean } from '../model/suggest.js';
import { describeSchemaErrors } from './schema/messages.js';
import { validateAgainst } from './schema/schemas.js';
import { invalidConfig } from './config-errors.js';
import { decodeUtf8 } from './decode.js';
import { joinPointer } from '../model/pointer.js';
import { YamlLocator } from './locate.js';
import { parseYamlText } from './parse-yaml.js';
import { CONFIG_FILE } from './root.js';
import { TextIndex } from './text-index.js';
/** Parses and checks the config file's bytes; throws a usage error listing every problem with its position. */
export function checkConfig(bytes, catalogue) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok)
        throw invalidConfig([`${CONFIG_FILE}:${decoded.problem.start.line}:${decoded.problem.start.column} ${decoded.problem.message}`]);
    const index = new TextIndex(decoded.text);
    const at = (offset) => {
        const position = index.positionAt(offset);
        return `${CONFIG_FILE}:${position.line}:${position.column}`;
    };
    const parsed = parseYamlText(decoded.text);
    if (parsed.problems.length > 0) {
        throw invalidConfig(parsed.problems.map((problem) => `${at(problem.start)} ${problem.message}${problem.firstAt === undefined ? '' : ` (first defined at ${at(problem.firstAt).slice(CONFIG_FILE.length + 1)})`}`));
    }
    if (parsed.documents.length > 1)
        throw invalidConfig([`${at(parsed.documents[1]?.start ?? 0)} the config file must hold one document`]);
    const value = parsed.documents[0]?.value ?? {};
    const problems = describeSchemaErrors(validateAgainst('config', value)).map((problem) => 
    // The schema messages call the whole value "record"; here it is the config file.
    problem.pointer === '' ? { ...problem, message: problem.message.replace(/^record /, 'the config file ') } : problem);
    const rules = value.rules;
    // Checked even when other settings are wrong, so one run shows every problem.
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
        const reported = new Set(problems.map((problem) => `${problem.part}:${problem.pointer}`));
        for (const id of Object.keys(rules)) {
            const pointer = joinPointer(['rules', id]);
            if (reported.has(`key:${pointer}`))
                continue;
            if (!catalogue.ids.includes(id))
                problems.push({ pointer, part: 'key', message: `unknown rule "${id}"${didYouMean(id, catalogue.ids)}` });
            else if (!catalogue.isConfigurable(id))
                problems.push({ pointer, part: 'key', message: `rule "${id}" cannot be reconfigured: later checks depend on it` });
        }
    }
    if (problems.length > 0) {
        const locator = new YamlLocator(decoded.text);
        const located = problems.map((problem) => ({
            offset: locator.locate(0, problem.pointer, problem.part).start,
            message: problem.message,
        }));
        // In file order, as an editor shows them; the sort is stable for problems at one place.
        located.sort((a, b) => a.offset - b.offset);
        throw invalidConfig(located.map((problem) => `${at(problem.offset)} ${problem.message}`));
    }
    return value;
}
