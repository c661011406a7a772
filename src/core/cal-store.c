/* cal-store.c
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

#include "cal-paths.h"
#include "cal-store.h"
#include "cal-store-migrations.h"
#include "cal-store-private.h"

#define RANK_MAX_MATCHES 999

/* Tags travel through group_concat() joined by the ASCII unit separator,
 * which is stripped from tag names on save. */
#define TAG_SEPARATOR "\x1f"

/**
 * CalStore:
 *
 * The one SQLite database that holds all of the user's data.
 *
 * One connection, guarded by a recursive lock so that the autosave can
 * write from a worker thread while the UI reads. Statements are prepared
 * once and cached for the life of the store. Every write that touches
 * more than one row runs in one transaction.
 */
struct _CalStore
{
  GObject     parent_instance;

  GRecMutex   lock;
  sqlite3    *db;
  char       *path;
  char       *recovered_path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */

  /* Transaction nesting: the outermost level is BEGIN IMMEDIATE, the
   * inner ones are savepoints. Saving assigns ids and clears dirty flags;
   * `undo` remembers the previous values so that a rollback puts the
   * objects back the way they were, and nothing looks saved that is not. */
  guint       depth;
  GArray     *undo;         /* UndoRecord */
  GArray     *undo_marks;   /* guint, one per open level */
};

typedef struct
{
  GObject  *object;
  gint64    id;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
} UndoRecord;

G_DEFINE_FINAL_TYPE (CalStore, cal_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-store-error-quark, cal_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_RECOVERED_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Entities: how each model maps onto its table. Column names are the
 * property names with '_' for '-'. SQL is built from these constants
 * once; user text only ever reaches SQLite as a bound parameter. */

typedef struct
{
  const char         *table;
  GType             (*get_type) (void);
  const char * const *columns;
  const char         *created;   /* time stamp set on insert */
  gboolean            has_updated;

  /* Built once by entities_init(). */
  GType               type;
  GParamSpec        **pspecs;
  guint               n_columns;
  char               *select_sql;
  char               *insert_sql;
  char               *update_sql;
  char               *delete_sql;
} Entity;

enum {
  ENTITY_JOB,
  ENTITY_PROCESS,
  ENTITY_PROCESS_EVENT,
  ENTITY_OFFER,
  ENTITY_ROUND,
  ENTITY_STORY,
  ENTITY_QUESTION,
  ENTITY_PRACTICE,
  ENTITY_PLAN,
  ENTITY_PLAN_ITEM,
  ENTITY_CV,
  N_ENTITIES
};

static const char * const job_columns[] = {
  "company", "title", "track", "level", "location", "remote", "source-text",
  "analysis", "overrides", NULL
};
static const char * const process_columns[] = {
  "job-id", "stage", "outcome", "started-on", "ended-on", "last-activity-on",
  "next-step", "next-step-due", "recruiter-name", "recruiter-email", "source",
  "notes", NULL
};
static const char * const process_event_columns[] = {
  "process-id", "from-stage", "to-stage", "note", NULL
};
static const char * const offer_columns[] = {
  "process-id", "base-salary", "bonus", "equity", "vesting", "currency",
  "deadline", "notes", "sign-on", "bonus-pct", "equity-grant", "equity-units",
  "equity-price", "vesting-years", "cliff-months", "schedule", "benefits", NULL
};
static const char * const round_columns[] = {
  "process-id", "job-id", "position", "kind", "title", "status", "date",
  "notes", NULL
};
static const char * const story_columns[] = {
  "title", "situation", "task", "action", "result", "target-level", "track",
  NULL
};
static const char * const question_columns[] = {
  "text", "source", "job-id", "round", "competency", "why", NULL
};
static const char * const practice_columns[] = {
  "question-id", "question-text", "story-id", "job-id", "audio-path",
  "duration", "transcript", "report", "mode", NULL
};
static const char * const plan_columns[] = {
  "job-id", "title", NULL
};
static const char * const plan_item_columns[] = {
  "plan-id", "phase", "position", "title", "detail", "rationale", "priority",
  "stakeholder", "product-area", "outcome", "source-phrase", NULL
};
static const char * const cv_columns[] = {
  "text", "file-name", NULL
};

static Entity entities[N_ENTITIES] = {
  [ENTITY_JOB] = { "jobs", cal_job_get_type, job_columns, "created", TRUE },
  [ENTITY_PROCESS] = { "processes", cal_process_get_type, process_columns, "created", TRUE },
  [ENTITY_PROCESS_EVENT] = { "process_events", cal_process_event_get_type, process_event_columns, "created", FALSE },
  [ENTITY_OFFER] = { "offers", cal_offer_get_type, offer_columns, "created", TRUE },
  [ENTITY_ROUND] = { "rounds", cal_round_get_type, round_columns, "created", TRUE },
  [ENTITY_STORY] = { "stories", cal_story_get_type, story_columns, "created", TRUE },
  [ENTITY_QUESTION] = { "questions", cal_question_get_type, question_columns, "created", FALSE },
  [ENTITY_PRACTICE] = { "practices", cal_practice_get_type, practice_columns, "created", FALSE },
  [ENTITY_PLAN] = { "plans", cal_plan_get_type, plan_columns, "created", TRUE },
  [ENTITY_PLAN_ITEM] = { "plan_items", cal_plan_item_get_type, plan_item_columns, "created", TRUE },
  [ENTITY_CV] = { "cvs", cal_cv_get_type, cv_columns, "imported", FALSE },
};

static char *
column_name (const char *property)
{
  char *name = g_strdup (property);

  g_strdelimit (name, "-", '_');
  return name;
}

static void
entities_init (void)
{
  for (guint i = 0; i < N_ENTITIES; i++)
    {
      Entity *e = &entities[i];
      g_autoptr(GTypeClass) klass = NULL;
      g_autoptr(GString) select = g_string_new ("SELECT t.id");
      g_autoptr(GString) insert = g_string_new (NULL);
      g_autoptr(GString) values = g_string_new (NULL);
      g_autoptr(GString) update = g_string_new (NULL);

      e->type = e->get_type ();
      klass = g_type_class_ref (e->type);
      e->n_columns = g_strv_length ((char **) e->columns);
      e->pspecs = g_new0 (GParamSpec *, e->n_columns);

      g_string_append_printf (insert, "INSERT INTO %s (", e->table);
      g_string_append_printf (update, "UPDATE %s SET ", e->table);

      for (guint c = 0; c < e->n_columns; c++)
        {
          g_autofree char *name = column_name (e->columns[c]);

          e->pspecs[c] = g_object_class_find_property (G_OBJECT_CLASS (klass), e->columns[c]);
          g_assert (e->pspecs[c] != NULL);

          g_string_append_printf (select, ", t.%s", name);
          g_string_append_printf (insert, "%s, ", name);
          g_string_append_printf (values, "?%u, ", c + 1);
          g_string_append_printf (update, "%s = ?%u, ", name, c + 1);
        }

      g_string_append_printf (select, ", t.%s", e->created);
      g_string_append_printf (insert, "%s", e->created);
      g_string_append_printf (values, "?%u", e->n_columns + 1);
      if (e->has_updated)
        {
          g_string_append (select, ", t.updated");
          g_string_append (insert, ", updated");
          g_string_append_printf (values, ", ?%u", e->n_columns + 2);
          g_string_append_printf (update, "updated = ?%u, ", e->n_columns + 2);
        }
      /* The update keeps the first time stamp: drop the trailing comma. */
      g_string_truncate (update, update->len - 2);
      g_string_append_printf (update, " WHERE id = ?%u", e->n_columns + 3);
      g_string_append_printf (select, " FROM %s t", e->table);
      g_string_append_printf (insert, ") VALUES (%s)", values->str);

      e->select_sql = g_string_free (g_steal_pointer (&select), FALSE);
      e->insert_sql = g_string_free (g_steal_pointer (&insert), FALSE);
      e->update_sql = g_string_free (g_steal_pointer (&update), FALSE);
      e->delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", e->table);
    }
}

static const Entity *
entity_for_type (GType type)
{
  for (guint i = 0; i < N_ENTITIES; i++)
    {
      if (entities[i].type == type)
        return &entities[i];
    }

  return NULL;
}

/* ------------------------------------------------------------------ */
/* Errors */

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* SQLite does not always keep the errno of a failed open (the -wal and
 * -shm files are opened late), so ask the file system directly. */
static gboolean
path_is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (dir, W_OK) != 0)
    return FALSE;

  return !g_file_test (path, G_FILE_TEST_EXISTS) || g_access (path, W_OK) == 0;
}

