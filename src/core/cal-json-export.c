/* cal-json-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-json-export"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cal-interop.h"
#include "cal-interop-private.h"
#include "cal-file-error.h"
#include "cal-json-export.h"
#include "cal-store-private.h"

/* The file maps the tables one to one: each section is an array of
 * objects with the table's columns as members, ordered by id. Ids are the
 * exporting database's; they only tie objects of the file together, and
 * the import gives every row a new one. Reading and writing go through
 * the raw connection so that time stamps and the funnel's history are
 * copied as they are, rather than made anew as the store's save does. */

typedef enum
{
  COL_TEXT,
  COL_INT,
  COL_REAL,
  COL_REF,        /* an id of another section, or null */
  COL_RECORDING,  /* practices.audio_path: a path relative to the file */
} ColumnKind;

typedef struct
{
  const char *name;
  ColumnKind  kind;
  int         ref;   /* CalJsonSection for COL_REF */
} Column;

#define MAX_COLUMNS 20

typedef struct
{
  const char *name;     /* section and table */
  Column      columns[MAX_COLUMNS];
} Section;

#define TEXT(n) { n, COL_TEXT, -1 }
#define INT(n) { n, COL_INT, -1 }
#define REAL(n) { n, COL_REAL, -1 }
#define REF(n, s) { n, COL_REF, s }

static const Section sections[CAL_JSON_N_SECTIONS] = {
  [CAL_JSON_SECTION_JOBS] = { "jobs", {
    TEXT ("company"), TEXT ("title"), TEXT ("track"), TEXT ("level"), TEXT ("location"),
    TEXT ("remote"), TEXT ("source_text"), TEXT ("analysis"), TEXT ("overrides"),
    INT ("created"), INT ("updated") } },
  [CAL_JSON_SECTION_PROCESSES] = { "processes", {
    REF ("job_id", CAL_JSON_SECTION_JOBS), TEXT ("stage"), TEXT ("outcome"), TEXT ("started_on"),
    TEXT ("ended_on"), TEXT ("last_activity_on"), TEXT ("next_step"), TEXT ("next_step_due"),
    TEXT ("recruiter_name"), TEXT ("recruiter_email"), TEXT ("source"), TEXT ("notes"),
    INT ("created"), INT ("updated") } },
  [CAL_JSON_SECTION_PROCESS_EVENTS] = { "process_events", {
    REF ("process_id", CAL_JSON_SECTION_PROCESSES), TEXT ("from_stage"), TEXT ("to_stage"),
    TEXT ("note"), INT ("created") } },
  [CAL_JSON_SECTION_OFFERS] = { "offers", {
    REF ("process_id", CAL_JSON_SECTION_PROCESSES), REAL ("base_salary"), REAL ("bonus"),
    REAL ("equity"), TEXT ("vesting"), TEXT ("currency"), TEXT ("deadline"), TEXT ("notes"),
    REAL ("sign_on"), REAL ("bonus_pct"), REAL ("equity_grant"), REAL ("equity_units"),
    REAL ("equity_price"), INT ("vesting_years"), INT ("cliff_months"), TEXT ("schedule"),
    TEXT ("benefits"), INT ("created"), INT ("updated") } },
  [CAL_JSON_SECTION_ROUNDS] = { "rounds", {
    REF ("process_id", CAL_JSON_SECTION_PROCESSES), REF ("job_id", CAL_JSON_SECTION_JOBS),
    INT ("position"), TEXT ("kind"), TEXT ("title"), TEXT ("status"), TEXT ("date"),
    TEXT ("notes"), INT ("created"), INT ("updated") } },
  [CAL_JSON_SECTION_QUESTIONS] = { "questions", {
    TEXT ("text"), TEXT ("source"), REF ("job_id", CAL_JSON_SECTION_JOBS), TEXT ("round"),
    TEXT ("competency"), TEXT ("why"), INT ("created") } },
  [CAL_JSON_SECTION_STORIES] = { "stories", {
    TEXT ("title"), TEXT ("situation"), TEXT ("task"), TEXT ("action"), TEXT ("result"),
    TEXT ("target_level"), TEXT ("track"), INT ("created"), INT ("updated") } },
  [CAL_JSON_SECTION_PRACTICES] = { "practices", {
    REF ("question_id", CAL_JSON_SECTION_QUESTIONS), TEXT ("question_text"),
    REF ("story_id", CAL_JSON_SECTION_STORIES), REF ("job_id", CAL_JSON_SECTION_JOBS),
    { "audio_path", COL_RECORDING, -1 }, REAL ("duration"), TEXT ("transcript"), TEXT ("report"),
    TEXT ("mode"), INT ("created") } },
  [CAL_JSON_SECTION_PLANS] = { "plans", {
    REF ("job_id", CAL_JSON_SECTION_JOBS), TEXT ("title"), INT ("created"), INT ("updated") } },
  [CAL_JSON_SECTION_PLAN_ITEMS] = { "plan_items", {
    REF ("plan_id", CAL_JSON_SECTION_PLANS), TEXT ("phase"), INT ("position"), TEXT ("title"),
    TEXT ("detail"), TEXT ("rationale"), INT ("priority"), TEXT ("stakeholder"),
    TEXT ("product_area"), TEXT ("outcome"), TEXT ("source_phrase"), INT ("created"),
    INT ("updated") } },
  [CAL_JSON_SECTION_CVS] = { "cvs", {
    TEXT ("text"), TEXT ("file_name"), INT ("imported") } },
  [CAL_JSON_SECTION_COMP_POINTS] = { "comp_points", {
    TEXT ("source"), TEXT ("company"), TEXT ("level"), REAL ("base"), REAL ("bonus"),
    REAL ("equity_per_year"), TEXT ("currency"), INT ("created") } },
};

