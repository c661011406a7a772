/* cal-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "cal-backup.h"
#include "cal-file-error.h"
#include "cal-paths.h"
#include "cal-store-migrations.h"
#include "cal-store-private.h"

/* The backup format, version 1.
 *
 * A backup is ONE file, and that file is itself a SQLite database: an
 * online, consistent copy of calibrd.db made with the SQLite backup API
 * (so it can be taken while the app runs), in rollback-journal mode so it
 * needs no -wal/-shm companions, plus two tables of its own:
 *
 *   calibrd_backup       (key TEXT PRIMARY KEY, value TEXT)
 *       format = 1, created (ISO 8601, UTC), app_version, schema_version
 *   calibrd_backup_files (name TEXT UNIQUE, data BLOB)
 *       every file of the recordings folder, `name` relative to it with
 *       '/' between folders
 *
 * One file is easy to move, copy to a USB stick or attach to an email,
 * and the sqlite3 shell can inspect it. Restoring checks the file first
 * (a SQLite database, integrity_check ok, a schema version this build
 * knows, the app's tables present), rebuilds the database and recordings
 * beside the live ones, and only then swaps them in; the previous
 * database and recordings stay beside them as
 * `calibrd.db.before-restore-<timestamp>` and
 * `recordings.before-restore-<timestamp>`. A plain copy of a calibrd.db
 * (with no backup tables) is accepted by restore as well. */

#define BACKUP_FORMAT 1
#define CHUNK_SIZE (256 * 1024)

G_DEFINE_QUARK (cal-backup-error-quark, cal_backup_error)

static char *
timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

static char *
unique_name (const char *base,
             const char *infix,
             const char *stamp)
{
  char *name = g_strdup_printf ("%s.%s-%s", base, infix, stamp);

  for (guint n = 2; g_file_test (name, G_FILE_TEST_EXISTS); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.%s-%s-%u", base, infix, stamp, n);
    }

  return name;
}

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  g_autoptr(GError) store_error = NULL;

  cal_store_set_sqlite_error (&store_error, db, rc, path);
  g_set_error_literal (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_FAILED, store_error->message);
  return FALSE;
}

static gboolean set_errno_error (GError     **error,
                                 int          saved_errno,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_FAILED,
               "%s: %s.", message, g_strerror (saved_errno));
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Recordings in and out */

static void
collect_files (const char *root,
               const char *relative,
               GPtrArray  *names)
{
  g_autofree char *path = relative != NULL ? g_build_filename (root, relative, NULL) : g_strdup (root);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child_rel = relative != NULL ? g_strconcat (relative, "/", name, NULL) : g_strdup (name);
      g_autofree char *child = g_build_filename (root, child_rel, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        collect_files (root, child_rel, names);
      else if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, g_steal_pointer (&child_rel));
    }
}

static gboolean
store_file (sqlite3     *db,
            const char  *root,
            const char  *name,
            GError     **error)
{
  g_autofree char *path = g_build_filename (root, name, NULL);
  g_autofree guint8 *buffer = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3_blob *blob = NULL;
  struct stat st;
  gint64 offset = 0;
  int fd, rc;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      return set_errno_error (error, saved_errno, _("Could not read the recording “%s”"), path);
    }

  /* The blob is reserved at its full size and filled in chunks, so a
   * long recording never sits in memory whole. */
  rc = sqlite3_prepare_v2 (db, "INSERT INTO calibrd_backup_files (name, data) VALUES (?1, zeroblob (?2))",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, st.st_size);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3_blob_open (db, "main", "calibrd_backup_files", "data",
                            sqlite3_last_insert_rowid (db), 1, &blob);
  if (rc != SQLITE_OK)
    {
      close (fd);
      return set_sqlite_error (error, db, rc, path);
    }

  buffer = g_malloc (CHUNK_SIZE);
  while (offset < st.st_size)
    {
      gssize n = read (fd, buffer, MIN (CHUNK_SIZE, st.st_size - offset));

      if (n <= 0)
        {
          int saved_errno = n < 0 ? errno : EIO;

          sqlite3_blob_close (blob);
          close (fd);
          return set_errno_error (error, saved_errno, _("Could not read the recording “%s”"), path);
        }

      rc = sqlite3_blob_write (blob, buffer, n, offset);
      if (rc != SQLITE_OK)
        {
          sqlite3_blob_close (blob);
          close (fd);
          return set_sqlite_error (error, db, rc, path);
        }
      offset += n;
    }

  close (fd);
  rc = sqlite3_blob_close (blob);
  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc, path);

  return TRUE;
}

