// hubls-run: node {file} 1; node {file} 2; node {file} 3; node {file} 4
// Hand-written JSON with JavaScript habits: single quotes, trailing commas, truncated text, two documents.
const variant = process.argv[2];
if (variant === "1") JSON.parse("{'port': 8080}");
else if (variant === "2") JSON.parse('{"a": 1,}');
else if (variant === "3") JSON.parse('{"name": "ada"');
else JSON.parse('{"a": 1}\n{"b": 2}');
