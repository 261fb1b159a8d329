// The database schema as an ordered list of migration steps. Step i takes a
// database from `PRAGMA user_version` i to i+1; a fresh file runs them all.
// Other stages that need a table append a step to kMigrations in schema.cc
// (never edit an existing step: deployed databases already ran it).
//
//   NEWS_RETURN_IF_ERROR(Migrate(db));   // upgrades, or refuses a newer file
//
// The README's "Database schema" section documents the resulting tables.
#pragma once

#include "common/status.h"

namespace news {

class Db;

// The user_version a fully migrated database has.
int LatestSchemaVersion();

// Brings `db` up to LatestSchemaVersion(), each step in its own transaction.
// Fails with kUnsupported when the file is newer than this binary, and with
// kDataError (naming the step) when a step fails; the file then stays at the
// last step that succeeded.
Status Migrate(Db& db);

// Runs the steps up to `version` only (tests build older databases with it).
Status MigrateTo(Db& db, int version);

// The database's current user_version, or an error.
StatusOr<int> SchemaVersion(Db& db);

}  // namespace news
