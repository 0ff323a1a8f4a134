// hubls-run: node --max-old-space-size=16 {file} 2>&1 | grep -v '^ *[0-9]*: ' | head -20; node --max-old-space-size=16 -e 'const seen = new Map(); for (let i = 0; ; i++) seen.set(i, { i })' 2>&1 | grep -v '^ *[0-9]*: ' | head -20
// An unbounded cache keeps every entry forever, so the (here tiny) heap limit is hit.
const cache = [];
for (let i = 0; ; i++) cache.push({ id: i, payload: "x".repeat(64) + i });