/**
 * cal_store_set_sqlite_error:
 * @error: return location for a #GError
 * @db: the connection that failed
 * @rc: the SQLite result code
 * @path: the database file, for the message
 *
 * Turns a SQLite failure into a %CAL_STORE_ERROR with a message a user
 * can act on. Used by the store and the backup code.
 */
void
cal_store_set_sqlite_error (GError     **error,
                            sqlite3     *db,
                            int          rc,
                            const char  *path)
{
  int sys_errno = db != NULL ? sqlite3_system_errno (db) : 0;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  g_autofree char *display = g_filename_display_name (path != NULL ? path : "");

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program. Close other copies of "
                     "Calibrd or calibrd-cli and try again; your last changes were not saved yet."),
                   display);
      return;

    case SQLITE_READONLY:
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_READ_ONLY,
                   _("Calibrd cannot write to “%s”. Make sure its folder is writable and not on a "
                     "read-only disk; everything saved before is kept."),
                   display);
      return;

    case SQLITE_FULL:
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full. Free some space and try again; everything "
                     "saved before this change is kept."),
                   display);
      return;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s). Restart Calibrd to set it aside and "
                     "start a fresh one, or restore a backup."),
                   display, detail);
      return;

    case SQLITE_CONSTRAINT:
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the database (%s) and was not saved."),
                   detail);
      return;

    default:
      break;
    }

  if (sys_errno == ENOSPC || sys_errno == EDQUOT)
    g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FULL,
                 _("The disk holding “%s” is full. Free some space and try again; everything "
                   "saved before this change is kept."),
                 display);
  else if (sys_errno == EACCES || sys_errno == EPERM || sys_errno == EROFS ||
           ((rc & 0xff) == SQLITE_CANTOPEN && path != NULL && !path_is_writable (path)))
    g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_READ_ONLY,
                 _("Calibrd cannot write to “%s”. Make sure its folder is writable and not on a "
                   "read-only disk; everything saved before is kept."),
                 display);
  else
    g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FAILED,
                 _("The database “%s” could not be used: %s."),
                 display, detail);
}

static char *
check_marker_path (const char *path)
{
  return g_strconcat (path, ".needs-check", NULL);
}

