/* cal-store-migrations.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-store.h"
#include "cal-store-migrations.h"

/* The schema, as an ordered list of steps. Step N (counting from 1) takes a
 * database from `PRAGMA user_version` N-1 to N, in one transaction.
 *
 * Never edit a step that has shipped: users have databases at every
 * version. To change the schema, append a step (see HACKING.md,
 * "Adding a migration") and extend the migration test.
 *
 * Conventions: text columns are NOT NULL DEFAULT '' (the models never hold
 * NULL strings); references to other rows are NULL when unset, so foreign
 * keys hold; times are seconds since 1970 in UTC; days the user enters are
 * ISO 8601 text (`YYYY-MM-DD`). */
static const char * const migrations[] = {
  /* 1: jobs and the funnel. */
  "CREATE TABLE jobs ("
  "  id          INTEGER PRIMARY KEY,"
  "  company     TEXT NOT NULL DEFAULT '',"
  "  title       TEXT NOT NULL DEFAULT '',"
  "  track       TEXT NOT NULL DEFAULT '',"
  "  level       TEXT NOT NULL DEFAULT '',"
  "  location    TEXT NOT NULL DEFAULT '',"
  "  remote      TEXT NOT NULL DEFAULT '',"
  "  source_text TEXT NOT NULL DEFAULT '',"
  "  analysis    TEXT NOT NULL DEFAULT '',"
  "  overrides   TEXT NOT NULL DEFAULT '',"
  "  created     INTEGER NOT NULL DEFAULT 0,"
  "  updated     INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX jobs_updated ON jobs (updated);"
  "CREATE TABLE processes ("
  "  id               INTEGER PRIMARY KEY,"
  "  job_id           INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
  "  stage            TEXT NOT NULL DEFAULT '',"
  "  outcome          TEXT NOT NULL DEFAULT '',"
  "  started_on       TEXT NOT NULL DEFAULT '',"
  "  ended_on         TEXT NOT NULL DEFAULT '',"
  "  last_activity_on TEXT NOT NULL DEFAULT '',"
  "  next_step        TEXT NOT NULL DEFAULT '',"
  "  next_step_due    TEXT NOT NULL DEFAULT '',"
  "  recruiter_name   TEXT NOT NULL DEFAULT '',"
  "  recruiter_email  TEXT NOT NULL DEFAULT '',"
  "  source           TEXT NOT NULL DEFAULT '',"
  "  notes            TEXT NOT NULL DEFAULT '',"
  "  created          INTEGER NOT NULL DEFAULT 0,"
  "  updated          INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX processes_job ON processes (job_id);"
  "CREATE TABLE process_events ("
  "  id         INTEGER PRIMARY KEY,"
  "  process_id INTEGER NOT NULL REFERENCES processes (id) ON DELETE CASCADE,"
  "  from_stage TEXT NOT NULL DEFAULT '',"
  "  to_stage   TEXT NOT NULL DEFAULT '',"
  "  note       TEXT NOT NULL DEFAULT '',"
  "  created    INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX process_events_process ON process_events (process_id, created);"
  "CREATE TABLE offers ("
  "  id          INTEGER PRIMARY KEY,"
  "  process_id  INTEGER REFERENCES processes (id) ON DELETE CASCADE,"
  "  base_salary REAL NOT NULL DEFAULT 0,"
  "  bonus       REAL NOT NULL DEFAULT 0,"
  "  equity      REAL NOT NULL DEFAULT 0,"
  "  vesting     TEXT NOT NULL DEFAULT '',"
  "  currency    TEXT NOT NULL DEFAULT '',"
  "  deadline    TEXT NOT NULL DEFAULT '',"
  "  notes       TEXT NOT NULL DEFAULT '',"
  "  created     INTEGER NOT NULL DEFAULT 0,"
  "  updated     INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX offers_process ON offers (process_id);"
  "CREATE TABLE rounds ("
  "  id         INTEGER PRIMARY KEY,"
  "  process_id INTEGER REFERENCES processes (id) ON DELETE CASCADE,"
  "  job_id     INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL DEFAULT 0,"
  "  kind       TEXT NOT NULL DEFAULT '',"
  "  title      TEXT NOT NULL DEFAULT '',"
  "  status     TEXT NOT NULL DEFAULT '',"
  "  date       TEXT NOT NULL DEFAULT '',"
  "  notes      TEXT NOT NULL DEFAULT '',"
  "  created    INTEGER NOT NULL DEFAULT 0,"
  "  updated    INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX rounds_process ON rounds (process_id, position);"
  "CREATE INDEX rounds_job ON rounds (job_id, position);",

  /* 2: the story bank, questions and practice. */
  "CREATE TABLE stories ("
  "  id           INTEGER PRIMARY KEY,"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  situation    TEXT NOT NULL DEFAULT '',"
  "  task         TEXT NOT NULL DEFAULT '',"
  "  action       TEXT NOT NULL DEFAULT '',"
  "  result       TEXT NOT NULL DEFAULT '',"
  "  target_level TEXT NOT NULL DEFAULT '',"
  "  track        TEXT NOT NULL DEFAULT '',"
  "  created      INTEGER NOT NULL DEFAULT 0,"
  "  updated      INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX stories_updated ON stories (updated);"
  "CREATE TABLE tags ("
  "  id   INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE"
  ");"
  "CREATE TABLE story_tags ("
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (story_id, tag_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX story_tags_tag ON story_tags (tag_id);"
  "CREATE TABLE questions ("
  "  id         INTEGER PRIMARY KEY,"
  "  text       TEXT NOT NULL DEFAULT '',"
  "  source     TEXT NOT NULL DEFAULT 'own' CHECK (source IN ('bank', 'predicted', 'own')),"
  "  job_id     INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
  "  round      TEXT NOT NULL DEFAULT '',"
  "  competency TEXT NOT NULL DEFAULT '',"
  "  why        TEXT NOT NULL DEFAULT '',"
  "  created    INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX questions_job ON questions (job_id);"
  "CREATE TABLE story_questions ("
  "  story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (story_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX story_questions_question ON story_questions (question_id);"
  "CREATE TABLE practices ("
  "  id            INTEGER PRIMARY KEY,"
  "  question_id   INTEGER REFERENCES questions (id) ON DELETE SET NULL,"
  "  question_text TEXT NOT NULL DEFAULT '',"
  "  story_id      INTEGER REFERENCES stories (id) ON DELETE SET NULL,"
  "  job_id        INTEGER REFERENCES jobs (id) ON DELETE SET NULL,"
  "  audio_path    TEXT NOT NULL DEFAULT '',"
  "  duration      REAL NOT NULL DEFAULT 0,"
  "  transcript    TEXT NOT NULL DEFAULT '',"
  "  report        TEXT NOT NULL DEFAULT '',"
  "  mode          TEXT NOT NULL DEFAULT '',"
  "  created       INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX practices_question ON practices (question_id, created);"
  "CREATE INDEX practices_story ON practices (story_id);"
  "CREATE INDEX practices_job ON practices (job_id);",

  /* 3: plans and CVs. */
  "CREATE TABLE plans ("
  "  id      INTEGER PRIMARY KEY,"
  "  job_id  INTEGER REFERENCES jobs (id) ON DELETE SET NULL,"
  "  title   TEXT NOT NULL DEFAULT '',"
  "  created INTEGER NOT NULL DEFAULT 0,"
  "  updated INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE plan_items ("
  "  id            INTEGER PRIMARY KEY,"
  "  plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  phase         TEXT NOT NULL DEFAULT 'learn' CHECK (phase IN ('learn', 'diagnose', 'act')),"
  "  position      INTEGER NOT NULL DEFAULT 0,"
  "  title         TEXT NOT NULL DEFAULT '',"
  "  detail        TEXT NOT NULL DEFAULT '',"
  "  rationale     TEXT NOT NULL DEFAULT '',"
  "  priority      INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),"
  "  stakeholder   TEXT NOT NULL DEFAULT '',"
  "  product_area  TEXT NOT NULL DEFAULT '',"
  "  outcome       TEXT NOT NULL DEFAULT '',"
  "  source_phrase TEXT NOT NULL DEFAULT '',"
  "  created       INTEGER NOT NULL DEFAULT 0,"
  "  updated       INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX plan_items_plan ON plan_items (plan_id, phase, position);"
  "CREATE TABLE cvs ("
  "  id        INTEGER PRIMARY KEY,"
  "  text      TEXT NOT NULL DEFAULT '',"
  "  file_name TEXT NOT NULL DEFAULT '',"
  "  imported  INTEGER NOT NULL DEFAULT 0"
  ");",

  /* 4: full-text search over stories and jobs. The indexes hold no copy
   * of the text (external content); triggers keep them in step with
   * every insert, update and delete, and 'rebuild' indexes the rows that
   * databases at versions 2 and 3 already hold. */
  "CREATE VIRTUAL TABLE stories_fts USING fts5 ("
  "  title, situation, task, action, result,"
  "  content='stories', content_rowid='id', tokenize='unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN"
  "  INSERT INTO stories_fts (rowid, title, situation, task, action, result)"
  "  VALUES (new.id, new.title, new.situation, new.task, new.action, new.result);"
  "END;"
  "CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN"
  "  INSERT INTO stories_fts (stories_fts, rowid, title, situation, task, action, result)"
  "  VALUES ('delete', old.id, old.title, old.situation, old.task, old.action, old.result);"
  "END;"
  "CREATE TRIGGER stories_fts_update AFTER UPDATE OF title, situation, task, action, result ON stories BEGIN"
  "  INSERT INTO stories_fts (stories_fts, rowid, title, situation, task, action, result)"
  "  VALUES ('delete', old.id, old.title, old.situation, old.task, old.action, old.result);"
  "  INSERT INTO stories_fts (rowid, title, situation, task, action, result)"
  "  VALUES (new.id, new.title, new.situation, new.task, new.action, new.result);"
  "END;"
  "INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');"
  "CREATE VIRTUAL TABLE jobs_fts USING fts5 ("
  "  company, title, source_text,"
  "  content='jobs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN"
  "  INSERT INTO jobs_fts (rowid, company, title, source_text)"
  "  VALUES (new.id, new.company, new.title, new.source_text);"
  "END;"
  "CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN"
  "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, source_text)"
  "  VALUES ('delete', old.id, old.company, old.title, old.source_text);"
  "END;"
  "CREATE TRIGGER jobs_fts_update AFTER UPDATE OF company, title, source_text ON jobs BEGIN"
  "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, source_text)"
  "  VALUES ('delete', old.id, old.company, old.title, old.source_text);"
  "  INSERT INTO jobs_fts (rowid, company, title, source_text)"
  "  VALUES (new.id, new.company, new.title, new.source_text);"
  "END;"
  "INSERT INTO jobs_fts (jobs_fts) VALUES ('rebuild');",

  /* 5: offers in full (sign-on, bonus as a percentage, equity as a grant
   * or units × price, vesting years, cliff, schedule, benefits) and the
   * compensation data points the user imports from their own CSV. Points
   * are kept per import so that a later import of the same file can
   * replace its rows. */
  "ALTER TABLE offers ADD COLUMN sign_on REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN bonus_pct REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN equity_grant REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN equity_units REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN equity_price REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN vesting_years INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN cliff_months INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE offers ADD COLUMN schedule TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE offers ADD COLUMN benefits TEXT NOT NULL DEFAULT '';"
  "CREATE TABLE comp_points ("
  "  id              INTEGER PRIMARY KEY,"
  "  source          TEXT NOT NULL DEFAULT '',"
  "  company         TEXT NOT NULL DEFAULT '',"
  "  level           TEXT NOT NULL DEFAULT '',"
  "  base            REAL NOT NULL DEFAULT 0,"
  "  bonus           REAL NOT NULL DEFAULT 0,"
  "  equity_per_year REAL NOT NULL DEFAULT 0,"
  "  currency        TEXT NOT NULL DEFAULT '',"
  "  created         INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX comp_points_currency_level ON comp_points (currency, level);",

  /* 6: a bank of thousands of stories. Listing reads only a covering
   * index, never the rows with their long STAR text; prefix indexes make
   * the short prefixes of search-as-you-type cheap. The triggers of step 4
   * refer to stories_fts by name and keep working. */
  "DROP INDEX stories_updated;"
  "CREATE INDEX stories_list ON stories (updated, id, title, target_level, track, created);"
  "CREATE INDEX story_tags_order ON story_tags (story_id, position);"
  "DROP TABLE stories_fts;"
  "CREATE VIRTUAL TABLE stories_fts USING fts5 ("
  "  title, situation, task, action, result,"
  "  content='stories', content_rowid='id', tokenize='unicode61 remove_diacritics 2',"
  "  prefix='2 3'"
  ");"
  "INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');",
};

/**
 * cal_store_migrations_get_latest:
 *
 * Returns: the schema version this build writes
 */
int
cal_store_migrations_get_latest (void)
{
  return G_N_ELEMENTS (migrations);
}

static int
read_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

static gboolean
apply_step (sqlite3  *db,
            int       version,
            GError  **error)
{
  g_autofree char *set_version = NULL;
  int rc;

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  rc = sqlite3_exec (db, migrations[version - 1], NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  /* PRAGMA takes no parameters; the number is ours, not user text. */
  set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
  rc = sqlite3_exec (db, set_version, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  return TRUE;

failed:
  {
    g_autofree char *message = g_strdup (sqlite3_errmsg (db));
    int code;

    if (sqlite3_get_autocommit (db) == 0)
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

    switch (rc & 0xff)
      {
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        code = CAL_STORE_ERROR_BUSY;
        break;
      case SQLITE_READONLY:
        code = CAL_STORE_ERROR_READ_ONLY;
        break;
      case SQLITE_FULL:
        code = CAL_STORE_ERROR_FULL;
        break;
      default:
        code = CAL_STORE_ERROR_FAILED;
      }

    g_set_error (error, CAL_STORE_ERROR, code,
                 _("Could not update the database to version %d (%s). Nothing was changed; "
                   "free some disk space or close other copies of Calibrd and start it again."),
                 version, message);
    return FALSE;
  }
}

/**
 * cal_store_migrations_apply:
 * @db: an open database
 * @target: the version to reach, at most cal_store_migrations_get_latest()
 * @error: return location for a #GError
 *
 * Applies every step between the database's `user_version` and @target,
 * each in its own transaction, so an interrupted upgrade leaves the
 * database at the last completed version.
 *
 * Returns: %TRUE if the database is at @target
 */
gboolean
cal_store_migrations_apply (sqlite3  *db,
                            int       target,
                            GError  **error)
{
  int version;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (target >= 0 && target <= cal_store_migrations_get_latest (), FALSE);

  version = read_user_version (db);
  if (version < 0)
    {
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FAILED,
                   _("Could not read the database version: %s"), sqlite3_errmsg (db));
      return FALSE;
    }

  if (version > cal_store_migrations_get_latest ())
    {
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_TOO_NEW,
                   _("The database was written by a newer version of Calibrd (schema %d, this "
                     "version knows %d). Update Calibrd to open it; the file was left untouched."),
                   version, cal_store_migrations_get_latest ());
      return FALSE;
    }

  for (int v = version + 1; v <= target; v++)
    {
      if (!apply_step (db, v, error))
        return FALSE;
    }

  return TRUE;
}
