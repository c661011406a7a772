/* cal-interop.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-interop"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cal-file-error.h"
#include "cal-interop.h"
#include "cal-interop-private.h"

G_DEFINE_QUARK (cal-interop-error-quark, cal_interop_error)

/* "Staff Engineer, Acme", "Staff Engineer", "Acme" or nothing: the parts
 * the user filled in, so a subject never shows an empty ", ". */
static char *
role_at_company (const char *role,
                 const char *company)
{
  gboolean has_role = role != NULL && *role != '\0';
  gboolean has_company = company != NULL && *company != '\0';

  if (has_role && has_company)
    /* Translators: a role and its company in an email subject, e.g.
     * "Staff Engineer, Acme". */
    return g_strdup_printf (_("%s, %s"), role, company);
  if (has_role)
    return g_strdup (role);
  if (has_company)
    return g_strdup (company);
  return NULL;
}

/**
 * cal_share_subject_for_plan:
 * @role: (nullable): the job title
 * @company: (nullable): the company
 *
 * Returns: (transfer full): the subject of an email that carries the
 *   first-90-days plan, e.g. "My first-90-days plan — Staff Engineer, Acme"
 */
char *
cal_share_subject_for_plan (const char *role,
                            const char *company)
{
  g_autofree char *what = role_at_company (role, company);

  if (what == NULL)
    return g_strdup (_("My first-90-days plan"));
  /* Translators: %s is a role and company, e.g. "Staff Engineer, Acme". */
  return g_strdup_printf (_("My first-90-days plan — %s"), what);
}

/**
 * cal_share_body_for_plan:
 * @role: (nullable): the job title
 * @company: (nullable): the company
 *
 * Returns: (transfer full): a short email body to go with the plan's PDF
 */
char *
cal_share_body_for_plan (const char *role,
                         const char *company)
{
  g_autofree char *what = role_at_company (role, company);

  if (what == NULL)
    return g_strdup (_("Hello,\n\nAttached is my plan for my first 90 days: what I would learn, "
                       "diagnose and act on, with a priority and a reason for each item.\n\n"
                       "I would welcome your thoughts.\n"));
  /* Translators: %s is a role and company, e.g. "Staff Engineer, Acme". */
  return g_strdup_printf (_("Hello,\n\nAttached is my plan for my first 90 days (%s): what I would "
                            "learn, diagnose and act on, with a priority and a reason for each item.\n\n"
                            "I would welcome your thoughts.\n"), what);
}

/**
 * cal_share_subject_for_stories:
 *
 * Returns: (transfer full): the subject of an email that carries the
 *   story bank's PDF
 */
char *
cal_share_subject_for_stories (void)
{
  return g_strdup (_("My interview stories"));
}

/**
 * cal_share_body_for_stories:
 *
 * Returns: (transfer full): a short email body to go with the story bank
 */
char *
cal_share_body_for_stories (void)
{
  return g_strdup (_("Hello,\n\nAttached are my interview stories, each as Situation, Task, "
                     "Action and Result.\n"));
}

/**
 * cal_share_subject_for_prep:
 * @role: (nullable): the job title
 * @company: (nullable): the company
 *
 * Returns: (transfer full): the subject of an email that carries a loop's
 *   prep sheet
 */
char *
cal_share_subject_for_prep (const char *role,
                            const char *company)
{
  g_autofree char *what = role_at_company (role, company);

  if (what == NULL)
    return g_strdup (_("Interview prep sheet"));
  /* Translators: %s is a role and company, e.g. "Staff Engineer, Acme". */
  return g_strdup_printf (_("Interview prep sheet — %s"), what);
}

/**
 * cal_share_body_for_prep:
 * @role: (nullable): the job title
 * @company: (nullable): the company
 *
 * Returns: (transfer full): a short email body to go with a prep sheet
 */
char *
cal_share_body_for_prep (const char *role,
                         const char *company)
{
  g_autofree char *what = role_at_company (role, company);

  if (what == NULL)
    return g_strdup (_("Attached is the prep sheet for the interview loop: the rounds, the "
                       "questions to expect and the stories for each.\n"));
  /* Translators: %s is a role and company, e.g. "Staff Engineer, Acme". */
  return g_strdup_printf (_("Attached is the prep sheet for the interview loop (%s): the rounds, "
                            "the questions to expect and the stories for each.\n"), what);
}

/* The store keeps a story's tags joined by this byte in its lists. */
#define TAG_SEPARATOR "\x1f"

/**
 * cal_interop_write_tags:
 * @db: the store's connection, locked, in a transaction
 * @story_id: a new story
 * @tags: its tags, in order
 *
 * Links @tags to the story the way the store does: names are trimmed and
 * shared between stories (case does not make a new tag), order is kept.
 *
 * Returns: an SQLite result code, SQLITE_OK on success
 */
int
cal_interop_write_tags (sqlite3            *db,
                        gint64              story_id,
                        const char * const *tags)
{
  sqlite3_stmt *add = NULL, *link = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING",
                           -1, &add, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO story_tags (story_id, tag_id, position) "
                             "SELECT ?1, id, ?3 FROM tags WHERE name = ?2 "
                             "ON CONFLICT (story_id, tag_id) DO NOTHING",
                             -1, &link, NULL);

  for (guint i = 0; rc == SQLITE_OK && tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup (tags[i]);

      g_strstrip (g_strdelimit (name, TAG_SEPARATOR, ' '));
      if (*name == '\0')
        continue;

      sqlite3_reset (add);
      sqlite3_bind_text (add, 1, name, -1, SQLITE_TRANSIENT);
      if ((rc = sqlite3_step (add)) != SQLITE_DONE)
        break;
      sqlite3_reset (link);
      sqlite3_bind_int64 (link, 1, story_id);
      sqlite3_bind_text (link, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (link, 3, i);
      if ((rc = sqlite3_step (link)) != SQLITE_DONE)
        break;
      rc = SQLITE_OK;
    }

  sqlite3_finalize (add);
  sqlite3_finalize (link);
  return rc;
}

/**
 * cal_interop_read_text_file:
 * @path: a file
 * @max_size: the largest accepted file, in bytes
 * @contents: (out): the text, UTF-8, without a byte-order mark
 * @error: return location for a #GError
 *
 * Reads a file that must be text: a binary file (a NUL byte, or bytes that
 * are not UTF-8) is refused with %CAL_INTEROP_ERROR_NOT_TEXT.
 *
 * Returns: whether @contents was set
 */
gboolean
cal_interop_read_text_file (const char  *path,
                            gsize        max_size,
                            char       **contents,
                            GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display = g_filename_display_name (path);
  gsize length = 0;
  GStatBuf st;

  if (g_stat (path, &st) == 0 && (gsize) st.st_size > max_size)
    {
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID,
                   _("“%s” is larger than %s, too large to be read."), display, limit);
      return FALSE;
    }

  if (!g_file_get_contents (path, &data, &length, error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      cal_file_error_explain (error, file);
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NOT_TEXT,
                   _("“%s” is not a text file, so it cannot be read."), display);
      return FALSE;
    }

  if (g_str_has_prefix (data, "\xef\xbb\xbf"))
    *contents = g_strdup (data + 3);
  else
    *contents = g_steal_pointer (&data);
  return TRUE;
}