/* In the file, practices carry "recording" instead of the absolute path. */
#define RECORDING_MEMBER "recording"
/* Stories carry their tags and linked questions as lists. */
#define TAGS_MEMBER "tags"
#define QUESTIONS_MEMBER "question_ids"

static guint
section_n_columns (const Section *s)
{
  guint n = 0;

  while (n < MAX_COLUMNS && s->columns[n].name != NULL)
    n++;
  return n;
}

static const char *
member_name (const Column *c)
{
  return c->kind == COL_RECORDING ? RECORDING_MEMBER : c->name;
}

/**
 * cal_json_section_name:
 * @section: a #CalJsonSection
 *
 * Returns: the section's member name in the file, e.g. "plan_items"
 */
const char *
cal_json_section_name (CalJsonSection section)
{
  g_return_val_if_fail (section < CAL_JSON_N_SECTIONS, NULL);
  return sections[section].name;
}

/**
 * cal_json_recordings_dir:
 * @json_path: the export file
 *
 * Returns: (transfer full): the folder beside it that holds the
 *   recordings: "@json_path.recordings"
 */
char *
cal_json_recordings_dir (const char *json_path)
{
  return g_strconcat (json_path, ".recordings", NULL);
}

static char *
build_select (const Section *s)
{
  GString *sql = g_string_new ("SELECT id");

  for (guint c = 0; c < section_n_columns (s); c++)
    g_string_append_printf (sql, ", %s", s->columns[c].name);
  g_string_append_printf (sql, " FROM %s ORDER BY id", s->name);
  return g_string_free (sql, FALSE);
}

static char *
build_insert (const Section *s)
{
  GString *sql = g_string_new (NULL);
  guint n = section_n_columns (s);

  g_string_append_printf (sql, "INSERT INTO %s (", s->name);
  for (guint c = 0; c < n; c++)
    g_string_append_printf (sql, "%s%s", c > 0 ? ", " : "", s->columns[c].name);
  g_string_append (sql, ") VALUES (");
  for (guint c = 0; c < n; c++)
    g_string_append_printf (sql, "%s?%u", c > 0 ? ", " : "", c + 1);
  g_string_append_c (sql, ')');
  return g_string_free (sql, FALSE);
}

/* ------------------------------------------------------------------ */
/* Export */

typedef struct
{
  const char *json_path;
  char       *recordings_dir;    /* created on the first recording */
  char       *recordings_name;   /* its base name, for relative paths */
  GHashTable *used_names;
  GPtrArray  *copied;            /* paths, removed again on failure */
  CalJsonCounts *counts;
} ExportState;

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);

  return g_file_copy (source, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                      NULL, NULL, NULL, error);
}

