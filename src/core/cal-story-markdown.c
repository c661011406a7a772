/* cal-story-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-story-markdown"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cal-interop.h"
#include "cal-interop-private.h"
#include "cal-star.h"
#include "cal-store-private.h"
#include "cal-file-error.h"
#include "cal-story-markdown.h"

/* A note larger than this is not a story someone wrote by hand. */
#define NOTE_MAX_SIZE (4 * 1024 * 1024)
#define SLUG_MAX_CHARS 60

/* The headings Calibrd writes. They stay English in every locale: they are
 * the file format, and the import recognises them (and many variants). */
static const char * const canonical_headings[CAL_STAR_N] = {
  "## Situation", "## Task", "## Action", "## Result",
};

static const char *
part_name (CalStarPart part)
{
  switch (part)
    {
    case CAL_STAR_SITUATION: return _("Situation");
    case CAL_STAR_TASK: return _("Task");
    case CAL_STAR_ACTION: return _("Action");
    case CAL_STAR_RESULT: return _("Result");
    case CAL_STAR_N:
    default: g_assert_not_reached ();
    }
}

static const char *
story_part (CalStory    *story,
            CalStarPart  part)
{
  switch (part)
    {
    case CAL_STAR_SITUATION: return cal_story_get_situation (story);
    case CAL_STAR_TASK: return cal_story_get_task (story);
    case CAL_STAR_ACTION: return cal_story_get_action (story);
    case CAL_STAR_RESULT: return cal_story_get_result (story);
    case CAL_STAR_N:
    default: g_assert_not_reached ();
    }
}

static void
set_story_part (CalStory    *story,
                CalStarPart  part,
                const char  *text)
{
  switch (part)
    {
    case CAL_STAR_SITUATION: cal_story_set_situation (story, text); break;
    case CAL_STAR_TASK: cal_story_set_task (story, text); break;
    case CAL_STAR_ACTION: cal_story_set_action (story, text); break;
    case CAL_STAR_RESULT: cal_story_set_result (story, text); break;
    case CAL_STAR_N:
    default: g_assert_not_reached ();
    }
}

