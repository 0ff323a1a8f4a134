// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") {
  const logger = { info: console.log };
  logger.debug("starting");
} else {
  const settings = { timeout: 30 };
  settings.timeout();
}