/* A name from a backup file must stay inside the recordings folder. */
static gboolean
name_is_safe (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || g_path_is_absolute (name) || strchr (name, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
        return FALSE;
    }

  return TRUE;
}

static gboolean
extract_files (sqlite3     *db,
               const char  *db_path,
               const char  *root,
               GError     **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT rowid, name, length (data) FROM calibrd_backup_files ORDER BY name",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc, db_path);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      gint64 size = sqlite3_column_int64 (stmt, 2);
      g_autofree char *path = NULL;
      g_autofree char *parent = NULL;
      sqlite3_blob *blob = NULL;
      gint64 offset = 0;
      int fd, brc;

      if (!name_is_safe (name))
        {
          /* @name belongs to the statement: quote it before finalizing. */
          g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_INVALID,
                       _("The backup holds a recording with an unsafe name (“%s”); nothing was restored."),
                       name != NULL ? name : "");
          sqlite3_finalize (stmt);
          return FALSE;
        }

      path = g_build_filename (root, name, NULL);
      parent = g_path_get_dirname (path);
      if (!cal_paths_ensure_private_dir (parent, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }

      fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
      if (fd < 0)
        {
          int saved_errno = errno;

          sqlite3_finalize (stmt);
          return set_errno_error (error, saved_errno, _("Could not write the recording “%s”"), path);
        }

      brc = sqlite3_blob_open (db, "main", "calibrd_backup_files", "data",
                               sqlite3_column_int64 (stmt, 0), 0, &blob);
      while (brc == SQLITE_OK && offset < size)
        {
          int n = (int) MIN (CHUNK_SIZE, size - offset);

          brc = sqlite3_blob_read (blob, buffer, n, offset);
          if (brc == SQLITE_OK && write (fd, buffer, n) != n)
            {
              int saved_errno = errno;

              sqlite3_blob_close (blob);
              close (fd);
              sqlite3_finalize (stmt);
              return set_errno_error (error, saved_errno, _("Could not write the recording “%s”"), path);
            }
          offset += n;
        }
      if (blob != NULL)
        sqlite3_blob_close (blob);

      if (brc != SQLITE_OK || fsync (fd) != 0)
        {
          int saved_errno = errno;

          close (fd);
          sqlite3_finalize (stmt);
          if (brc != SQLITE_OK)
            return set_sqlite_error (error, db, brc, db_path);
          return set_errno_error (error, saved_errno, _("Could not write the recording “%s”"), path);
        }
      close (fd);
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, rc, db_path);

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Create */

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      const char  *path,
      GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc, path);

  return TRUE;
}

static gboolean
put_info (sqlite3     *db,
          const char  *key,
          const char  *value,
          const char  *path,
          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "INSERT INTO calibrd_backup (key, value) VALUES (?1, ?2)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc, path);

  return TRUE;
}

static gboolean
fill_backup (CalStore    *store,
             sqlite3     *db,
             const char  *path,
             guint       *n_recordings,
             GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *format = g_strdup_printf ("%d", BACKUP_FORMAT);
  g_autofree char *schema = g_strdup_printf ("%d", cal_store_get_schema_version ());
  g_autofree char *recordings = cal_store_dup_recordings_dir (store);
  sqlite3_backup *backup;
  int rc;

  /* One step copies every page under the store's lock: a consistent
   * snapshot even while the autosave writes. */
  cal_store_lock (store);
  backup = sqlite3_backup_init (db, "main", cal_store_get_connection (store), "main");
  if (backup == NULL)
    {
      cal_store_unlock (store);
      return set_sqlite_error (error, db, sqlite3_errcode (db), path);
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  cal_store_unlock (store);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, rc, path);

  if (!exec (db, "PRAGMA journal_mode = DELETE", path, error) ||
      !exec (db,
             "BEGIN IMMEDIATE;"
             "CREATE TABLE calibrd_backup (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
             "CREATE TABLE calibrd_backup_files (name TEXT NOT NULL UNIQUE, data BLOB NOT NULL);",
             path, error) ||
      !put_info (db, "format", format, path, error) ||
      !put_info (db, "created", created, path, error) ||
      !put_info (db, "app_version", PACKAGE_VERSION, path, error) ||
      !put_info (db, "schema_version", schema, path, error))
    return FALSE;

  collect_files (recordings, NULL, names);
  for (guint i = 0; i < names->len; i++)
    {
      if (!store_file (db, recordings, names->pdata[i], error))
        return FALSE;
    }

  if (!exec (db, "COMMIT", path, error))
    return FALSE;

  if (n_recordings != NULL)
    *n_recordings = names->len;

  return TRUE;
}

