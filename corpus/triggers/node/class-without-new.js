// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
class UserService {}
class Queue {}
if (variant === "1") UserService();
else Queue.call({});
