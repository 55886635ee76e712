/*
 * `npm run user:create -- --email a@b.org --name "A Person" [--role admin|inspector]`
 * Makes an account on the configured database. The password comes from USER_PASSWORD, or a
 * strong one is made and printed once.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "~db/client.server";
import { users } from "~db/schema";
import { configuredDatabase } from "~/platform/db.server";
import { randomToken } from "~/platform/random.server";
import { hashPassword, minimumPasswordLength } from "~/auth/password.server";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "admin" },
  },
});
const email = values.email?.trim().toLowerCase();
const role = values.role;
if (
  !email ||
  !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ||
  !values.name ||
  (role !== "admin" && role !== "inspector")
) {
  console.error(
    'Usage: npm run user:create -- --email name@example.org --name "Full Name" [--role admin|inspector]',
  );
  process.exit(2);
}
const password = process.env.USER_PASSWORD || randomToken(15);
if (password.length < minimumPasswordLength) {
  console.error(`USER_PASSWORD must be at least ${minimumPasswordLength} characters.`);
  process.exit(2);
}
const handle = await openDatabase(configuredDatabase());
try {
  await handle.migrate();
  const [created] = await handle.db
    .insert(users)
    .values({ email, name: values.name, role, passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!created) {
    console.error(`An account for ${email} already exists.`);
    process.exitCode = 1;
  } else {
    console.log(`Made ${role} account ${email} on ${handle.kind}.`);
    if (!process.env.USER_PASSWORD) console.log(`Password (shown once): ${password}`);
  }
} finally {
  await handle.close();
}