/**
 * cal_backup_create:
 * @store: the open store
 * @destination: the backup file to write; an existing file is replaced
 * @n_recordings: (out) (optional): how many recordings went in
 * @error: return location for a #GError
 *
 * Writes a backup of the database and the recordings (see the format at
 * the top of cal-backup.c). The file appears only when it is complete.
 *
 * Returns: %TRUE if @destination holds a complete backup
 */
gboolean
cal_backup_create (CalStore    *store,
                   const char  *destination,
                   guint       *n_recordings,
                   GError     **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *db = NULL;
  gboolean ok;
  int fd, rc;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  partial = g_strconcat (destination, ".partial-XXXXXX", NULL);
  fd = g_mkstemp_full (partial, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno, _("Could not write the backup “%s”"), destination);
  close (fd);

  rc = sqlite3_open_v2 (partial, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    ok = set_sqlite_error (error, db, rc, destination);
  else
    ok = fill_backup (store, db, destination, n_recordings, error);

  if (!ok && db != NULL && sqlite3_get_autocommit (db) == 0)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  rc = sqlite3_close (db);
  if (ok && rc != SQLITE_OK)
    ok = set_sqlite_error (error, NULL, rc, destination);

  if (ok && g_rename (partial, destination) != 0)
    ok = set_errno_error (error, errno, _("Could not write the backup “%s”"), destination);

  if (!ok)
    {
      g_autofree char *journal = g_strconcat (partial, "-journal", NULL);

      g_unlink (partial);
      g_unlink (journal);
    }

  return ok;
}

/* ------------------------------------------------------------------ */
/* Validate */

static sqlite3 *
open_read_only (const char  *path,
                GError     **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *full_uri = NULL;
  sqlite3 *db = NULL;
  int rc;

  /* immutable=1: nobody writes the backup meanwhile, so SQLite needs no
   * lock and no -shm file beside it, which a read-only place (a mounted
   * USB stick) would refuse. */
  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, error);
  if (uri == NULL)
    return NULL;
  full_uri = g_strconcat (uri, "?immutable=1", NULL);

  rc = sqlite3_open_v2 (full_uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *why)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_INVALID,
               _("“%s” is not a usable Calibrd backup: %s Nothing was changed."),
               display, why);
  return FALSE;
}

static gboolean
query_text (sqlite3     *db,
            const char  *sql,
            char       **text,
            int         *number)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (text != NULL)
        *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (number != NULL)
        *number = sqlite3_column_int (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);

  return ok;
}

static gboolean
validate_open (sqlite3     *db,
               const char  *path,
               int         *schema_version,
               GError     **error)
{
  static const struct { int since; const char *name; } required[] = {
    { 1, "jobs" }, { 1, "processes" }, { 1, "process_events" }, { 1, "offers" }, { 1, "rounds" },
    { 2, "stories" }, { 2, "tags" }, { 2, "story_tags" }, { 2, "questions" },
    { 2, "story_questions" }, { 2, "practices" },
    { 3, "plans" }, { 3, "plan_items" }, { 3, "cvs" },
  };
  g_autofree char *check = NULL;
  g_autofree char *format = NULL;
  int version = 0;

  if (!query_text (db, "PRAGMA integrity_check", &check, NULL) || g_strcmp0 (check, "ok") != 0)
    return invalid (error, path, _("the file is damaged."));

  if (!query_text (db, "PRAGMA user_version", NULL, &version) || version <= 0)
    return invalid (error, path, _("it does not hold Calibrd data."));

  if (version > cal_store_migrations_get_latest ())
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_TOO_NEW,
                   _("The backup “%s” was made by a newer version of Calibrd. Update Calibrd to "
                     "restore it; nothing was changed."),
                   display);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      g_autofree char *sql = NULL;
      int found = 0;

      if (required[i].since > version)
        continue;

      /* The table names are our own constants. */
      sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%s'",
                             required[i].name);
      if (!query_text (db, sql, NULL, &found) || found != 1)
        return invalid (error, path, _("tables of the Calibrd database are missing."));
    }

  if (query_text (db, "SELECT value FROM calibrd_backup WHERE key = 'format'", &format, NULL) &&
      g_ascii_strtoll (format, NULL, 10) > BACKUP_FORMAT)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_TOO_NEW,
                   _("The backup “%s” was made by a newer version of Calibrd. Update Calibrd to "
                     "restore it; nothing was changed."),
                   display);
      return FALSE;
    }

  if (schema_version != NULL)
    *schema_version = version;

  return TRUE;
}

