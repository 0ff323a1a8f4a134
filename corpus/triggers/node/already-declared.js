// hubls-run: node {file}; printf 'let user = 1;\nlet user = 2;\n' > twice.js && node twice.js
const config = {};
const config = { port: 1 };