static void
add_note (GPtrArray  *notes,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (GPtrArray  *notes,
          const char *format,
          ...)
{
  va_list args;

  if (notes == NULL)
    return;
  va_start (args, format);
  g_ptr_array_add (notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* ------------------------------------------------------------------ */
/* Writing */

/* YAML needs quotes around anything that is not a plain word: a value
 * such as "yes", "12", "a: b" or " x" would otherwise change meaning. */
static void
append_yaml_scalar (GString    *out,
                    const char *value)
{
  static const char * const reserved[] = {
    "true", "false", "yes", "no", "on", "off", "null", "~", NULL
  };
  gboolean plain = *value != '\0' && g_ascii_isalpha (*value);

  for (const char *p = value; plain && *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("-_. +/", *p) == NULL)
      plain = FALSE;
  if (plain && (g_str_has_suffix (value, " ") || strstr (value, "  ") != NULL))
    plain = FALSE;
  for (guint i = 0; plain && reserved[i] != NULL; i++)
    if (g_ascii_strcasecmp (value, reserved[i]) == 0)
      plain = FALSE;

  if (plain)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

static char *
format_time (gint64 seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (seconds);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/* A line of story text that Markdown (or our reader) would take for a
 * heading gets a backslash, and so does one that starts with a backslash,
 * so that reading it back can take exactly one off. */
static void
append_escaped_text (GString    *out,
                     const char *text)
{
  const char *line = text;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');

      if (*line == '#' || *line == '\\')
        g_string_append_c (out, '\\');
      if (end != NULL)
        g_string_append_len (out, line, end - line + 1);
      else
        g_string_append (out, line);
      line = end != NULL ? end + 1 : NULL;
    }
}

/**
 * cal_story_to_markdown:
 * @story: a story with its body loaded
 *
 * One Markdown note: a YAML front matter (target_level, track, tags,
 * created, updated), the title as "# " heading and the four STAR parts
 * under "## Situation" … "## Result". cal_story_from_markdown() reads it
 * back to the same story, every field included.
 *
 * Returns: (transfer full): the note
 */
char *
cal_story_to_markdown (CalStory *story)
{
  GString *out = g_string_new ("---\n");
  const char * const *tags;

  g_return_val_if_fail (CAL_IS_STORY (story), NULL);

  tags = cal_story_get_tags (story);

  g_string_append (out, "target_level: ");
  append_yaml_scalar (out, cal_story_get_target_level (story));
  g_string_append (out, "\ntrack: ");
  append_yaml_scalar (out, cal_story_get_track (story));
  g_string_append (out, "\ntags:");
  if (tags == NULL || tags[0] == NULL)
    g_string_append (out, " []\n");
  else
    {
      g_string_append_c (out, '\n');
      for (guint i = 0; tags[i] != NULL; i++)
        {
          g_string_append (out, "  - ");
          append_yaml_scalar (out, tags[i]);
          g_string_append_c (out, '\n');
        }
    }
  if (cal_story_get_created (story) != 0)
    {
      g_autofree char *created = format_time (cal_story_get_created (story));

      if (created != NULL)
        g_string_append_printf (out, "created: %s\n", created);
    }
  if (cal_story_get_updated (story) != 0)
    {
      g_autofree char *updated = format_time (cal_story_get_updated (story));

      if (updated != NULL)
        g_string_append_printf (out, "updated: %s\n", updated);
    }
  g_string_append (out, "---\n\n");

  g_string_append (out, "# ");
  g_string_append (out, cal_story_get_title (story));
  g_string_append (out, "\n\n");

  /* Each part: heading, blank line, text, blank line. An empty part is
   * the heading and one blank line, so that "" and "\n" stay apart. */
  for (guint p = 0; p < CAL_STAR_N; p++)
    {
      const char *text = story_part (story, p);

      g_string_append (out, canonical_headings[p]);
      g_string_append (out, "\n\n");
      if (*text != '\0')
        {
          append_escaped_text (out, text);
          g_string_append_c (out, '\n');
          if (p + 1 < CAL_STAR_N)
            g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * cal_story_to_text:
 * @story: a story with its body loaded
 *
 * The story as plain text for the clipboard: the title, then each part
 * that has text under its name (Situation, Task, Action, Result, in the
 * user's language), parts separated by a blank line.
 *
 * Returns: (transfer full): the text
 */
char *
cal_story_to_text (CalStory *story)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (CAL_IS_STORY (story), NULL);

  if (*cal_story_get_title (story) != '\0')
    g_string_append_printf (out, "%s\n", cal_story_get_title (story));

  for (guint p = 0; p < CAL_STAR_N; p++)
    {
      g_autofree char *text = g_strstrip (g_strdup (story_part (story, p)));

      if (*text == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s\n%s\n", part_name (p), text);
    }

  return g_string_free (out, FALSE);
}

/**
 * cal_story_markdown_slug:
 * @title: a story's title
 *
 * The file name stem for a story: the title in lower case, accents
 * dropped, letters and digits of any script kept, every other run of
 * characters turned into one "-", at most 60 characters; "story" when
 * nothing is left. "Cut p99 latency — in half!" becomes
 * "cut-p99-latency-in-half".
 *
 * Returns: (transfer full): the slug
 */
char *
cal_story_markdown_slug (const char *title)
{
  g_autofree char *decomposed = NULL;
  GString *slug = g_string_new (NULL);
  guint n_chars = 0;
  gboolean dash = FALSE;

  g_return_val_if_fail (title != NULL, NULL);

  decomposed = g_utf8_normalize (title, -1, G_NORMALIZE_NFKD);
  for (const char *p = decomposed != NULL ? decomposed : ""; *p != '\0' && n_chars < SLUG_MAX_CHARS;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (g_unichar_isalnum (c))
        {
          if (dash && slug->len > 0)
            {
              g_string_append_c (slug, '-');
              n_chars++;
            }
          dash = FALSE;
          g_string_append_unichar (slug, g_unichar_tolower (c));
          n_chars++;
        }
      else
        dash = TRUE;
    }

  if (slug->len == 0)
    g_string_append (slug, "story");
  return g_string_free (slug, FALSE);
}

/**
 * cal_story_markdown_export:
 * @store: a #CalStore
 * @stories: (nullable): the stories to export (summaries are fine), or
 *   %NULL for all of them
 * @dir: the folder to write to; created if missing
 * @files: (out) (optional) (element-type filename): the files written
 * @error: return location for a #GError
 *
 * Writes one note per story, named "SLUG.md" after its title (see
 * cal_story_markdown_slug()); a second story with the same slug gets
 * "SLUG-2.md" and so on, in the order of @stories. A file of that name in
 * @dir is replaced, so exporting again refreshes the folder.
 *
 * Returns: whether every note was written
 */
gboolean
cal_story_markdown_export (CalStore    *store,
                           GListModel  *stories,
                           const char  *dir,
                           GPtrArray  **files,
                           GError     **error)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  if (stories == NULL)
    {
      all = cal_store_list_stories (store, error);
      if (all == NULL)
        return FALSE;
      stories = all;
    }

  /* Read everything first: a story deleted meanwhile fails the export
   * before any file is written. */
  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) summary = g_list_model_get_item (stories, i);
      g_autoptr(CalStory) story = NULL;

      if (cal_story_get_body_loaded (summary) || cal_story_get_id (summary) == 0)
        story = g_object_ref (summary);
      else if ((story = cal_store_get_story (store, cal_story_get_id (summary), error)) == NULL)
        return FALSE;

      g_ptr_array_add (notes, cal_story_to_markdown (story));
      g_ptr_array_add (written, cal_story_markdown_slug (cal_story_get_title (story)));
    }

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The folder “%s” could not be created: %s."), display, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < written->len; i++)
    {
      const char *slug = g_ptr_array_index (written, i);
      g_autofree char *name = g_strdup_printf ("%s.md", slug);
      char *path;

      for (guint n = 2; g_hash_table_contains (used, name); n++)
        {
          g_free (name);
          name = g_strdup_printf ("%s-%u.md", slug, n);
        }
      g_hash_table_add (used, g_strdup (name));

      path = g_build_filename (dir, name, NULL);
      g_ptr_array_index (written, i) = path;
      g_free ((char *) slug);

      if (!g_file_set_contents (path, g_ptr_array_index (notes, i), -1, error))
        return FALSE;
    }

  if (files != NULL)
    *files = g_steal_pointer (&written);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Reading */

/* One key of a YAML front matter: a scalar or a list of scalars. */
typedef struct
{
  char      *key;
  char      *value;
  GPtrArray *list;
  gboolean   nested;   /* a mapping or block text we do not read */
} FrontEntry;

static void
front_entry_free (FrontEntry *entry)
{
  g_free (entry->key);
  g_free (entry->value);
  g_clear_pointer (&entry->list, g_ptr_array_unref);
  g_free (entry);
}

/* A YAML scalar: "double quoted" with escapes, 'single quoted', or plain
 * (a trailing " # comment" dropped). @p advances past it; in a flow list
 * a plain scalar ends at a comma or "]". */
static char *
parse_yaml_scalar (const char **p,
                   gboolean     in_flow)
{
  const char *s = *p;
  GString *out = g_string_new (NULL);

  while (*s == ' ' || *s == '\t')
    s++;

  if (*s == '"')
    {
      for (s++; *s != '\0' && *s != '"'; s++)
        {
          if (*s != '\\' || s[1] == '\0')
            {
              g_string_append_c (out, *s);
              continue;
            }
          s++;
          switch (*s)
            {
            case 'n': g_string_append_c (out, '\n'); break;
            case 't': g_string_append_c (out, '\t'); break;
            case 'r': g_string_append_c (out, '\r'); break;
            case '0': g_string_append_c (out, '\0'); break;
            case 'x':
            case 'u':
            case 'U':
              {
                guint digits = *s == 'x' ? 2 : *s == 'u' ? 4 : 8;
                gunichar c = 0;
                guint d;

                for (d = 0; d < digits && g_ascii_isxdigit (s[1]); d++, s++)
                  c = c * 16 + g_ascii_xdigit_value (s[1]);
                if (digits == 2)
                  g_string_append_c (out, (char) c);
                else if (g_unichar_validate (c))
                  g_string_append_unichar (out, c);
                break;
              }
            default: g_string_append_c (out, *s); break;
            }
        }
      if (*s == '"')
        s++;
    }
  else if (*s == '\'')
    {
      for (s++; *s != '\0'; s++)
        {
          if (*s == '\'' && s[1] == '\'')
            {
              g_string_append_c (out, '\'');
              s++;
            }
          else if (*s == '\'')
            {
              s++;
              break;
            }
          else
            g_string_append_c (out, *s);
        }
    }
  else
    {
      for (; *s != '\0'; s++)
        {
          if (in_flow && (*s == ',' || *s == ']'))
            break;
          if (*s == '#' && out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
            {
              s += strlen (s);
              break;
            }
          g_string_append_c (out, *s);
        }
      g_strchomp (out->str);
      out->len = strlen (out->str);
    }

  *p = s;
  return g_string_free (out, FALSE);
}

static GPtrArray *
parse_flow_list (const char *text)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  const char *p = text + 1;

  for (;;)
    {
      char *item;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == ']' || *p == '\0')
        break;
      item = parse_yaml_scalar (&p, TRUE);
      if (*item != '\0')
        g_ptr_array_add (list, item);
      else
        g_free (item);
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == ',')
        p++;
      else
        break;
    }

  return list;
}

/* The small part of YAML that front matter uses: "key: value",
 * "key: [a, b]" and "key:" followed by "- item" lines. Anything nested
 * deeper is kept as a key with no value, so it can be reported. */
static GPtrArray *
parse_front_matter (const char *text)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) front_entry_free);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  FrontEntry *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *p = line;
      const char *colon;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0' || *p == '#')
        continue;

      if (p != line || *p == '-')
        {
          /* An indented line or a "- item" belongs to the key above. */
          if (current == NULL)
            continue;
          if (*p == '-' && (p[1] == ' ' || p[1] == '\0') && current->value == NULL)
            {
              const char *q = p + 1;

              if (current->list == NULL)
                current->list = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (current->list, parse_yaml_scalar (&q, FALSE));
            }
          else
            current->nested = TRUE;
          continue;
        }

      colon = strchr (p, ':');
      if (colon == NULL)
        continue;

      current = g_new0 (FrontEntry, 1);
      current->key = g_strstrip (g_strndup (p, colon - p));
      p = colon + 1;
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '[')
        current->list = parse_flow_list (p);
      else if (*p == '|' || *p == '>' || *p == '{')
        current->nested = TRUE;
      else if (*p != '\0')
        current->value = parse_yaml_scalar (&p, FALSE);
      g_ptr_array_add (entries, current);
    }

  return entries;
}

