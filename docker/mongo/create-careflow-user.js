// Runs once, when the mongo container initialises an empty data volume (/docker-entrypoint-initdb.d).
// The apps get their own user, limited to the CareFlow database, instead of the root account.
// A missing setting throws, which stops the container with this message instead of starting without the user.
const database = process.env.MONGO_INITDB_DATABASE;
const user = process.env.CAREFLOW_MONGO_USER;
const password = process.env.CAREFLOW_MONGO_PASSWORD;
if (!database || !user || !password) {
  throw new Error('MONGO_INITDB_DATABASE, CAREFLOW_MONGO_USER and CAREFLOW_MONGO_PASSWORD must all be set');
}
db.getSiblingDB(database).createUser({
  user: user,
  pwd: password,
  roles: [{ role: 'readWrite', db: database }],
});
print(`created user ${user} with readWrite on ${database}`);
