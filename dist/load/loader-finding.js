export function loaderFinding(ruleId, problem, place, record) {
    return { ruleId, messageId: 'problem', message: problem, place, ...(record ? { record } : {}) };
}