/**
 * cal_backup_validate:
 * @backup: a backup file
 * @schema_version: (out) (optional): the schema version it holds
 * @error: return location for a #GError
 *
 * Checks that @backup can be restored: a SQLite database that passes
 * `PRAGMA integrity_check`, with a schema version this build knows and
 * the app's tables. Reads only.
 *
 * Returns: %TRUE if @backup can be restored
 */
gboolean
cal_backup_validate (const char  *backup,
                     int         *schema_version,
                     GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  sqlite3 *db;
  gboolean ok;
  gssize n;
  int fd;

  g_return_val_if_fail (backup != NULL, FALSE);

  fd = g_open (backup, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (backup);
      g_autoptr(GError) explained = cal_file_error_new_from_errno (backup, saved_errno);

      if (explained != NULL)
        g_set_error_literal (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_INVALID, explained->message);
      else
        g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_INVALID,
                     _("Could not read the backup “%s”: %s."), display, g_strerror (saved_errno));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n != sizeof header || memcmp (header, magic, sizeof header) != 0)
    return invalid (error, backup, _("it is not a SQLite database."));

  db = open_read_only (backup, error);
  if (db == NULL)
    return FALSE;

  ok = validate_open (db, backup, schema_version, error);
  sqlite3_close (db);

  return ok;
}

/* ------------------------------------------------------------------ */
/* Restore */

static gboolean
has_table (sqlite3    *db,
           const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE name = '%s'", name);
  int found = 0;

  return query_text (db, sql, NULL, &found) && found == 1;
}

/* Builds the database to restore in @work and the recordings in
 * @work_recordings, next to the live ones and without touching them. */
static gboolean
prepare_restore (const char  *backup,
                 const char  *work,
                 const char  *work_recordings,
                 GError     **error)
{
  sqlite3 *source = NULL;
  sqlite3 *db = NULL;
  sqlite3_backup *copy;
  gboolean ok = FALSE;
  int rc;

  source = open_read_only (backup, error);
  if (source == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (work, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, work);
      goto out;
    }

  copy = sqlite3_backup_init (db, "main", source, "main");
  if (copy == NULL)
    {
      set_sqlite_error (error, db, sqlite3_errcode (db), work);
      goto out;
    }
  rc = sqlite3_backup_step (copy, -1);
  sqlite3_backup_finish (copy);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, db, rc, work);
      goto out;
    }

  if (!exec (db, "PRAGMA journal_mode = DELETE", work, error))
    goto out;

  if (has_table (db, "calibrd_backup_files") &&
      !extract_files (db, work, work_recordings, error))
    goto out;

  /* The restored database is an ordinary calibrd.db again. */
  if (!exec (db,
             "DROP TABLE IF EXISTS calibrd_backup_files;"
             "DROP TABLE IF EXISTS calibrd_backup;"
             "VACUUM;",
             work, error))
    goto out;

  ok = TRUE;

out:
  sqlite3_close (db);
  sqlite3_close (source);

  /* Bring it to the current schema before it replaces anything. */
  if (ok)
    {
      g_autoptr(CalStore) store = cal_store_open (work, error);

      ok = store != NULL;
    }

  return ok;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

/* Folds the live database's WAL into it, so the file kept aside is
 * complete on its own. Fails if another program still has it open. */