static gboolean
store_error (CalStore  *self,
             int        rc,
             GError   **error)
{
  /* Damage found while working: make the next start check every page, so
   * that it sets the file aside instead of failing again and again. */
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    {
      g_autofree char *marker = check_marker_path (self->path);

      g_file_set_contents (marker, "", 0, NULL);
    }

  cal_store_set_sqlite_error (error, self->db, rc, self->path);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Statements */

static void
stmt_release (sqlite3_stmt *stmt)
{
  /* A statement that is not reset keeps its read transaction open, which
   * would pin the WAL and hide later writes from this connection. */
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

typedef sqlite3_stmt CalStoreStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalStoreStmt, stmt_release)

static sqlite3_stmt *
store_prepare (CalStore    *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      store_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  /* 0 means "none": NULL keeps the foreign keys valid. */
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

static gboolean
exec_simple (CalStore    *self,
             const char  *sql,
             GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return store_error (self, rc, error);

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Transactions */

static gboolean
transaction_begin (CalStore  *self,
                   GError   **error)
{
  guint mark = self->undo->len;

  if (self->depth == 0)
    {
      /* IMMEDIATE takes the write lock up front, so a busy database waits
       * in the busy handler here instead of failing half-way. */
      if (!exec_simple (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("SAVEPOINT level%u", self->depth);

      if (!exec_simple (self, sql, error))
        return FALSE;
    }

  g_array_append_val (self->undo_marks, mark);
  self->depth++;
  return TRUE;
}

static void
undo_records_clear (CalStore *self,
                    guint     from)
{
  for (guint i = from; i < self->undo->len; i++)
    g_object_unref (g_array_index (self->undo, UndoRecord, i).object);
  g_array_set_size (self->undo, from);
}

static gboolean
transaction_commit (CalStore  *self,
                    GError   **error)
{
  g_assert (self->depth > 0);

  if (self->depth == 1)
    {
      if (!exec_simple (self, "COMMIT", error))
        return FALSE;
      undo_records_clear (self, 0);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("RELEASE level%u", self->depth - 1);

      if (!exec_simple (self, sql, error))
        return FALSE;
    }

  self->depth--;
  g_array_set_size (self->undo_marks, self->depth);
  return TRUE;
}

static void
transaction_rollback (CalStore *self)
{
  guint mark;

  g_assert (self->depth > 0);

  mark = g_array_index (self->undo_marks, guint, self->depth - 1);

  if (self->depth == 1)
    {
      /* After some errors (SQLITE_FULL among them) SQLite has already
       * rolled back on its own. */
      if (sqlite3_get_autocommit (self->db) == 0)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("ROLLBACK TO level%u; RELEASE level%u",
                                              self->depth - 1, self->depth - 1);

      if (sqlite3_get_autocommit (self->db) == 0)
        sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }

  /* Put back ids, time stamps and dirty flags, newest first. */
  for (guint i = self->undo->len; i > mark; i--)
    {
      UndoRecord *r = &g_array_index (self->undo, UndoRecord, i - 1);
      const Entity *e = entity_for_type (G_OBJECT_TYPE (r->object));

      g_object_set (r->object, "id", r->id, e->created, r->created, NULL);
      if (e->has_updated)
        g_object_set (r->object, "updated", r->updated, NULL);
      g_object_set (r->object, "dirty", r->dirty, NULL);
    }
  undo_records_clear (self, mark);

  self->depth--;
  g_array_set_size (self->undo_marks, self->depth);
}

static void
remember_for_undo (CalStore     *self,
                   const Entity *e,
                   GObject      *object)
{
  UndoRecord r = { g_object_ref (object), 0, 0, 0, FALSE };

  g_object_get (object, "id", &r.id, e->created, &r.created, "dirty", &r.dirty, NULL);
  if (e->has_updated)
    g_object_get (object, "updated", &r.updated, NULL);
  g_array_append_val (self->undo, r);
}

/* ------------------------------------------------------------------ */
/* Rows ↔ objects */

static GObject *
object_from_row (const Entity *e,
                 sqlite3_stmt *stmt)
{
  GObject *object = g_object_new (e->type, NULL);
  guint c;

  g_object_freeze_notify (object);

  for (c = 0; c < e->n_columns; c++)
    {
      GParamSpec *pspec = e->pspecs[c];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, type);
      if (type == G_TYPE_STRING)
        g_value_set_string (&value, column_text (stmt, c + 1));
      else if (type == G_TYPE_INT64)
        g_value_set_int64 (&value, sqlite3_column_int64 (stmt, c + 1));
      else if (type == G_TYPE_INT)
        g_value_set_int (&value, sqlite3_column_int (stmt, c + 1));
      else if (type == G_TYPE_DOUBLE)
        g_value_set_double (&value, sqlite3_column_double (stmt, c + 1));
      else
        g_assert_not_reached ();

      g_object_set_property (object, pspec->name, &value);
    }

  g_object_set (object,
                "id", sqlite3_column_int64 (stmt, 0),
                e->created, sqlite3_column_int64 (stmt, c + 1),
                NULL);
  if (e->has_updated)
    g_object_set (object, "updated", sqlite3_column_int64 (stmt, c + 2), NULL);
  g_object_set (object, "dirty", FALSE, NULL);

  g_object_thaw_notify (object);
  return object;
}

static void
bind_object (const Entity *e,
             sqlite3_stmt *stmt,
             GObject      *object)
{
  for (guint c = 0; c < e->n_columns; c++)
    {
      GParamSpec *pspec = e->pspecs[c];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, type);
      g_object_get_property (object, pspec->name, &value);

      if (type == G_TYPE_STRING)
        bind_text (stmt, c + 1, g_value_get_string (&value));
      else if (type == G_TYPE_INT64)
        bind_id (stmt, c + 1, g_value_get_int64 (&value));
      else if (type == G_TYPE_INT)
        sqlite3_bind_int (stmt, c + 1, g_value_get_int (&value));
      else if (type == G_TYPE_DOUBLE)
        sqlite3_bind_double (stmt, c + 1, g_value_get_double (&value));
      else
        g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------ */
/* Generic writes; the caller holds the lock and a transaction. */

static gboolean
write_row (CalStore      *self,
           const Entity  *e,
           GObject       *object,
           GError       **error)
{
  g_autoptr(CalStoreStmt) stmt = NULL;
  gint64 id = 0, created = 0, now = now_seconds ();
  int rc;

  g_object_get (object, "id", &id, e->created, &created, NULL);

  stmt = store_prepare (self, id == 0 ? e->insert_sql : e->update_sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_object (e, stmt, object);
  if (id == 0)
    sqlite3_bind_int64 (stmt, e->n_columns + 1, created != 0 ? created : now);
  if (e->has_updated)
    sqlite3_bind_int64 (stmt, e->n_columns + 2, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, e->n_columns + 3, id);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return store_error (self, rc, error);

  if (id != 0 && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND,
                   _("The item was deleted meanwhile, so the change could not be saved."));
      return FALSE;
    }

  remember_for_undo (self, e, object);

  if (id == 0)
    g_object_set (object,
                  "id", sqlite3_last_insert_rowid (self->db),
                  e->created, created != 0 ? created : now,
                  NULL);
  if (e->has_updated)
    g_object_set (object, "updated", now, NULL);

  return TRUE;
}

static char *
clean_tag (const char *tag)
{
  g_autofree char *copy = g_strdup (tag);

  g_strdelimit (copy, TAG_SEPARATOR, ' ');
  return g_strdup (g_strstrip (copy));
}

static gboolean
write_story_tags (CalStore  *self,
                  CalStory  *story,
                  GError   **error)
{
  const char * const *tags = cal_story_get_tags (story);
  gint64 story_id = cal_story_get_id (story);
  int rc;

  {
    g_autoptr(CalStoreStmt) stmt = store_prepare (self, "DELETE FROM story_tags WHERE story_id = ?1", error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, story_id);
    if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
      return store_error (self, rc, error);
  }

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *name = clean_tag (tags[i]);
      g_autoptr(CalStoreStmt) add_tag = NULL;
      g_autoptr(CalStoreStmt) link = NULL;

      if (*name == '\0')
        continue;

      add_tag = store_prepare (self, "INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", error);
      if (add_tag == NULL)
        return FALSE;
      bind_text (add_tag, 1, name);
      if ((rc = sqlite3_step (add_tag)) != SQLITE_DONE)
        return store_error (self, rc, error);

      link = store_prepare (self,
                            "INSERT INTO story_tags (story_id, tag_id, position) "
                            "SELECT ?1, id, ?3 FROM tags WHERE name = ?2 "
                            "ON CONFLICT (story_id, tag_id) DO NOTHING",
                            error);
      if (link == NULL)
        return FALSE;
      sqlite3_bind_int64 (link, 1, story_id);
      bind_text (link, 2, name);
      sqlite3_bind_int (link, 3, i);
      if ((rc = sqlite3_step (link)) != SQLITE_DONE)
        return store_error (self, rc, error);
    }

  return TRUE;
}

static gboolean
write_story (CalStore  *self,
             CalStory  *story,
             GError   **error)
{
  if (cal_story_get_id (story) != 0 && !cal_story_get_body_loaded (story))
    {
      /* A summary from a list: write what it holds, keep the STAR text. */
      g_autoptr(CalStoreStmt) stmt = NULL;
      gint64 now = now_seconds ();
      int rc;

      stmt = store_prepare (self,
                            "UPDATE stories SET title = ?1, target_level = ?2, track = ?3, updated = ?4 "
                            "WHERE id = ?5",
                            error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, cal_story_get_title (story));
      bind_text (stmt, 2, cal_story_get_target_level (story));
      bind_text (stmt, 3, cal_story_get_track (story));
      sqlite3_bind_int64 (stmt, 4, now);
      sqlite3_bind_int64 (stmt, 5, cal_story_get_id (story));
      if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
        return store_error (self, rc, error);
      if (sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND,
                       _("The item was deleted meanwhile, so the change could not be saved."));
          return FALSE;
        }

      remember_for_undo (self, &entities[ENTITY_STORY], G_OBJECT (story));
      cal_story_set_updated (story, now);
    }
  else if (!write_row (self, &entities[ENTITY_STORY], G_OBJECT (story), error))
    return FALSE;

  return write_story_tags (self, story, error);
}

static gboolean
write_process (CalStore    *self,
               CalProcess  *process,
               GError     **error)
{
  g_autofree char *old_stage = NULL;
  const char *new_stage = cal_process_get_stage (process);
  gint64 id = cal_process_get_id (process);
  int rc;

  if (id != 0)
    {
      g_autoptr(CalStoreStmt) stmt = store_prepare (self, "SELECT stage FROM processes WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        old_stage = g_strdup (column_text (stmt, 0));
      else if (rc != SQLITE_DONE)
        return store_error (self, rc, error);
    }

  if (!write_row (self, &entities[ENTITY_PROCESS], G_OBJECT (process), error))
    return FALSE;

  /* The funnel's history: one event per stage change. */
  if (g_strcmp0 (old_stage != NULL ? old_stage : "", new_stage) != 0)
    {
      g_autoptr(CalProcessEvent) event = cal_process_event_new ();

      cal_process_event_set_process_id (event, cal_process_get_id (process));
      cal_process_event_set_from_stage (event, old_stage);
      cal_process_event_set_to_stage (event, new_stage);
      if (!write_row (self, &entities[ENTITY_PROCESS_EVENT], G_OBJECT (event), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_object (CalStore  *self,
              GObject   *object,
              GError   **error)
{
  const Entity *e = entity_for_type (G_OBJECT_TYPE (object));

  if (e == NULL)
    {
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FAILED,
                   "A %s cannot be stored", G_OBJECT_TYPE_NAME (object));
      return FALSE;
    }

  if (CAL_IS_STORY (object))
    return write_story (self, CAL_STORY (object), error);
  if (CAL_IS_PROCESS (object))
    return write_process (self, CAL_PROCESS (object), error);

  return write_row (self, e, object, error);
}

static gboolean
save_objects (CalStore  *self,
              GObject  **objects,
              guint      n_objects,
              GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);

  if (!transaction_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_objects; i++)
    {
      if (!write_object (self, objects[i], error))
        {
          transaction_rollback (self);
          return FALSE;
        }
    }

  if (!transaction_commit (self, error))
    {
      transaction_rollback (self);
      return FALSE;
    }

  /* Only now is it really saved. */
  for (guint i = 0; i < n_objects; i++)
    g_object_set (objects[i], "dirty", FALSE, NULL);

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Generic reads */

static GObject *
get_row (CalStore      *self,
         const Entity  *e,
         gint64         id,
         GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autofree char *sql = g_strconcat (e->select_sql, " WHERE t.id = ?1", NULL);
  int rc;

  stmt = store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return object_from_row (e, stmt);
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND,
               _("There is no item with the id %lld; it may have been deleted."),
               (long long) id);
  return NULL;
}

typedef struct
{
  gint64      ids[2];
  const char *text;
  gint64      limit;
} Binds;

static void
apply_binds (sqlite3_stmt *stmt,
             const Binds  *binds)
{
  int n = sqlite3_bind_parameter_count (stmt);

  /* ?1 and ?2 are ids, ?3 text, ?4 a limit; a statement uses a prefix. */
  if (n >= 1)
    sqlite3_bind_int64 (stmt, 1, binds->ids[0]);
  if (n >= 2)
    sqlite3_bind_int64 (stmt, 2, binds->ids[1]);
  if (n >= 3)
    {
      if (binds->text != NULL)
        bind_text (stmt, 3, binds->text);
      else
        sqlite3_bind_null (stmt, 3);
    }
  if (n >= 4)
    sqlite3_bind_int64 (stmt, 4, binds->limit);
}

static GListModel *
list_rows (CalStore      *self,
           const Entity  *e,
           const char    *clause,
           const Binds   *binds,
           GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(GListStore) list = g_list_store_new (e->type);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autofree char *sql = g_strconcat (e->select_sql, " ", clause, NULL);
  int rc;

  stmt = store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  apply_binds (stmt, binds);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, object_from_row (e, stmt));
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
delete_row (CalStore      *self,
            const Entity  *e,
            gint64         id,
            GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(CalStoreStmt) stmt = NULL;
  int rc;

  stmt = store_prepare (self, e->delete_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return store_error (self, rc, error);

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND,
                   _("There is no item with the id %lld; it may have been deleted."),
                   (long long) id);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Stories: summaries, bodies, tags and search */

/* The ranked matches of ?3 (an FTS query), at most ?4 of them: rowid and
 * score. Scoring is what costs: a word found in thousands of stories
 * ranks only the newest RANK_MAX_MATCHES + 1 of them (newest by id), which
 * keeps every search within a few milliseconds; such a word tells stories
 * apart poorly anyway. */
#define STORY_SEARCH_SQL \
  "SELECT rowid, bm25 (stories_fts, 10.0, 1.0, 1.0, 1.0, 1.0) AS score " \
  "FROM stories_fts WHERE stories_fts MATCH ?3 " \
  "  AND rowid >= coalesce ((SELECT rowid FROM stories_fts " \
  "                          WHERE stories_fts MATCH ?3 " \
  "                          ORDER BY rowid DESC LIMIT 1 OFFSET " G_STRINGIFY (RANK_MAX_MATCHES) "), 0) " \
  "ORDER BY score LIMIT ?4"

#define STORY_SUMMARY_SQL \
  "SELECT t.id, t.title, t.target_level, t.track, t.created, t.updated, " \
  "  (SELECT group_concat (name, char(31)) FROM " \
  "     (SELECT g.name FROM story_tags st JOIN tags g ON g.id = st.tag_id " \
  "      WHERE st.story_id = t.id ORDER BY st.position)) " \
  "FROM stories t "

static CalStory *
story_summary_from_row (sqlite3_stmt *stmt)
{
  CalStory *story = cal_story_new ();
  const char *tags = (const char *) sqlite3_column_text (stmt, 6);

  cal_story_set_id (story, sqlite3_column_int64 (stmt, 0));
  cal_story_set_title (story, column_text (stmt, 1));
  cal_story_set_target_level (story, column_text (stmt, 2));
  cal_story_set_track (story, column_text (stmt, 3));
  cal_story_set_created (story, sqlite3_column_int64 (stmt, 4));
  cal_story_set_updated (story, sqlite3_column_int64 (stmt, 5));
  if (tags != NULL)
    {
      g_auto(GStrv) split = g_strsplit (tags, TAG_SEPARATOR, -1);

      cal_story_set_tags (story, (const char * const *) split);
    }
  cal_story_set_body_loaded (story, FALSE);
  cal_story_set_dirty (story, FALSE);

  return story;
}

static GListModel *
list_story_summaries (CalStore      *self,
                      const char    *clause,
                      const Binds   *binds,
                      GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(GListStore) list = g_list_store_new (CAL_TYPE_STORY);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autofree char *sql = g_strconcat (STORY_SUMMARY_SQL, clause, NULL);
  int rc;

  stmt = store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  apply_binds (stmt, binds);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, story_summary_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* The whole bank: two plain scans (rows, then every tag link in story
 * order) instead of one tag subquery per story. */
static GListModel *
list_all_story_summaries (CalStore  *self,
                          GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(GListStore) list = g_list_store_new (CAL_TYPE_STORY);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = NULL;
  CalStory *current = NULL;
  gint64 current_id = 0;
  int rc;

  {
    g_autoptr(CalStoreStmt) stmt = store_prepare (self,
                                                  "SELECT t.id, t.title, t.target_level, t.track, t.created, "
                                                  "  t.updated, NULL FROM stories t "
                                                  "ORDER BY t.updated DESC, t.id DESC",
                                                  error);

    if (stmt == NULL)
      return NULL;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        CalStory *story = story_summary_from_row (stmt);

        g_ptr_array_add (items, story);
        g_hash_table_insert (by_id, g_memdup2 (&(gint64) { cal_story_get_id (story) }, sizeof (gint64)), story);
      }
    if (rc != SQLITE_DONE)
      {
        store_error (self, rc, error);
        return NULL;
      }
  }

  {
    g_autoptr(CalStoreStmt) stmt = store_prepare (self,
                                                  "SELECT st.story_id, g.name FROM story_tags st "
                                                  "JOIN tags g ON g.id = st.tag_id "
                                                  "ORDER BY st.story_id, st.position",
                                                  error);

    if (stmt == NULL)
      return NULL;

    for (;;)
      {
        gint64 id = 0;

        rc = sqlite3_step (stmt);
        if (rc == SQLITE_ROW)
          id = sqlite3_column_int64 (stmt, 0);

        if ((rc != SQLITE_ROW || id != current_id) && current != NULL)
          {
            g_auto(GStrv) tags = g_strv_builder_end (builder);

            cal_story_set_tags (current, (const char * const *) tags);
            cal_story_set_dirty (current, FALSE);
            current = NULL;
          }
        if (rc != SQLITE_ROW)
          break;

        if (id != current_id || builder == NULL)
          {
            current_id = id;
            current = g_hash_table_lookup (by_id, &id);
            g_clear_pointer (&builder, g_strv_builder_unref);
            builder = g_strv_builder_new ();
          }
        if (current != NULL)
          g_strv_builder_add (builder, column_text (stmt, 1));
      }
    if (rc != SQLITE_DONE)
      {
        store_error (self, rc, error);
        return NULL;
      }
  }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
read_story_tags (CalStore  *self,
                 CalStory  *story,
                 GError   **error)
{
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  int rc;

  stmt = store_prepare (self,
                        "SELECT g.name FROM story_tags st JOIN tags g ON g.id = st.tag_id "
                        "WHERE st.story_id = ?1 ORDER BY st.position",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cal_story_get_id (story));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return store_error (self, rc, error);

  tags = g_strv_builder_end (builder);
  cal_story_set_tags (story, (const char * const *) tags);
  return TRUE;
}

/* Turns whatever the user typed into a safe FTS5 query: every word
 * becomes a quoted string (quotes inside doubled), so operators and
 * brackets are plain text, and the last word matches as a prefix to
 * support search as you type. Words are ANDed. */
static char *
fts_query_from_user_text (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  gboolean ends_in_space;
  guint n_words = 0;
  guint n;

  if (text == NULL)
    return NULL;

  words = g_strsplit_set (text, " \t\r\n\f\v", -1);
  n = g_strv_length (words);
  ends_in_space = *text != '\0' && g_ascii_isspace (text[strlen (text) - 1]);

  for (guint i = 0; i < n; i++)
    {
      const char *word = words[i];
      gboolean has_token = FALSE;
      gboolean last = TRUE;

      /* Words of punctuation only hold no token: FTS5 would reject an
       * empty phrase, and they cannot match anything anyway. */
      for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (g_unichar_isalnum (g_utf8_get_char (p)))
            {
              has_token = TRUE;
              break;
            }
        }
      if (!g_utf8_validate (word, -1, NULL) || !has_token)
        continue;

      for (guint j = i + 1; j < n; j++)
        if (*words[j] != '\0')
          last = FALSE;

      if (n_words++ > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = word; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');
      if (last && !ends_in_space)
        g_string_append_c (query, '*');
    }

  if (n_words == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* ------------------------------------------------------------------ */
/* Opening */

/* Above this size a clean database is not read page by page on every
 * start (PRAGMA quick_check costs about 1.5 ms per MB); see
 * cal_store_open_internal(). */
static gsize full_check_max_bytes = 32 * 1024 * 1024;

/**
 * cal_store_set_full_check_max_bytes:
 * @bytes: the largest database checked page by page on every open
 *
 * For tests: lets a small file take the path of a big one.
 */
void
cal_store_set_full_check_max_bytes (gsize bytes)
{
  full_check_max_bytes = bytes;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The cheap checks that need no SQLite: the magic string, and whether
 * the file is as long as its header says (a truncated copy is not). */
static gboolean
header_looks_sane (const char *path,
                   gboolean    check_length)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[100] = { 0 };
  struct stat st;
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return TRUE;   /* Unreadable: let SQLite report why. */

  n = read (fd, header, sizeof header);
  if (fstat (fd, &st) != 0)
    st.st_size = 0;
  g_close (fd, NULL);

  if (n == 0)
    return TRUE;   /* An empty file is an empty database. */
  if (n != sizeof header || memcmp (header, magic, sizeof magic) != 0)
    return FALSE;

  if (check_length)
    {
      guint32 page_size = (header[16] << 8) | header[17];
      guint32 change_counter = read_be32 (header + 24);
      guint32 page_count = read_be32 (header + 28);
      guint32 valid_for = read_be32 (header + 92);

      if (page_size == 1)
        page_size = 65536;
      /* The page count is trustworthy only when it was written by the
       * same change as the counter. */
      if (valid_for == change_counter && page_count > 0 &&
          (gint64) page_count * page_size > (gint64) st.st_size)
        return FALSE;
    }

  return TRUE;
}

static gboolean
file_is_nonempty (const char *path)
{
  struct stat st;

  return g_stat (path, &st) == 0 && st.st_size > 0;
}

typedef enum
{
  PROBE_OK,
  PROBE_CORRUPT,
  PROBE_FAILED,
} ProbeResult;

/* Reads without writing: the integrity check and the schema version. */
static ProbeResult
probe (CalStore  *self,
       gboolean   full,
       GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int version = 0;
  int rc;

  /* Without the full check, reading the whole schema still catches a
   * damaged first page or schema. */
  rc = sqlite3_prepare_v2 (self->db,
                           full ? "PRAGMA quick_check"
                                : "SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_schema",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    return PROBE_CORRUPT;
  if (rc != SQLITE_OK)
    {
      store_error (self, rc, error);
      return PROBE_FAILED;
    }
  if (!ok)
    return PROBE_CORRUPT;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      version = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      store_error (self, rc, error);
      return PROBE_FAILED;
    }

  if (version > cal_store_migrations_get_latest ())
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Calibrd. Update "
                     "Calibrd to open it; the file was left untouched."),
                   display);
      return PROBE_FAILED;
    }

  return PROBE_OK;
}

static char *
set_aside_corrupt (const char  *path,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  /* Never overwrite an earlier casualty. */
  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged and could not be moved aside: %s. Move it "
                     "away by hand or restore a backup."),
                   display, g_strerror (saved_errno));
      return NULL;
    }

  /* The journal files belong to the damaged file and would be replayed
   * into the fresh one. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&target);
}

static gboolean
open_connection (CalStore  *self,
                 GError   **error)
{
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc != SQLITE_OK)
    {
      store_error (self, rc, error);
      sqlite3_close (self->db);
      self->db = NULL;
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, CAL_STORE_DEFAULT_BUSY_TIMEOUT_MS);

  /* Until the file is known to be ours and current, closing must not
   * checkpoint a WAL into it: a refused file stays byte for byte. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  return TRUE;
}

static void
close_connection (CalStore *self)
{
  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    sqlite3_close (self->db);
  self->db = NULL;
}

static gboolean
ensure_file (const char  *path,
             GError     **error)
{
  int fd;

  /* SQLite would create the file 0644; create it first, private. The
   * -wal and -shm files take their mode from it. */
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
        {
          /* An existing file that is only read-only is reported by SQLite
           * itself below. */
          if (g_file_test (path, G_FILE_TEST_EXISTS))
            return TRUE;
          g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_READ_ONLY,
                       _("Calibrd cannot create its database “%s”: %s. Make sure the folder is "
                         "writable."),
                       display, g_strerror (saved_errno));
        }
      else if (saved_errno == ENOSPC || saved_errno == EDQUOT)
        g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FULL,
                     _("Calibrd cannot create its database “%s” because the disk is full. Free "
                       "some space and start it again."),
                     display);
      else
        g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FAILED,
                     _("Calibrd cannot create its database “%s”: %s."),
                     display, g_strerror (saved_errno));
      return FALSE;
    }

  fchmod (fd, 0600);
  g_close (fd, NULL);
  return TRUE;
}