/* A name not yet used in the folder: "a.ogg", then "a-2.ogg" … */
static char *
unique_name (GHashTable *used,
             const char *dir,
             const char *base)
{
  g_autofree char *stem = g_strdup (base);
  const char *dot = strrchr (base, '.');
  const char *ext = dot != NULL && dot != base ? dot : "";
  char *name = g_strdup (base);

  stem[strlen (base) - strlen (ext)] = '\0';
  for (guint n = 2; ; n++)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if ((used == NULL || !g_hash_table_contains (used, name)) && !g_file_test (path, G_FILE_TEST_EXISTS))
        break;
      g_free (name);
      name = g_strdup_printf ("%s-%u%s", stem, n, ext);
    }
  return name;
}

static gboolean
export_recording (ExportState  *state,
                  const char   *audio_path,
                  char        **relative,
                  GError      **error)
{
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;

  *relative = NULL;
  if (*audio_path == '\0')
    return TRUE;
  if (!g_file_test (audio_path, G_FILE_TEST_IS_REGULAR))
    {
      state->counts->missing_recordings++;
      return TRUE;
    }

  if (state->recordings_dir == NULL)
    {
      state->recordings_dir = cal_json_recordings_dir (state->json_path);
      state->recordings_name = g_path_get_basename (state->recordings_dir);
      if (g_mkdir_with_parents (state->recordings_dir, 0755) != 0)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (state->recordings_dir);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The folder “%s” for the recordings could not be created: %s."),
                       display, g_strerror (saved_errno));
          return FALSE;
        }
    }

  base = g_path_get_basename (audio_path);
  name = unique_name (state->used_names, state->recordings_dir, base);
  g_hash_table_add (state->used_names, g_strdup (name));
  target = g_build_filename (state->recordings_dir, name, NULL);
  if (!copy_file (audio_path, target, error))
    return FALSE;
  g_ptr_array_add (state->copied, g_strdup (target));
  state->counts->recordings++;

  /* Always "/" in the file, whatever the system, so it travels. */
  *relative = g_strconcat (state->recordings_name, "/", name, NULL);
  return TRUE;
}

static int
add_story_lists (sqlite3     *db,
                 JsonBuilder *builder,
                 gint64       story_id)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  json_builder_set_member_name (builder, TAGS_MEMBER);
  json_builder_begin_array (builder);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id "
                           "WHERE st.story_id = ?1 ORDER BY st.position, t.name",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    sqlite3_bind_int64 (stmt, 1, story_id);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (builder);
  if (rc != SQLITE_DONE)
    return rc;

  json_builder_set_member_name (builder, QUESTIONS_MEMBER);
  json_builder_begin_array (builder);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT question_id FROM story_questions WHERE story_id = ?1 ORDER BY question_id",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    sqlite3_bind_int64 (stmt, 1, story_id);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (builder);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static gboolean
export_section (sqlite3      *db,
                ExportState  *state,
                guint         index,
                JsonBuilder  *builder,
                int          *rc,
                GError      **error)
{
  const Section *s = &sections[index];
  g_autofree char *sql = build_select (s);
  sqlite3_stmt *stmt = NULL;
  guint n = section_n_columns (s);

  json_builder_set_member_name (builder, s->name);
  json_builder_begin_array (builder);

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      *rc = SQLITE_OK;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, id);

      for (guint c = 0; c < n; c++)
        {
          const Column *col = &s->columns[c];
          const char *text = (const char *) sqlite3_column_text (stmt, c + 1);

          json_builder_set_member_name (builder, member_name (col));
          switch (col->kind)
            {
            case COL_TEXT:
              json_builder_add_string_value (builder, text != NULL ? text : "");
              break;
            case COL_INT:
              json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, c + 1));
              break;
            case COL_REAL:
              json_builder_add_double_value (builder, sqlite3_column_double (stmt, c + 1));
              break;
            case COL_REF:
              if (sqlite3_column_type (stmt, c + 1) == SQLITE_NULL)
                json_builder_add_null_value (builder);
              else
                json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, c + 1));
              break;
            case COL_RECORDING:
              {
                g_autofree char *relative = NULL;

                if (!export_recording (state, text != NULL ? text : "", &relative, error))
                  {
                    sqlite3_finalize (stmt);
                    return FALSE;
                  }
                if (relative != NULL)
                  json_builder_add_string_value (builder, relative);
                else
                  json_builder_add_null_value (builder);
              }
              break;
            default:
              g_assert_not_reached ();
            }
        }

      if (index == CAL_JSON_SECTION_STORIES)
        *rc = add_story_lists (db, builder, id);

      json_builder_end_object (builder);
      state->counts->rows[index]++;
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (builder);

  if (*rc == SQLITE_DONE)
    *rc = SQLITE_OK;
  return TRUE;
}