static gboolean
parse_time (const char *text,
            gint64     *seconds)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  char *end = NULL;
  gint64 value;

  if (text == NULL || *text == '\0')
    return FALSE;

  time = g_date_time_new_from_iso8601 (text, utc);
  if (time == NULL && strlen (text) == 10)
    {
      g_autofree char *midnight = g_strconcat (text, "T00:00:00Z", NULL);

      time = g_date_time_new_from_iso8601 (midnight, utc);
    }
  if (time != NULL)
    {
      *seconds = g_date_time_to_unix (time);
      return TRUE;
    }

  value = g_ascii_strtoll (text, &end, 10);
  if (end != text && *end == '\0' && value > 0)
    {
      *seconds = value;
      return TRUE;
    }
  return FALSE;
}

static void
apply_front_matter (CalStory   *story,
                    const char *front_matter,
                    char      **title,
                    GPtrArray  *notes)
{
  g_autoptr(GPtrArray) entries = parse_front_matter (front_matter);

  for (guint i = 0; i < entries->len; i++)
    {
      FrontEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *key = g_ascii_strdown (entry->key, -1);
      const char *value = entry->value != NULL ? entry->value : "";
      gint64 seconds = 0;

      g_strdelimit (key, "- ", '_');

      if (g_str_equal (key, "target_level") || g_str_equal (key, "level"))
        cal_story_set_target_level (story, value);
      else if (g_str_equal (key, "track"))
        cal_story_set_track (story, value);
      else if (g_str_equal (key, "title"))
        {
          if (*title == NULL && *value != '\0')
            *title = g_strdup (value);
        }
      else if (g_str_equal (key, "tags") || g_str_equal (key, "tag"))
        {
          g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);

          if (entry->list != NULL)
            {
              for (guint t = 0; t < entry->list->len; t++)
                g_ptr_array_add (tags, g_strdup (g_ptr_array_index (entry->list, t)));
            }
          else
            {
              /* "tags: a, b" or Obsidian's "tags: #a #b". */
              g_auto(GStrv) split = g_strsplit_set (value, *value == '#' ? " " : ",", -1);

              for (guint t = 0; split[t] != NULL; t++)
                g_ptr_array_add (tags, g_strdup (split[t]));
            }
          for (guint t = 0; t < tags->len; t++)
            {
              char *tag = g_ptr_array_index (tags, t);

              g_strstrip (tag);
              if (tag[0] == '#' && tag[1] != '\0' && entry->list == NULL)
                memmove (tag, tag + 1, strlen (tag));
              if (*tag == '\0')
                g_ptr_array_remove_index (tags, t--);
            }
          g_ptr_array_add (tags, NULL);
          cal_story_set_tags (story, (const char * const *) tags->pdata);
        }
      else if (g_str_equal (key, "created") || g_str_equal (key, "date"))
        {
          /* Stored times are seconds since 1970; an older date cannot be
           * a story's and is left out like an unreadable one. (Found by
           * fuzz-story-markdown.) */
          if (parse_time (value, &seconds) && seconds >= 0)
            cal_story_set_created (story, seconds);
          else
            add_note (notes, _("The date “%s” in “%s” could not be read and was left out."),
                      value, entry->key);
        }
      else if (g_str_equal (key, "updated") || g_str_equal (key, "modified"))
        {
          if (parse_time (value, &seconds) && seconds >= 0)
            cal_story_set_updated (story, seconds);
          else
            add_note (notes, _("The date “%s” in “%s” could not be read and was left out."),
                      value, entry->key);
        }
      else
        add_note (notes, _("The front-matter key “%s” is not used by Calibrd and was left out."),
                  entry->key);
    }
}