static gboolean
cal_store_open_internal (CalStore  *self,
                         GError   **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *default_dir = cal_paths_get_data_dir ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *marker = NULL;
  gboolean unclean, full_check;
  ProbeResult result;
  struct stat st;

  /* The app's own folder is made private; a folder named with --db is the
   * user's business unless it has to be created. An existing folder that
   * cannot be tightened still works. */
  if ((g_strcmp0 (dir, default_dir) == 0 || !g_file_test (dir, G_FILE_TEST_IS_DIR)) &&
      !cal_paths_ensure_private_dir (dir, &local_error) &&
      !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      gboolean denied = g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
                        g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);

      g_set_error (error, CAL_STORE_ERROR,
                   denied ? CAL_STORE_ERROR_READ_ONLY : CAL_STORE_ERROR_FAILED,
                   "%s", local_error->message);
      return FALSE;
    }

  /* Every page is checked (quick_check) when the database is small, when
   * the last session did not end cleanly (its WAL is still there), or when
   * damage was seen while working. A big database closed cleanly gets the
   * cheap checks: header, length and schema; any damage found later marks
   * it for the full check on the next start. */
  wal = g_strconcat (self->path, "-wal", NULL);
  marker = check_marker_path (self->path);
  unclean = file_is_nonempty (wal);
  full_check = unclean || g_file_test (marker, G_FILE_TEST_EXISTS) ||
               (g_stat (self->path, &st) == 0 && (gsize) st.st_size <= full_check_max_bytes);

  if (g_file_test (self->path, G_FILE_TEST_EXISTS) &&
      !header_looks_sane (self->path, !unclean))
    result = PROBE_CORRUPT;
  else
    {
      if (!ensure_file (self->path, error))
        return FALSE;
      if (!open_connection (self, error))
        return FALSE;
      result = probe (self, full_check, error);
    }

  if (result != PROBE_FAILED && full_check)
    g_unlink (marker);

  if (result == PROBE_FAILED)
    {
      close_connection (self);
      return FALSE;
    }

  if (result == PROBE_CORRUPT)
    {
      close_connection (self);
      self->recovered_path = set_aside_corrupt (self->path, error);
      if (self->recovered_path == NULL)
        return FALSE;

      g_warning ("The database %s was damaged; it was moved to %s and a fresh one was created",
                 self->path, self->recovered_path);

      if (!ensure_file (self->path, error) || !open_connection (self, error))
        return FALSE;
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      close_connection (self);
      cal_store_set_sqlite_error (error, NULL, SQLITE_READONLY, self->path);
      return FALSE;
    }

  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  /* WAL: readers never wait for the writer and a crash mid-write leaves
   * the last commit intact. synchronous=FULL makes each commit survive a
   * power cut too; the autosave commits at most every few seconds. */
  if (!exec_simple (self,
                    "PRAGMA journal_mode = WAL;"
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA foreign_keys = ON;"
                    "PRAGMA temp_store = MEMORY;",
                    error) ||
      !cal_store_migrations_apply (self->db, cal_store_migrations_get_latest (), error))
    {
      close_connection (self);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* GObject */

static void
cal_store_finalize (GObject *object)
{
  CalStore *self = (CalStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  undo_records_clear (self, 0);
  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->undo_marks, g_array_unref);
  g_free (self->path);
  g_free (self->recovered_path);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (cal_store_parent_class)->finalize (object);
}

static void
cal_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CalStore *self = CAL_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_RECOVERED_PATH:
      g_value_set_string (value, self->recovered_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_store_class_init (CalStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_store_finalize;
  object_class->get_property = cal_store_get_property;

  /**
   * CalStore:path:
   *
   * The database file.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CalStore:recovered-path:
   *
   * Where a damaged database was moved when the store was opened, or
   * %NULL. The UI tells the user about it once.
   */
  properties[PROP_RECOVERED_PATH] =
    g_param_spec_string ("recovered-path", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  entities_init ();
}

static void
cal_store_init (CalStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->undo = g_array_new (FALSE, FALSE, sizeof (UndoRecord));
  self->undo_marks = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* ------------------------------------------------------------------ */
/* Public API */

/**
 * cal_store_open:
 * @path: (nullable): the database file, or %NULL for the app's own
 *   (`$XDG_DATA_HOME/calibrd/calibrd.db`)
 * @error: return location for a #GError
 *
 * Opens the database, creating it (mode 0600, in a 0700 folder) if needed
 * and bringing its schema up to date.
 *
 * A damaged file is not an error: it is moved aside as
 * `<path>.corrupt-YYYYmmdd-HHMMSS`, a fresh database is created, and
 * cal_store_get_recovered_path() says where the old one went. A database
 * from a newer Calibrd is refused with %CAL_STORE_ERROR_TOO_NEW and left
 * untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
CalStore *
cal_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(CalStore) self = g_object_new (CAL_TYPE_STORE, NULL);

  self->path = path != NULL ? g_strdup (path) : cal_paths_get_database_path ();

  if (!cal_store_open_internal (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * cal_store_get_path:
 * @self: a #CalStore
 *
 * Returns: the database file
 */
const char *
cal_store_get_path (CalStore *self)
{
  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return self->path;
}

/**
 * cal_store_get_recovered_path:
 * @self: a #CalStore
 *
 * Returns: (nullable): where a damaged database was moved on open, or %NULL
 */
const char *
cal_store_get_recovered_path (CalStore *self)
{
  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return self->recovered_path;
}

/**
 * cal_store_dup_recordings_dir:
 * @self: a #CalStore
 *
 * The recordings live in a `recordings` folder beside the database, so a
 * database given with `--db` keeps its own.
 *
 * Returns: (transfer full): the recordings folder
 */
char *
cal_store_dup_recordings_dir (CalStore *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  dir = g_path_get_dirname (self->path);
  return g_build_filename (dir, "recordings", NULL);
}

/**
 * cal_store_get_schema_version:
 *
 * Returns: the schema version this build reads and writes
 */
int
cal_store_get_schema_version (void)
{
  return cal_store_migrations_get_latest ();
}

/**
 * cal_store_set_busy_timeout:
 * @self: a #CalStore
 * @msec: how long to wait for another program's lock, in milliseconds
 *
 * After that, writes fail with %CAL_STORE_ERROR_BUSY. The default is 5 s.
 */
void
cal_store_set_busy_timeout (CalStore *self,
                            int       msec)
{
  g_return_if_fail (CAL_IS_STORE (self));

  g_rec_mutex_lock (&self->lock);
  sqlite3_busy_timeout (self->db, msec);
  g_rec_mutex_unlock (&self->lock);
}

void
cal_store_lock (CalStore *self)
{
  g_rec_mutex_lock (&self->lock);
}

void
cal_store_unlock (CalStore *self)
{
  g_rec_mutex_unlock (&self->lock);
}

sqlite3 *
cal_store_get_connection (CalStore *self)
{
  return self->db;
}

/**
 * cal_store_save:
 * @self: a #CalStore
 * @object: (type GObject): any model object (#CalJob, #CalStory, …)
 * @error: return location for a #GError
 *
 * Inserts @object (when its id is 0) or updates it, sets its id and time
 * stamps and clears its dirty flag.
 *
 * Returns: %TRUE if it was saved; on failure nothing changed
 */
gboolean
cal_store_save (CalStore  *self,
                gpointer   object,
                GError   **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  return save_objects (self, (GObject **) &object, 1, error);
}

/**
 * cal_store_save_all:
 * @self: a #CalStore
 * @objects: (element-type GObject): model objects
 * @error: return location for a #GError
 *
 * Saves all of @objects in one transaction: either all are saved or none
 * is, and then their ids and dirty flags are as they were.
 *
 * Returns: %TRUE if all were saved
 */
gboolean
cal_store_save_all (CalStore   *self,
                    GPtrArray  *objects,
                    GError    **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);
  g_return_val_if_fail (objects != NULL, FALSE);

  return save_objects (self, (GObject **) objects->pdata, objects->len, error);
}

/**
 * cal_model_copy:
 * @object: (type GObject): a model object
 *
 * Copies every property, including id and dirty flag. The autosave hands
 * such copies to its worker thread so the UI may keep editing.
 *
 * Returns: (transfer full) (type GObject): the copy
 */
gpointer
cal_model_copy (gpointer object)
{
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy;
  gboolean dirty = FALSE;
  guint n;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  copy = g_object_new (G_OBJECT_TYPE (object), NULL);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          g_str_equal (pspecs[i]->name, "dirty"))
        continue;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (object, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  g_object_get (object, "dirty", &dirty, NULL);
  g_object_set (copy, "dirty", dirty, NULL);

  return copy;
}

/**
 * cal_model_get_id:
 * @object: (type GObject): a model object
 *
 * Returns: its row id, 0 if never stored
 */
gint64
cal_model_get_id (gpointer object)
{
  gint64 id = 0;

  g_return_val_if_fail (G_IS_OBJECT (object), 0);

  g_object_get (object, "id", &id, NULL);
  return id;
}

/**
 * cal_model_get_dirty:
 * @object: (type GObject): a model object
 *
 * Returns: whether it changed since it was last loaded or saved
 */
gboolean
cal_model_get_dirty (gpointer object)
{
  gboolean dirty = FALSE;

  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  g_object_get (object, "dirty", &dirty, NULL);
  return dirty;
}

/* The typed wrappers below are thin; they exist so that callers get type
 * checking and so the API reads per entity. */

#define DEFINE_ENTITY_API(thing, Thing, THING, ENTITY)                          \
gboolean                                                                        \
cal_store_save_##thing (CalStore  *self,                                        \
                        Cal##Thing *object,                                     \
                        GError   **error)                                       \
{                                                                               \
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);                            \
  g_return_val_if_fail (CAL_IS_##THING (object), FALSE);                        \
                                                                                \
  return save_objects (self, (GObject **) &object, 1, error);                   \
}                                                                               \
                                                                                \
Cal##Thing *                                                                    \
cal_store_get_##thing (CalStore  *self,                                         \
                       gint64     id,                                           \
                       GError   **error)                                        \
{                                                                               \
  g_return_val_if_fail (CAL_IS_STORE (self), NULL);                             \
                                                                                \
  return (Cal##Thing *) get_row (self, &entities[ENTITY], id, error);           \
}                                                                               \
                                                                                \
gboolean                                                                        \
cal_store_delete_##thing (CalStore  *self,                                      \
                          gint64     id,                                        \
                          GError   **error)                                     \
{                                                                               \
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);                            \
                                                                                \
  return delete_row (self, &entities[ENTITY], id, error);                       \
}