/* Files left in the recordings folder by an earlier export to the same
 * path would be mistaken for this export's. The folder is named after
 * the file, so it is ours to empty. */
static gboolean
clear_recordings_dir (const char  *dir,
                      GError     **error)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;
  d = g_dir_open (dir, 0, error);
  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        g_unlink (path);
    }
  return TRUE;
}

/**
 * cal_json_export_write:
 * @store: a #CalStore
 * @path: the JSON file to write
 * @counts: (out caller-allocates) (optional): what was written
 * @error: return location for a #GError
 *
 * Writes every job, process (with its stage history, rounds and offers),
 * question, story (with tags and linked questions), practice, plan (with
 * its items), CV and compensation data point to @path, as described in
 * docs/portable-json.md. Recordings are copied into
 * cal_json_recordings_dir() and referenced by a relative path. The same
 * data always gives the same file.
 *
 * Returns: whether the export was written
 */
gboolean
cal_json_export_write (CalStore       *store,
                       const char     *path,
                       CalJsonCounts  *counts,
                       GError        **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  g_autofree char *recordings_dir = NULL;
  CalJsonCounts local = { { 0 }, 0, 0 };
  ExportState state = { 0 };
  gboolean ok = TRUE;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  recordings_dir = cal_json_recordings_dir (path);
  if (!clear_recordings_dir (recordings_dir, error))
    return FALSE;

  state.json_path = path;
  state.used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.copied = g_ptr_array_new_with_free_func (g_free);
  state.counts = &local;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, CAL_JSON_EXPORT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CAL_JSON_EXPORT_VERSION);

  /* One read transaction, so that the file is one moment's data even if
   * the app writes meanwhile. */
  cal_store_lock (store);
  db = cal_store_get_connection (store);
  rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (guint i = 0; ok && rc == SQLITE_OK && i < CAL_JSON_N_SECTIONS; i++)
    ok = export_section (db, &state, i, builder, &rc, error);
  if (ok && rc != SQLITE_OK)
    {
      cal_store_set_sqlite_error (error, db, rc, cal_store_get_path (store));
      ok = FALSE;
    }
  if (sqlite3_get_autocommit (db) == 0)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  cal_store_unlock (store);

  json_builder_end_object (builder);

  if (ok)
    {
      root = json_builder_get_root (builder);
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      json_generator_set_root (generator, root);
      data = json_generator_to_data (generator, NULL);
      ok = g_file_set_contents (path, data, -1, error);
    }

  if (!ok)
    {
      for (guint i = 0; i < state.copied->len; i++)
        g_unlink (g_ptr_array_index (state.copied, i));
      if (state.recordings_dir != NULL)
        g_rmdir (state.recordings_dir);
    }
  else if (counts != NULL)
    *counts = local;

  g_free (state.recordings_dir);
  g_free (state.recordings_name);
  g_hash_table_unref (state.used_names);
  g_ptr_array_unref (state.copied);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Import */

static gboolean
invalid (GError     **error,
         const char  *display,
         const char  *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError     **error,
         const char  *display,
         const char  *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID,
               _("“%s” cannot be imported: %s Nothing was changed."), display, detail);
  return FALSE;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A relative path made only of plain names: nothing absolute, no "..",
 * so a crafted file cannot make the import read outside its folder. */
static gboolean
is_safe_relative (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (*path == '\0' || g_path_is_absolute (path) || strchr (path, '\\') != NULL)
    return FALSE;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return FALSE;
  return TRUE;
}

/* Everything the import needs, checked before the database is touched. */
typedef struct
{
  JsonArray  *rows[CAL_JSON_N_SECTIONS];
  GHashTable *ids[CAL_JSON_N_SECTIONS];   /* file id → new id (gint64 *) */
} ImportPlan;

static void
import_plan_clear (ImportPlan *plan)
{
  for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
    g_clear_pointer (&plan->ids[i], g_hash_table_unref);
}

