// hubls-run: node {file}; echo 'const res = { data: { id: 1 } }; JSON.parse(res.data)' | node -i 2>&1
// The value was already an object (axios response.data, req.body after express.json()); JSON.parse turns it into "[object Object]".
const body = { user: "ada" };
JSON.parse(body);