DEFINE_ENTITY_API (job, Job, JOB, ENTITY_JOB)
DEFINE_ENTITY_API (process, Process, PROCESS, ENTITY_PROCESS)
DEFINE_ENTITY_API (offer, Offer, OFFER, ENTITY_OFFER)
DEFINE_ENTITY_API (round, Round, ROUND, ENTITY_ROUND)
DEFINE_ENTITY_API (question, Question, QUESTION, ENTITY_QUESTION)
DEFINE_ENTITY_API (practice, Practice, PRACTICE, ENTITY_PRACTICE)
DEFINE_ENTITY_API (plan, Plan, PLAN, ENTITY_PLAN)
DEFINE_ENTITY_API (plan_item, PlanItem, PLAN_ITEM, ENTITY_PLAN_ITEM)
DEFINE_ENTITY_API (cv, Cv, CV, ENTITY_CV)

/**
 * cal_store_list_jobs:
 * @self: a #CalStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalJob, last updated first
 */
GListModel *
cal_store_list_jobs (CalStore  *self,
                     GError   **error)
{
  Binds binds = { { 0, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_JOB], "ORDER BY t.updated DESC, t.id DESC", &binds, error);
}

/**
 * cal_store_search_jobs:
 * @self: a #CalStore
 * @query: what the user typed; any text is accepted
 * @limit: the most results to return
 * @error: return location for a #GError
 *
 * Searches company, title and description text.
 *
 * Returns: (transfer full): a #GListModel of #CalJob, best match first
 */