/* Takes one backslash off lines that the writer escaped. */
static char *
unescape_text (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *line = text;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');

      if (line[0] == '\\' && (line[1] == '#' || line[1] == '\\'))
        line++;
      if (end != NULL)
        g_string_append_len (out, line, end - line + 1);
      else
        g_string_append (out, line);
      line = end != NULL ? end + 1 : NULL;
    }

  return g_string_free (out, FALSE);
}

/* The exact layout cal_story_to_markdown() writes: "# Title", then the
 * four canonical headings once each and in order, no other line starting
 * with "#". Only then is the text between headings taken as it stands
 * (blank lines and spaces at the edges included), which is what makes the
 * round trip lossless; any other note goes through the STAR splitter. */
static gboolean
parse_canonical (const char  *body,
                 char       **title,
                 char       **parts)
{
  const char *p = body;
  const char *starts[CAL_STAR_N + 1];
  const char *ends[CAL_STAR_N];
  const char *line_end;
  guint next = 0;

  while (*p == '\n')
    p++;
  if (!(g_str_has_prefix (p, "# ") || g_str_has_prefix (p, "#\n")))
    return FALSE;
  line_end = strchr (p, '\n');
  if (line_end == NULL)
    return FALSE;
  *title = g_strndup (p + MIN (2, line_end - p), line_end - p - MIN (2, line_end - p));
  p = line_end + 1;

  while (*p == '\n')
    p++;

  for (const char *line = p; line != NULL && *line != '\0'; line = line_end != NULL ? line_end + 1 : NULL)
    {
      gsize length;

      line_end = strchr (line, '\n');
      length = line_end != NULL ? (gsize) (line_end - line) : strlen (line);

      if (*line != '#')
        {
          if (next == 0)
            goto fail;
          continue;
        }
      if (next >= CAL_STAR_N || length != strlen (canonical_headings[next]) ||
          strncmp (line, canonical_headings[next], length) != 0)
        goto fail;

      if (next > 0)
        ends[next - 1] = line;
      starts[next++] = line_end != NULL ? line_end + 1 : line + length;
    }
  if (next != CAL_STAR_N)
    goto fail;
  ends[CAL_STAR_N - 1] = body + strlen (body);

  for (guint i = 0; i < CAL_STAR_N; i++)
    {
      g_autofree char *block = g_strndup (starts[i], MAX (ends[i] - starts[i], 0));
      gsize length = strlen (block);
      char *text = block;

      if (length > 0 && text[0] == '\n')
        {
          text++;
          length--;
        }
      if (i + 1 < CAL_STAR_N && length > 0 && text[length - 1] == '\n')
        text[--length] = '\0';
      if (length > 0 && text[length - 1] == '\n')
        text[--length] = '\0';
      parts[i] = unescape_text (text);
    }
  return TRUE;

fail:
  g_clear_pointer (title, g_free);
  return FALSE;
}

