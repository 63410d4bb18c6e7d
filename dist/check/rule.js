import { ruleDocsUrl } from '../model/package.js';
export function defineRule(rule) {
    return { configurable: true, docsUrl: ruleDocsUrl(rule.id), ...rule };
}
/** A rule's message with its placeholders filled; a placeholder without data is a bug in the rule, so it throws. */
export function formatMessage(rule, messageId, data = {}) {
    const template = rule.messages[messageId];
    if (template === undefined)
        throw new Error(`rule ${rule.id} has no message "${messageId}"`);
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
        const value = data[name];
        if (value === undefined)
            throw new Error(`rule ${rule.id}, message "${messageId}": no data for {{${name}}}`);
        return String(value);
    });
}