GListModel *
cal_store_search_jobs (CalStore    *self,
                       const char  *query,
                       guint        limit,
                       GError     **error)
{
  g_autofree char *fts = fts_query_from_user_text (query);
  Binds binds = { { 0, 0 }, fts, limit };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  if (fts == NULL)
    return G_LIST_MODEL (g_list_store_new (CAL_TYPE_JOB));

  return list_rows (self, &entities[ENTITY_JOB],
                    "JOIN (SELECT rowid, bm25 (jobs_fts, 5.0, 5.0, 1.0) AS score "
                    "      FROM jobs_fts WHERE jobs_fts MATCH ?3 "
                    "      ORDER BY score LIMIT ?4) f ON f.rowid = t.id "
                    "ORDER BY f.score",
                    &binds, error);
}

#define JOB_SUMMARY_SQL \
  "SELECT t.id, t.company, t.title, t.level, t.track, t.updated FROM jobs t "

/**
 * cal_store_list_job_summaries:
 * @self: a #CalStore
 * @query: (nullable): what the user typed, or %NULL or "" for every job
 * @limit: the most results of a search; every job is listed without one
 * @error: return location for a #GError
 *
 * What a list of jobs shows, without reading the description text and the
 * analysis, which are most of the table's bytes: with a thousand jobs
 * that is the difference between a few hundred kilobytes and tens of
 * megabytes read and copied. Open a job with cal_store_get_job().
 *
 * Returns: (transfer full): a #GListModel of #CalJobSummary, last updated
 *   first, or best match first for a search (the order and the matches of
 *   cal_store_list_jobs() and cal_store_search_jobs())
 */