/* Splits off a leading "---" … "---" block; @body is what follows it. */
static char *
split_front_matter (const char  *text,
                    const char **body)
{
  const char *start = text + 4;
  const char *close;

  *body = text;
  if (!g_str_has_prefix (text, "---\n"))
    return NULL;

  if (g_str_has_prefix (start, "---\n") || g_str_equal (start, "---"))
    close = start;
  else
    {
      const char *nl = strstr (text + 3, "\n---\n");

      if (nl != NULL)
        close = nl + 1;
      else if (g_str_has_suffix (text, "\n---"))
        close = text + strlen (text) - 3;
      else
        return NULL;
    }

  *body = close + 3;
  if (**body == '\n')
    (*body)++;
  return g_strndup (start, close > start ? close - start - 1 : 0);
}

/**
 * cal_story_from_markdown:
 * @text: a Markdown note
 * @fallback_title: (nullable): the title when the note has none, e.g. the
 *   file's name
 * @notes: (nullable) (element-type utf8): where to add what could not be
 *   mapped, one sentence each
 * @error: return location for a #GError
 *
 * Reads a note written by cal_story_to_markdown() exactly, and any other
 * note whose STAR parts stand under headings the STAR splitter knows
 * ("Situation:", "**S**:", "## Task", "Task/Challenge", "Result/Outcome",
 * "### Action", "S:" …). Front matter gives target_level (or level),
 * track, tags (a list, or words separated by commas), created (or date)
 * and updated; other keys are reported in @notes. Text before the first
 * heading is kept at the start of the Situation.
 *
 * Returns: (transfer full): a new, unsaved story, or %NULL with
 *   %CAL_INTEROP_ERROR_NO_STORY when the note has no STAR heading
 */
