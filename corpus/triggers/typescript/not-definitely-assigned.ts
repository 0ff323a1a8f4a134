// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Class fields without an initializer under --strict (strictPropertyInitialization).
class UserService {
  private db: Database;
  name: string;
}
interface Database { query(sql: string): void }
export {};