GListModel *
cal_store_list_job_summaries (CalStore    *self,
                              const char  *query,
                              guint        limit,
                              GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autofree char *fts = NULL;
  gboolean searching = query != NULL && *query != '\0';
  Binds binds = { { 0, 0 }, NULL, limit };
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  list = g_list_store_new (CAL_TYPE_JOB_SUMMARY);
  if (searching)
    {
      fts = fts_query_from_user_text (query);
      if (fts == NULL)
        return G_LIST_MODEL (g_steal_pointer (&list));
      binds.text = fts;
    }

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = store_prepare (self,
                        searching
                        ? JOB_SUMMARY_SQL
                          "JOIN (SELECT rowid, bm25 (jobs_fts, 5.0, 5.0, 1.0) AS score "
                          "      FROM jobs_fts WHERE jobs_fts MATCH ?3 "
                          "      ORDER BY score LIMIT ?4) f ON f.rowid = t.id "
                          "ORDER BY f.score"
                        : JOB_SUMMARY_SQL "ORDER BY t.updated DESC, t.id DESC",
                        error);
  if (stmt == NULL)
    return NULL;

  apply_binds (stmt, &binds);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, cal_job_summary_new (sqlite3_column_int64 (stmt, 0),
                                                 column_text (stmt, 1),
                                                 column_text (stmt, 2),
                                                 column_text (stmt, 3),
                                                 column_text (stmt, 4),
                                                 sqlite3_column_int64 (stmt, 5)));
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * cal_store_list_processes:
 * @self: a #CalStore
 * @job_id: only the processes of this job, or 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalProcess, last updated first
 */
GListModel *
cal_store_list_processes (CalStore  *self,
                          gint64     job_id,
                          GError   **error)
{
  Binds binds = { { job_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_PROCESS],
                    "WHERE (?1 = 0 OR t.job_id = ?1) ORDER BY t.updated DESC, t.id DESC",
                    &binds, error);
}

/**
 * cal_store_list_process_events:
 * @self: a #CalStore
 * @process_id: a process
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalProcessEvent, oldest first
 */
GListModel *
cal_store_list_process_events (CalStore  *self,
                               gint64     process_id,
                               GError   **error)
{
  Binds binds = { { process_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_PROCESS_EVENT],
                    "WHERE t.process_id = ?1 ORDER BY t.created, t.id",
                    &binds, error);
}

/**
 * cal_store_list_offers:
 * @self: a #CalStore
 * @process_id: only the offers of this process, or 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalOffer, oldest first
 */
GListModel *
cal_store_list_offers (CalStore  *self,
                       gint64     process_id,
                       GError   **error)
{
  Binds binds = { { process_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_OFFER],
                    "WHERE (?1 = 0 OR t.process_id = ?1) ORDER BY t.id",
                    &binds, error);
}

/**
 * cal_store_list_rounds:
 * @self: a #CalStore
 * @process_id: only the rounds of this process, or 0
 * @job_id: only the rounds of this job, or 0
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalRound in loop order
 */
GListModel *
cal_store_list_rounds (CalStore  *self,
                       gint64     process_id,
                       gint64     job_id,
                       GError   **error)
{
  Binds binds = { { process_id, job_id }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_ROUND],
                    "WHERE (?1 = 0 OR t.process_id = ?1) AND (?2 = 0 OR t.job_id = ?2) "
                    "ORDER BY t.position, t.id",
                    &binds, error);
}

/**
 * cal_store_save_story:
 * @self: a #CalStore
 * @story: a story
 * @error: return location for a #GError
 *
 * Saves @story with its tags. A summary (#CalStory:body-loaded is
 * %FALSE) updates title, target level, track and tags only.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
cal_store_save_story (CalStore  *self,
                      CalStory  *story,
                      GError   **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);
  g_return_val_if_fail (CAL_IS_STORY (story), FALSE);

  return save_objects (self, (GObject **) &story, 1, error);
}

/**
 * cal_store_get_story:
 * @self: a #CalStore
 * @id: a story id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the whole story with its tags, or %NULL
 */
CalStory *
cal_store_get_story (CalStore  *self,
                     gint64     id,
                     GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(CalStory) story = NULL;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  story = (CalStory *) get_row (self, &entities[ENTITY_STORY], id, error);
  if (story == NULL || !read_story_tags (self, story, error))
    return NULL;

  cal_story_set_dirty (story, FALSE);
  return g_steal_pointer (&story);
}

/**
 * cal_store_load_story_body:
 * @self: a #CalStore
 * @story: a story summary from a list
 * @error: return location for a #GError
 *
 * Fills in the situation, task, action and result of @story in place, so
 * the object shown in a list can be edited directly. It stays clean
 * unless it was dirty before.
 *
 * Returns: %TRUE if @story now holds its body
 */
gboolean
cal_store_load_story_body (CalStore  *self,
                           CalStory  *story,
                           GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(CalStoreStmt) stmt = NULL;
  gboolean dirty;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);
  g_return_val_if_fail (CAL_IS_STORY (story), FALSE);

  if (cal_story_get_body_loaded (story))
    return TRUE;

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = store_prepare (self,
                        "SELECT situation, task, action, result FROM stories WHERE id = ?1",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cal_story_get_id (story));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND,
                   _("The story was deleted meanwhile."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return store_error (self, rc, error);

  dirty = cal_story_get_dirty (story);
  g_object_freeze_notify (G_OBJECT (story));
  cal_story_set_situation (story, column_text (stmt, 0));
  cal_story_set_task (story, column_text (stmt, 1));
  cal_story_set_action (story, column_text (stmt, 2));
  cal_story_set_result (story, column_text (stmt, 3));
  cal_story_set_body_loaded (story, TRUE);
  cal_story_set_dirty (story, dirty);
  g_object_thaw_notify (G_OBJECT (story));

  return TRUE;
}

/**
 * cal_store_delete_story:
 * @self: a #CalStore
 * @id: a story id
 * @error: return location for a #GError
 *
 * Deletes the story, its tag links and question links; practices keep
 * their recording but forget the story.
 *
 * Returns: %TRUE if it was deleted
 */
gboolean
cal_store_delete_story (CalStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);

  return delete_row (self, &entities[ENTITY_STORY], id, error);
}

/**
 * cal_store_list_stories:
 * @self: a #CalStore
 * @error: return location for a #GError
 *
 * Lists story summaries only (no STAR text), so that a bank of thousands
 * of stories lists fast; see cal_store_load_story_body().
 *
 * Returns: (transfer full): a #GListModel of #CalStory, last updated first
 */
GListModel *
cal_store_list_stories (CalStore  *self,
                        GError   **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_all_story_summaries (self, error);
}

/**
 * cal_store_search_stories:
 * @self: a #CalStore
 * @query: what the user typed; any text is accepted (“c++ (team” is fine)
 * @limit: the most results to return
 * @error: return location for a #GError
 *
 * Full-text search over title and STAR text; every word must match, the
 * last one as a prefix. A title match ranks above a body match.
 *
 * Returns: (transfer full): a #GListModel of #CalStory summaries, best
 *   first; empty when @query holds no word
 */
GListModel *
cal_store_search_stories (CalStore    *self,
                          const char  *query,
                          guint        limit,
                          GError     **error)
{
  g_autofree char *fts = fts_query_from_user_text (query);
  Binds binds = { { 0, 0 }, fts, limit };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  if (fts == NULL)
    return G_LIST_MODEL (g_list_store_new (CAL_TYPE_STORY));

  /* Rank and cut in the index first, so that only the rows returned are
   * read from the table and get their tags. */
  return list_story_summaries (self,
                               "JOIN (" STORY_SEARCH_SQL ") f ON f.rowid = t.id "
                               "ORDER BY f.score, f.rowid DESC",
                               &binds, error);
}