CalStory *
cal_story_from_markdown (const char  *text,
                         const char  *fallback_title,
                         GPtrArray   *notes,
                         GError     **error)
{
  g_autoptr(CalStory) story = cal_story_new ();
  g_autofree char *normalized = NULL;
  g_autofree char *front_matter = NULL;
  g_autofree char *title = NULL;
  char *parts[CAL_STAR_N] = { NULL, };
  const char *body;

  g_return_val_if_fail (text != NULL, NULL);

  /* Notes written on Windows: the format itself is LF. */
  if (strstr (text, "\r\n") != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

      normalized = g_strjoinv ("\n", lines);
      text = normalized;
    }

  front_matter = split_front_matter (text, &body);

  /* The splitter takes a "# Title" only as the first line. */
  while (*body == '\n')
    body++;

  if (!parse_canonical (body, &title, parts))
    {
      g_autoptr(CalStarText) star = cal_star_text_split (body);

      if (!star->has_headings)
        {
          g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_STORY,
                       _("No STAR headings (Situation, Task, Action, Result) were found, "
                         "so the note cannot be read as a story."));
          return NULL;
        }

      title = g_steal_pointer (&star->title);
      for (guint p = 0; p < CAL_STAR_N; p++)
        {
          if (star->parts[p] != NULL)
            parts[p] = unescape_text (star->parts[p]);
          else
            add_note (notes, _("No %s heading was found."), part_name (p));
        }

      if (star->preamble != NULL)
        {
          g_autofree char *preamble = unescape_text (star->preamble);
          char *situation = parts[CAL_STAR_SITUATION];

          parts[CAL_STAR_SITUATION] = situation != NULL ? g_strconcat (preamble, "\n\n", situation, NULL)
                                                        : g_strdup (preamble);
          g_free (situation);
          add_note (notes, _("The text before the first STAR heading was put at the start of the Situation."));
        }
    }

  cal_story_set_title (story, title != NULL ? title : "");
  for (guint p = 0; p < CAL_STAR_N; p++)
    {
      set_story_part (story, p, parts[p] != NULL ? parts[p] : "");
      g_free (parts[p]);
    }

  if (front_matter != NULL)
    {
      char *fm_title = NULL;

      apply_front_matter (story, front_matter, &fm_title, notes);
      if (title == NULL && fm_title != NULL)
        {
          title = fm_title;
          cal_story_set_title (story, title);
        }
      else
        g_free (fm_title);
    }

  if (title == NULL)
    {
      cal_story_set_title (story, fallback_title != NULL ? fallback_title : "");
      if (fallback_title != NULL)
        add_note (notes, _("The note has no title, so its file name was used."));
    }

  cal_story_set_body_loaded (story, TRUE);
  return g_steal_pointer (&story);
}