static gboolean
validate_row (ImportPlan  *plan,
              guint        index,
              guint        position,
              JsonNode    *node,
              const char  *dir,
              const char  *display,
              GError     **error)
{
  const Section *s = &sections[index];
  g_autofree char *where = g_strdup_printf ("%s[%u]", s->name, position);
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  JsonNode *id_node;
  gint64 id;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, display, _("%s is not an object."), where);
  object = json_node_get_object (node);

  id_node = json_object_get_member (object, "id");
  if (id_node == NULL || !is_integer (id_node) || json_node_get_int (id_node) <= 0)
    return invalid (error, display, _("%s has no “id” (a positive whole number)."), where);
  id = json_node_get_int (id_node);
  if (g_hash_table_contains (plan->ids[index], &id))
    return invalid (error, display, _("%s repeats the id %lld."), where, (long long) id);
  g_hash_table_insert (plan->ids[index], g_memdup2 (&id, sizeof id), NULL);

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *value = json_object_get_member (object, name);
      const Column *col = NULL;

      if (g_str_equal (name, "id"))
        continue;

      if (index == CAL_JSON_SECTION_STORIES &&
          (g_str_equal (name, TAGS_MEMBER) || g_str_equal (name, QUESTIONS_MEMBER)))
        {
          gboolean tags = g_str_equal (name, TAGS_MEMBER);
          JsonArray *array;

          if (!JSON_NODE_HOLDS_ARRAY (value))
            return invalid (error, display, _("“%s” of %s must be a list."), name, where);
          array = json_node_get_array (value);
          for (guint k = 0; k < json_array_get_length (array); k++)
            {
              JsonNode *item = json_array_get_element (array, k);

              if (tags ? !is_string (item) : !is_integer (item))
                return invalid (error, display,
                                tags ? _("“%s” of %s must hold only text.")
                                     : _("“%s” of %s must hold only question ids."),
                                name, where);
            }
          continue;
        }

      for (guint c = 0; c < section_n_columns (s); c++)
        if (g_str_equal (member_name (&s->columns[c]), name))
          col = &s->columns[c];
      if (col == NULL)
        return invalid (error, display, _("%s has a member “%s” that this version does not know."),
                        where, name);

      switch (col->kind)
        {
        case COL_TEXT:
          if (!is_string (value))
            return invalid (error, display, _("“%s” of %s must be text."), name, where);
          break;
        case COL_INT:
          if (!is_integer (value))
            return invalid (error, display, _("“%s” of %s must be a whole number."), name, where);
          break;
        case COL_REAL:
          if (!is_number (value))
            return invalid (error, display, _("“%s” of %s must be a number."), name, where);
          break;
        case COL_REF:
          if (!JSON_NODE_HOLDS_NULL (value) && !is_integer (value))
            return invalid (error, display, _("“%s” of %s must be an id or null."), name, where);
          break;
        case COL_RECORDING:
          if (JSON_NODE_HOLDS_NULL (value))
            break;
          if (!is_string (value))
            return invalid (error, display, _("“%s” of %s must be a relative path or null."), name, where);
          else
            {
              const char *relative = json_node_get_string (value);
              g_autofree char *full = NULL;

              if (!is_safe_relative (relative))
                return invalid (error, display, _("The recording “%s” of %s is not a path inside the export’s folder."),
                                relative, where);
              full = g_build_filename (dir, relative, NULL);
              if (!g_file_test (full, G_FILE_TEST_IS_REGULAR))
                return invalid (error, display, _("The recording “%s” of %s is missing; keep the “.recordings” folder beside the file."),
                                relative, where);
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* References are checked once all ids are known: a row may only point to
 * an object of the file (ids are remapped, so anything else is dangling). */
static gboolean
validate_refs (ImportPlan  *plan,
               const char  *display,
               GError     **error)
{
  for (guint index = 0; index < CAL_JSON_N_SECTIONS; index++)
    {
      const Section *s = &sections[index];
      JsonArray *rows = plan->rows[index];

      for (guint r = 0; rows != NULL && r < json_array_get_length (rows); r++)
        {
          JsonObject *object = json_array_get_object_element (rows, r);

          for (guint c = 0; c < section_n_columns (s); c++)
            {
              const Column *col = &s->columns[c];
              JsonNode *value = json_object_get_member (object, col->name);
              gint64 ref;

              if (col->kind != COL_REF || value == NULL || JSON_NODE_HOLDS_NULL (value))
                continue;
              ref = json_node_get_int (value);
              if (!g_hash_table_contains (plan->ids[col->ref], &ref))
                return invalid (error, display,
                                _("“%s” of %s[%u] refers to %s id %lld, which is not in the file."),
                                col->name, s->name, r, sections[col->ref].name, (long long) ref);
            }

          if (index == CAL_JSON_SECTION_STORIES && json_object_has_member (object, QUESTIONS_MEMBER))
            {
              JsonArray *ids = json_object_get_array_member (object, QUESTIONS_MEMBER);

              for (guint k = 0; k < json_array_get_length (ids); k++)
                {
                  gint64 ref = json_array_get_int_element (ids, k);

                  if (!g_hash_table_contains (plan->ids[CAL_JSON_SECTION_QUESTIONS], &ref))
                    return invalid (error, display,
                                    _("“%s” of %s[%u] refers to questions id %lld, which is not in the file."),
                                    QUESTIONS_MEMBER, s->name, r, (long long) ref);
                }
            }
        }
    }

  return TRUE;
}

static gboolean
parse_file (const char  *path,
            const char  *display,
            JsonParser  *parser,
            GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      cal_file_error_explain (error, file);
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID,
                   _("“%s” is not a Calibrd export: it is not a text file. Nothing was changed."), display);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_autoptr(GRegex) regex = g_regex_new ("^[^:]*:(\\d+):(\\d+): *(?:Parse error: *)?(.*)$",
                                             G_REGEX_DOTALL, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, local->message, 0, &match))
        {
          g_autofree char *line = g_match_info_fetch (match, 1);
          g_autofree char *column = g_match_info_fetch (match, 2);
          g_autofree char *detail = g_match_info_fetch (match, 3);

          g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID,
                       _("“%s” is not valid JSON: line %s, column %s: %s. Nothing was changed."),
                       display, line, column, detail);
        }
      else
        g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID,
                     _("“%s” is not valid JSON: %s. Nothing was changed."), display, local->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate (JsonNode    *root,
          ImportPlan  *plan,
          const char  *dir,
          const char  *display,
          GError     **error)
{
  JsonObject *object;
  JsonNode *format, *version;
  g_autoptr(GList) members = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, display, _("it is JSON, but not a Calibrd export (no “format”: “%s”)."),
                    CAL_JSON_EXPORT_FORMAT);
  object = json_node_get_object (root);

  format = json_object_get_member (object, "format");
  if (format == NULL || !is_string (format) || !g_str_equal (json_node_get_string (format), CAL_JSON_EXPORT_FORMAT))
    return invalid (error, display, _("it is JSON, but not a Calibrd export (no “format”: “%s”)."),
                    CAL_JSON_EXPORT_FORMAT);

  version = json_object_get_member (object, "version");
  if (version == NULL || !is_integer (version) || json_node_get_int (version) < 1)
    return invalid (error, display, _("its “version” is missing or not a whole number from 1 up."));
  if (json_node_get_int (version) > CAL_JSON_EXPORT_VERSION)
    {
      g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_TOO_NEW,
                   _("“%s” comes from a newer Calibrd (export version %lld); this Calibrd "
                     "reads up to version %d. Update Calibrd, then import the file again. Nothing was changed."),
                   display, (long long) json_node_get_int (version), CAL_JSON_EXPORT_VERSION);
      return FALSE;
    }

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      gboolean known = g_str_equal (name, "format") || g_str_equal (name, "version");

      for (guint i = 0; !known && i < CAL_JSON_N_SECTIONS; i++)
        known = g_str_equal (name, sections[i].name);
      if (!known)
        return invalid (error, display, _("it has a section “%s” that this version does not know."), name);
    }

  for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
    {
      JsonNode *node = json_object_get_member (object, sections[i].name);

      plan->ids[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return invalid (error, display, _("“%s” must be a list."), sections[i].name);
      plan->rows[i] = json_node_get_array (node);
      for (guint r = 0; r < json_array_get_length (plan->rows[i]); r++)
        if (!validate_row (plan, i, r, json_array_get_element (plan->rows[i], r), dir, display, error))
          return FALSE;
    }

  return validate_refs (plan, display, error);
}