/**
 * cal_store_search_story_ids:
 * @self: a #CalStore
 * @query: what the user typed; any text is accepted
 * @limit: the most results to return
 * @error: return location for a #GError
 *
 * The same search as cal_store_search_stories(), for a caller that
 * already holds the summaries (a list filtering as the user types): only
 * the index is read, no story row and no tag.
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   stories, best first; empty when @query holds no word; %NULL on error
 */
GArray *
cal_store_search_story_ids (CalStore    *self,
                            const char  *query,
                            guint        limit,
                            GError     **error)
{
  g_autofree char *fts = fts_query_from_user_text (query);
  Binds binds = { { 0, 0 }, fts, limit };
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  if (fts == NULL)
    return g_steal_pointer (&ids);

  locker = g_rec_mutex_locker_new (&self->lock);
  /* The join with the table, as in the full search, drops an index row
   * whose story is gone; there should be none, but the two searches must
   * never disagree. */
  stmt = store_prepare (self,
                        "SELECT f.rowid FROM (" STORY_SEARCH_SQL ") f "
                        "JOIN stories t ON t.id = f.rowid ORDER BY f.score, f.rowid DESC",
                        error);
  if (stmt == NULL)
    return NULL;

  apply_binds (stmt, &binds);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * cal_store_list_tags:
 * @self: a #CalStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the tags in use, sorted, or %NULL on error
 */
char **
cal_store_list_tags (CalStore  *self,
                     GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = store_prepare (self,
                        "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM story_tags) "
                        "ORDER BY name COLLATE NOCASE",
                        error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/**
 * cal_store_list_questions:
 * @self: a #CalStore
 * @job_id: only the questions of this job, or 0 for all
 * @source: (nullable): only `bank`, `predicted` or `own`, or %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalQuestion, oldest first
 */
GListModel *
cal_store_list_questions (CalStore    *self,
                          gint64       job_id,
                          const char  *source,
                          GError     **error)
{
  Binds binds = { { job_id, 0 }, source, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_QUESTION],
                    "WHERE (?1 = 0 OR t.job_id = ?1) AND (?3 IS NULL OR t.source = ?3) "
                    "ORDER BY t.id",
                    &binds, error);
}

static gboolean
exec_link (CalStore    *self,
           const char  *sql,
           gint64       story_id,
           gint64       question_id,
           GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(CalStoreStmt) stmt = store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_int64 (stmt, 2, question_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return store_error (self, rc, error);

  return TRUE;
}

/**
 * cal_store_link_story_question:
 * @self: a #CalStore
 * @story_id: a stored story
 * @question_id: a stored question
 * @error: return location for a #GError
 *
 * Records that the story answers the question (for the coverage matrix).
 * Linking twice is fine.
 *
 * Returns: %TRUE if the link exists
 */
gboolean
cal_store_link_story_question (CalStore  *self,
                               gint64     story_id,
                               gint64     question_id,
                               GError   **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);

  return exec_link (self,
                    "INSERT INTO story_questions (story_id, question_id) VALUES (?1, ?2) "
                    "ON CONFLICT DO NOTHING",
                    story_id, question_id, error);
}

/**
 * cal_store_unlink_story_question:
 * @self: a #CalStore
 * @story_id: a story
 * @question_id: a question
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the link no longer exists
 */
gboolean
cal_store_unlink_story_question (CalStore  *self,
                                 gint64     story_id,
                                 gint64     question_id,
                                 GError   **error)
{
  g_return_val_if_fail (CAL_IS_STORE (self), FALSE);

  return exec_link (self,
                    "DELETE FROM story_questions WHERE story_id = ?1 AND question_id = ?2",
                    story_id, question_id, error);
}

/**
 * cal_store_list_questions_for_story:
 * @self: a #CalStore
 * @story_id: a story
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of the #CalQuestion the story answers
 */
GListModel *
cal_store_list_questions_for_story (CalStore  *self,
                                    gint64     story_id,
                                    GError   **error)
{
  Binds binds = { { story_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_QUESTION],
                    "WHERE t.id IN (SELECT question_id FROM story_questions WHERE story_id = ?1) "
                    "ORDER BY t.id",
                    &binds, error);
}

/**
 * cal_store_list_stories_for_question:
 * @self: a #CalStore
 * @question_id: a question
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalStory summaries that answer it
 */
GListModel *
cal_store_list_stories_for_question (CalStore  *self,
                                     gint64     question_id,
                                     GError   **error)
{
  Binds binds = { { question_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_story_summaries (self,
                               "WHERE t.id IN (SELECT story_id FROM story_questions WHERE question_id = ?1) "
                               "ORDER BY t.updated DESC, t.id DESC",
                               &binds, error);
}

/**
 * cal_store_list_practices:
 * @self: a #CalStore
 * @question_id: only the practices of this question, or 0
 * @story_id: only the practices of this story, or 0
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalPractice, newest first
 */
GListModel *
cal_store_list_practices (CalStore  *self,
                          gint64     question_id,
                          gint64     story_id,
                          GError   **error)
{
  Binds binds = { { question_id, story_id }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_PRACTICE],
                    "WHERE (?1 = 0 OR t.question_id = ?1) AND (?2 = 0 OR t.story_id = ?2) "
                    "ORDER BY t.created DESC, t.id DESC",
                    &binds, error);
}

/**
 * cal_store_get_last_practice:
 * @self: a #CalStore
 * @error: return location for a #GError
 *
 * The newest practice, without reading the others.
 *
 * Returns: (transfer full) (nullable): the newest #CalPractice, or %NULL
 *   when there is none (no error then) or on error
 */
CalPractice *
cal_store_get_last_practice (CalStore  *self,
                             GError   **error)
{
  Binds binds = { { 0, 0 }, NULL, 0 };
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  list = list_rows (self, &entities[ENTITY_PRACTICE], "ORDER BY t.created DESC, t.id DESC LIMIT 1", &binds, error);
  if (list == NULL || g_list_model_get_n_items (list) == 0)
    return NULL;
  return g_list_model_get_item (list, 0);
}

/**
 * cal_store_list_plans:
 * @self: a #CalStore
 * @job_id: only the plans of this job, or 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalPlan, last updated first
 */
GListModel *
cal_store_list_plans (CalStore  *self,
                      gint64     job_id,
                      GError   **error)
{
  Binds binds = { { job_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_PLAN],
                    "WHERE (?1 = 0 OR t.job_id = ?1) ORDER BY t.updated DESC, t.id DESC",
                    &binds, error);
}

/**
 * cal_store_list_plan_items:
 * @self: a #CalStore
 * @plan_id: a plan
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalPlanItem: learn, then
 *   diagnose, then act, each by position
 */
GListModel *
cal_store_list_plan_items (CalStore  *self,
                           gint64     plan_id,
                           GError   **error)
{
  Binds binds = { { plan_id, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_PLAN_ITEM],
                    "WHERE t.plan_id = ?1 "
                    "ORDER BY CASE t.phase WHEN 'learn' THEN 0 WHEN 'diagnose' THEN 1 ELSE 2 END, "
                    "t.position, t.id",
                    &binds, error);
}

/**
 * cal_store_count_plan_items:
 * @self: a #CalStore
 * @error: return location for a #GError
 *
 * Counts the items of every plan in one query, for a list of plans that
 * shows the counts without loading the items.
 *
 * Returns: (transfer full) (element-type gint64 guint): plan id (a
 *   pointer to a #gint64) → number of items (GUINT_TO_POINTER); plans
 *   without items are not in it
 */
GHashTable *
cal_store_count_plan_items (CalStore  *self,
                            GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(CalStoreStmt) stmt = NULL;
  g_autoptr(GHashTable) counts = NULL;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = store_prepare (self, "SELECT plan_id, COUNT(*) FROM plan_items GROUP BY plan_id", error);
  if (stmt == NULL)
    return NULL;

  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 plan_id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (counts, g_memdup2 (&plan_id, sizeof plan_id),
                           GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    {
      store_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&counts);
}

/**
 * cal_store_list_cvs:
 * @self: a #CalStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #CalCv, newest first
 */
GListModel *
cal_store_list_cvs (CalStore  *self,
                    GError   **error)
{
  Binds binds = { { 0, 0 }, NULL, 0 };

  g_return_val_if_fail (CAL_IS_STORE (self), NULL);

  return list_rows (self, &entities[ENTITY_CV], "ORDER BY t.imported DESC, t.id DESC", &binds, error);
}
