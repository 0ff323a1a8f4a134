// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function save(db, row) {
  try {
    return db.insert(row);
  } catch (err) {
    throw new Error("insert failed", { cause: err });
  } finally {
    db.release();
    return null;
  }
}
export function loop(items) {
  for (const item of items) {
    try {
      item.run();
    } finally {
      continue;
    }
  }
}