static int
check_empty (sqlite3  *db,
             GString  *found)
{
  for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", sections[i].name);
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 n = sqlite3_column_int64 (stmt, 0);

          if (n > 0)
            g_string_append_printf (found, "%s%s: %" G_GINT64_FORMAT,
                                    found->len > 0 ? ", " : "", sections[i].name, n);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        return rc;
    }
  return SQLITE_OK;
}

typedef struct
{
  const char *dir;              /* the export file's folder */
  char       *recordings_dir;   /* the store's */
  GHashTable *used_names;
  GPtrArray  *copied;
} ImportFiles;

static gboolean
import_recording (ImportFiles  *files,
                  const char   *relative,
                  char        **path,
                  GError      **error)
{
  g_autofree char *source = g_build_filename (files->dir, relative, NULL);
  g_autofree char *base = g_path_get_basename (relative);
  g_autofree char *name = NULL;

  if (g_mkdir_with_parents (files->recordings_dir, 0755) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (files->recordings_dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The recordings folder “%s” could not be created: %s."), display, g_strerror (saved_errno));
      return FALSE;
    }

  /* Never replace a recording that is already there. */
  name = unique_name (files->used_names, files->recordings_dir, base);
  g_hash_table_add (files->used_names, g_strdup (name));

  *path = g_build_filename (files->recordings_dir, name, NULL);
  if (!copy_file (source, *path, error))
    {
      g_clear_pointer (path, g_free);
      return FALSE;
    }
  g_ptr_array_add (files->copied, g_strdup (*path));
  return TRUE;
}

static gint64
new_id (ImportPlan *plan,
        guint       section,
        gint64      old_id)
{
  gint64 *id = g_hash_table_lookup (plan->ids[section], &old_id);

  return id != NULL ? *id : 0;
}

static int
insert_section (sqlite3      *db,
                ImportPlan   *plan,
                ImportFiles  *files,
                guint         index,
                GError      **error)
{
  const Section *s = &sections[index];
  g_autofree char *sql = build_insert (s);
  JsonArray *rows = plan->rows[index];
  sqlite3_stmt *stmt = NULL;
  guint n = section_n_columns (s);
  int rc;

  if (rows == NULL)
    return SQLITE_OK;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  for (guint r = 0; rc == SQLITE_OK && r < json_array_get_length (rows); r++)
    {
      JsonObject *object = json_array_get_object_element (rows, r);
      gint64 old_id = json_object_get_int_member (object, "id");
      gint64 id;

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      for (guint c = 0; c < n; c++)
        {
          const Column *col = &s->columns[c];
          JsonNode *value = json_object_get_member (object, member_name (col));

          switch (col->kind)
            {
            case COL_TEXT:
              sqlite3_bind_text (stmt, c + 1, value != NULL ? json_node_get_string (value) : "", -1, SQLITE_TRANSIENT);
              break;
            case COL_INT:
              sqlite3_bind_int64 (stmt, c + 1, value != NULL ? json_node_get_int (value) : 0);
              break;
            case COL_REAL:
              sqlite3_bind_double (stmt, c + 1, value != NULL ? json_node_get_double (value) : 0.0);
              break;
            case COL_REF:
              if (value == NULL || JSON_NODE_HOLDS_NULL (value))
                sqlite3_bind_null (stmt, c + 1);
              else
                sqlite3_bind_int64 (stmt, c + 1, new_id (plan, col->ref, json_node_get_int (value)));
              break;
            case COL_RECORDING:
              if (value == NULL || JSON_NODE_HOLDS_NULL (value))
                sqlite3_bind_text (stmt, c + 1, "", -1, SQLITE_STATIC);
              else
                {
                  g_autofree char *path = NULL;

                  if (!import_recording (files, json_node_get_string (value), &path, error))
                    {
                      sqlite3_finalize (stmt);
                      return SQLITE_ABORT;
                    }
                  sqlite3_bind_text (stmt, c + 1, path, -1, SQLITE_TRANSIENT);
                }
              break;
            default:
              g_assert_not_reached ();
            }
        }

      if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
        {
          /* The schema's own checks (a phase, a priority, a source)
           * catch values the file should not hold; say where. */
          g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID,
                       _("%s[%u] cannot be stored: %s. Nothing was changed."),
                       s->name, r, sqlite3_errmsg (db));
          sqlite3_finalize (stmt);
          return SQLITE_ABORT;
        }
      rc = SQLITE_OK;
      id = sqlite3_last_insert_rowid (db);
      g_hash_table_replace (plan->ids[index], g_memdup2 (&old_id, sizeof old_id), g_memdup2 (&id, sizeof id));

      if (index == CAL_JSON_SECTION_STORIES)
        {
          JsonArray *tags = json_object_has_member (object, TAGS_MEMBER)
                            ? json_object_get_array_member (object, TAGS_MEMBER) : NULL;
          JsonArray *questions = json_object_has_member (object, QUESTIONS_MEMBER)
                                 ? json_object_get_array_member (object, QUESTIONS_MEMBER) : NULL;
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          sqlite3_stmt *link = NULL;

          for (guint k = 0; tags != NULL && k < json_array_get_length (tags); k++)
            g_ptr_array_add (names, (gpointer) json_array_get_string_element (tags, k));
          g_ptr_array_add (names, NULL);
          rc = cal_interop_write_tags (db, id, (const char * const *) names->pdata);

          if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v2 (db,
                                     "INSERT INTO story_questions (story_id, question_id) VALUES (?1, ?2) "
                                     "ON CONFLICT DO NOTHING",
                                     -1, &link, NULL);
          for (guint k = 0; rc == SQLITE_OK && questions != NULL && k < json_array_get_length (questions); k++)
            {
              sqlite3_reset (link);
              sqlite3_bind_int64 (link, 1, id);
              sqlite3_bind_int64 (link, 2, new_id (plan, CAL_JSON_SECTION_QUESTIONS,
                                                   json_array_get_int_element (questions, k)));
              rc = sqlite3_step (link) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
            }
          sqlite3_finalize (link);
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

/**
 * cal_json_import_read:
 * @store: a #CalStore that holds no data yet
 * @path: a file written by cal_json_export_write()
 * @counts: (out caller-allocates) (optional): what was imported
 * @error: return location for a #GError
 *
 * Loads a portable export into an empty database: every row gets a new id
 * and references follow; recordings are copied from the folder beside
 * @path into the store's recordings folder. The whole file is checked
 * before anything is written, and everything is written in one
 * transaction: on any error nothing has changed. A database that already
 * holds data is refused with %CAL_INTEROP_ERROR_NOT_EMPTY (merging two
 * histories is not something a file import can do safely).
 *
 * Returns: whether the data was imported
 */
gboolean
cal_json_import_read (CalStore       *store,
                      const char     *path,
                      CalJsonCounts  *counts,
                      GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *display = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  ImportPlan plan = { { NULL }, { NULL } };
  ImportFiles files = { 0 };
  GError *local = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  dir = g_path_get_dirname (path);

  if (!parse_file (path, display, parser, error))
    return FALSE;
  if (!validate (json_parser_get_root (parser), &plan, dir, display, error))
    {
      import_plan_clear (&plan);
      return FALSE;
    }

  files.dir = dir;
  files.recordings_dir = cal_store_dup_recordings_dir (store);
  files.used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  files.copied = g_ptr_array_new_with_free_func (g_free);

  cal_store_lock (store);
  db = cal_store_get_connection (store);

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = check_empty (db, found);
  if (rc == SQLITE_OK && found->len > 0)
    {
      g_set_error (&local, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NOT_EMPTY,
                   _("The database already holds data (%s). A portable export is only imported into an "
                     "empty database: use a new one (for example calibrd-cli --db NEW.db import json FILE). "
                     "Nothing was changed."),
                   found->str);
      rc = SQLITE_ABORT;
    }
  for (guint i = 0; rc == SQLITE_OK && i < CAL_JSON_N_SECTIONS; i++)
    rc = insert_section (db, &plan, &files, i, &local);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      if (local == NULL)
        cal_store_set_sqlite_error (&local, db, rc, cal_store_get_path (store));
      if (sqlite3_get_autocommit (db) == 0)
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      for (guint i = 0; i < files.copied->len; i++)
        g_unlink (g_ptr_array_index (files.copied, i));
    }
  cal_store_unlock (store);

  if (rc == SQLITE_OK && counts != NULL)
    {
      memset (counts, 0, sizeof *counts);
      for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
        counts->rows[i] = plan.rows[i] != NULL ? json_array_get_length (plan.rows[i]) : 0;
      counts->recordings = files.copied->len;
    }

  import_plan_clear (&plan);
  g_free (files.recordings_dir);
  g_hash_table_unref (files.used_names);
  g_ptr_array_unref (files.copied);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}
