// hubls-run: node {file} 1; node {file} 2
// The server answered with an HTML page (404, login page, proxy error) and the code parsed it as JSON.
const variant = process.argv[2];
if (variant === "1") JSON.parse("<!DOCTYPE html><html><body>Not Found</body></html>");
else JSON.parse("<html><head><title>502 Bad Gateway</title></head></html>");