static gboolean
settle_live_database (const char  *database,
                      GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean busy = TRUE;
  int rc;

  rc = sqlite3_open_v2 (database, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 2000);
      rc = sqlite3_prepare_v2 (db, "PRAGMA wal_checkpoint (TRUNCATE)", -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    busy = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (busy)
    {
      g_autofree char *display = g_filename_display_name (database);

      g_set_error (error, CAL_BACKUP_ERROR, CAL_BACKUP_ERROR_FAILED,
                   _("The database “%s” is in use. Quit Calibrd and try the restore again; "
                     "nothing was changed."),
                   display);
      return FALSE;
    }

  return TRUE;
}

/**
 * cal_backup_restore:
 * @backup: a backup file
 * @database: the database to replace (its recordings folder is beside it)
 * @previous: (out) (optional) (nullable): where the replaced database was
 *   kept, or %NULL if there was none
 * @error: return location for a #GError
 *
 * Validates @backup, rebuilds the database and recordings from it beside
 * the live ones, then swaps them in, keeping the old ones as
 * `<database>.before-restore-<timestamp>` and
 * `recordings.before-restore-<timestamp>`. On error nothing is replaced.
 * Calibrd must not be running meanwhile.
 *
 * Returns: %TRUE if the backup was restored
 */
gboolean
cal_backup_restore (const char  *backup,
                    const char  *database,
                    char       **previous,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *recordings = NULL;
  g_autofree char *work = NULL;
  g_autofree char *work_recordings = NULL;
  g_autofree char *stamp = timestamp ();
  g_autofree char *kept = NULL;
  g_autofree char *kept_recordings = NULL;
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  int fd;

  g_return_val_if_fail (backup != NULL, FALSE);
  g_return_val_if_fail (database != NULL, FALSE);

  if (previous != NULL)
    *previous = NULL;

  if (!cal_backup_validate (backup, NULL, error))
    return FALSE;

  dir = g_path_get_dirname (database);
  if (!cal_paths_ensure_private_dir (dir, error))
    return FALSE;
  recordings = g_build_filename (dir, "recordings", NULL);

  work = g_strconcat (database, ".restore-XXXXXX", NULL);
  fd = g_mkstemp_full (work, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno, _("Could not prepare the restore in “%s”"), dir);
  close (fd);

  work_recordings = g_strconcat (recordings, ".restore-XXXXXX", NULL);
  if (g_mkdtemp_full (work_recordings, 0700) == NULL)
    {
      int saved_errno = errno;

      g_unlink (work);
      return set_errno_error (error, saved_errno, _("Could not prepare the restore in “%s”"), dir);
    }

  if (!prepare_restore (backup, work, work_recordings, error) ||
      (g_file_test (database, G_FILE_TEST_EXISTS) && !settle_live_database (database, error)))
    {
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *companion = g_strconcat (work, suffixes[i], NULL);

          g_unlink (companion);
        }
      g_unlink (work);
      remove_tree (work_recordings);
      return FALSE;
    }

  /* Everything is ready: swap, keeping the old files. */
  if (g_file_test (database, G_FILE_TEST_EXISTS))
    {
      kept = unique_name (database, "before-restore", stamp);
      if (g_rename (database, kept) != 0)
        {
          int saved_errno = errno;

          g_unlink (work);
          remove_tree (work_recordings);
          return set_errno_error (error, saved_errno, _("Could not set the database “%s” aside"), database);
        }
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *from = g_strconcat (database, suffixes[i], NULL);
          g_autofree char *to = g_strconcat (kept, suffixes[i], NULL);

          if (g_file_test (from, G_FILE_TEST_EXISTS))
            g_rename (from, to);
        }
    }

  if (g_rename (work, database) != 0)
    {
      int saved_errno = errno;

      if (kept != NULL)
        g_rename (kept, database);
      g_unlink (work);
      remove_tree (work_recordings);
      return set_errno_error (error, saved_errno, _("Could not put the restored database in “%s”"), database);
    }

  if (g_file_test (recordings, G_FILE_TEST_EXISTS))
    {
      kept_recordings = unique_name (recordings, "before-restore", stamp);
      if (g_rename (recordings, kept_recordings) != 0)
        {
          g_warning ("Could not set the recordings folder aside: %s", g_strerror (errno));
          remove_tree (work_recordings);
          g_clear_pointer (&work_recordings, g_free);
        }
    }
  if (work_recordings != NULL && g_rename (work_recordings, recordings) != 0)
    g_warning ("Could not put the restored recordings in place: %s", g_strerror (errno));

  if (previous != NULL)
    *previous = g_steal_pointer (&kept);

  return TRUE;
}