/* ------------------------------------------------------------------ */
/* Import */

/**
 * cal_story_import_item_free:
 * @item: (transfer full): an item of an import preview
 */
void
cal_story_import_item_free (CalStoryImportItem *item)
{
  if (item == NULL)
    return;
  g_free (item->file);
  g_free (item->title);
  g_clear_object (&item->story);
  g_free (item->skipped);
  g_clear_pointer (&item->notes, g_ptr_array_unref);
  g_free (item);
}

static gboolean
is_note_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return name[0] != '.' &&
         (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"));
}

static CalStoryImportItem *
read_note (const char  *path,
           GError     **skip_error)
{
  CalStoryImportItem *item = g_new0 (CalStoryImportItem, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = NULL;
  char *dot;

  item->file = g_strdup (path);
  item->notes = g_ptr_array_new_with_free_func (g_free);

  stem = g_filename_display_name (base);
  if ((dot = strrchr (stem, '.')) != NULL && dot != stem)
    *dot = '\0';

  if (!cal_interop_read_text_file (path, NOTE_MAX_SIZE, &text, &error) ||
      (item->story = cal_story_from_markdown (text, stem, item->notes, &error)) == NULL)
    {
      item->skipped = g_strdup (error->message);
      g_propagate_error (skip_error, g_steal_pointer (&error));
    }

  return item;
}

static char *
title_key (const char *title)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title));

  return g_utf8_casefold (stripped, -1);
}

/* Never overwrite silently: a story whose title is taken (by a stored
 * story or an earlier note of the same import, case aside) is saved as
 * "Title (imported)", then "Title (imported 2)" and so on. */
static int
assign_titles (sqlite3   *db,
               GPtrArray *items)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT title FROM stories", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_hash_table_add (taken, title_key ((const char *) sqlite3_column_text (stmt, 0)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return rc;

  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);
      const char *original;
      char *title;

      if (item->story == NULL)
        continue;

      original = cal_story_get_title (item->story);
      title = g_strdup (original);
      item->renamed = FALSE;
      for (guint n = 1; ; n++)
        {
          g_autofree char *key = title_key (title);

          if (!g_hash_table_contains (taken, key))
            {
              g_hash_table_add (taken, g_steal_pointer (&key));
              break;
            }
          g_free (title);
          /* Translators: the title of an imported story whose title was
           * taken; %s is the title. */
          title = n == 1 ? g_strdup_printf (_("%s (imported)"), original)
                         /* Translators: as above, with a number for the
                          * second and later copies. */
                         : g_strdup_printf (_("%s (imported %u)"), original, n);
          item->renamed = TRUE;
        }
      g_free (item->title);
      item->title = title;
    }

  return SQLITE_OK;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * cal_story_import_preview:
 * @store: a #CalStore, read only to find titles that are taken
 * @path: a Markdown note, or a folder of them (*.md, *.markdown; not
 *   recursive, hidden files left out, in name order)
 * @error: return location for a #GError
 *
 * Reads the notes and says what each maps to, without writing anything.
 * A single file that cannot be read as a story is an error; in a folder
 * such notes are listed with the reason they are skipped.
 *
 * Returns: (transfer full) (element-type CalStoryImportItem): the preview
 */
