const state = {};
console.log(state.users.map((u) => u.name));
