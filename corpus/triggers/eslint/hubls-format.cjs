// Formatter of the eslint triggers (hubls-include: hubls-format.cjs): ESLint's own `stylish` output (as
// the CLI prints it, trailing period dropped) followed by each message verbatim (as editors show it).
const stylish = require("/opt/hubls-tools/eslint/node_modules/eslint/lib/cli-engine/formatters/stylish.js");
module.exports = function (results, context) {
  const raw = results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`),
  );
  return stylish(results, context) + "\n" + raw.join("\n") + "\n";
};