GPtrArray *
cal_story_import_preview (CalStore    *store,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_story_import_item_free);
  g_autofree char *display = NULL;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        return NULL;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *full = g_build_filename (path, name, NULL);

          if (is_note_name (name) && g_file_test (full, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add (names, g_steal_pointer (&full));
        }
      if (names->len == 0)
        {
          g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_STORY,
                       _("The folder “%s” holds no Markdown notes (.md files)."), display);
          return NULL;
        }
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        g_ptr_array_add (items, read_note (g_ptr_array_index (names, i), NULL));
    }
  else
    {
      g_autoptr(GError) skip_error = NULL;
      CalStoryImportItem *item;

      GStatBuf st;

      if (g_stat (path, &st) != 0)
        {
          int saved_errno = errno;
          g_autoptr(GFile) file = g_file_new_for_path (path);

          /* Missing, a link loop, a folder we may not enter: each says so. */
          if (saved_errno == ENOENT)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("There is no file or folder “%s”."), display);
          else
            g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
          cal_file_error_explain (error, file);
          return NULL;
        }
      item = read_note (path, &skip_error);
      g_ptr_array_add (items, item);
      if (skip_error != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);

          /* A file that cannot be read says why on its own; a note that
           * was read but is not a story says what is wrong with it. */
          if (skip_error->domain == G_FILE_ERROR)
            {
              cal_file_error_explain (&skip_error, file);
              g_propagate_error (error, g_steal_pointer (&skip_error));
            }
          else
            g_set_error (error, skip_error->domain, skip_error->code,
                         _("“%s” cannot be imported: %s"), display, skip_error->message);
          return NULL;
        }
    }

  cal_store_lock (store);
  rc = assign_titles (cal_store_get_connection (store), items);
  if (rc != SQLITE_OK)
    cal_store_set_sqlite_error (error, cal_store_get_connection (store), rc, cal_store_get_path (store));
  cal_store_unlock (store);

  return rc == SQLITE_OK ? g_steal_pointer (&items) : NULL;
}

static int
insert_story (sqlite3    *db,
              CalStory   *story,
              const char *title,
              gint64      now,
              gint64     *id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 created = cal_story_get_created (story);
  gint64 updated = cal_story_get_updated (story);
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO stories (title, situation, task, action, result, target_level, "
                           "track, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  for (guint p = 0; p < CAL_STAR_N; p++)
    sqlite3_bind_text (stmt, 2 + p, story_part (story, p), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, cal_story_get_target_level (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, cal_story_get_track (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 8, created != 0 ? created : now);
  sqlite3_bind_int64 (stmt, 9, updated != 0 ? updated : created != 0 ? created : now);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return rc;

  /* Before the tags: inserting a tag moves the last rowid. */
  *id = sqlite3_last_insert_rowid (db);
  return cal_interop_write_tags (db, *id, cal_story_get_tags (story));
}

/**
 * cal_story_import_apply:
 * @store: a #CalStore
 * @items: (element-type CalStoryImportItem): a preview from
 *   cal_story_import_preview()
 * @n_saved: (out) (optional): how many stories were saved
 * @error: return location for a #GError
 *
 * Saves the stories of @items that are not skipped, all in one
 * transaction, keeping their time stamps. Titles are checked again inside
 * the transaction, so a story saved since the preview is not overwritten
 * either. On success each item's story has its new id.
 *
 * Returns: whether the stories were saved; on failure nothing was
 */
gboolean
cal_story_import_apply (CalStore   *store,
                        GPtrArray  *items,
                        guint      *n_saved,
                        GError    **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  guint n = 0;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (items != NULL, FALSE);

  for (guint i = 0; i < items->len; i++)
    if (((CalStoryImportItem *) g_ptr_array_index (items, i))->story != NULL)
      n++;
  if (n == 0)
    {
      g_set_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_STORY,
                   _("None of the notes could be read as a story, so nothing was imported."));
      return FALSE;
    }

  cal_store_lock (store);
  db = cal_store_get_connection (store);

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto fail;
  rc = assign_titles (db, items);

  for (guint i = 0; rc == SQLITE_OK && i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);
      gint64 id = 0;

      if (item->story != NULL)
        {
          rc = insert_story (db, item->story, item->title, now, &id);
        }
      g_array_append_val (ids, id);
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      cal_store_set_sqlite_error (error, db, rc, cal_store_get_path (store));
      if (sqlite3_get_autocommit (db) == 0)
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      cal_store_unlock (store);
      return FALSE;
    }
  cal_store_unlock (store);

  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);

      if (item->story == NULL)
        continue;
      cal_story_set_id (item->story, g_array_index (ids, gint64, i));
      cal_story_set_title (item->story, item->title);
      cal_story_set_dirty (item->story, FALSE);
    }

  if (n_saved != NULL)
    *n_saved = n;
  return TRUE;

fail:
  cal_store_set_sqlite_error (error, db, rc, cal_store_get_path (store));
  cal_store_unlock (store);
  return FALSE;
}
