/* cal-cli-story.c — calibrd-cli story add|list|search|calibrate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-story"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-cli-calibrate.h"
#include "cal-cli-interop.h"
#include "cal-star.h"
#include "cal-store.h"

#define STORY_MAX_INPUT (1024 * 1024)
#define TITLE_MAX_CHARS 80
#define SEARCH_DEFAULT_LIMIT 50

static const char *
story_usage (void)
{
  return _("Usage: calibrd-cli story add FILE|- [--level LEVEL] [--track TRACK] [--tag TAG]… | "
           "story list | story search QUERY [--limit N] | story calibrate FILE|- --level LEVEL | "
           "story export-md [--id N|--tag T] -o DIR | story import-md FILE|DIR [--dry-run]");
}

/* The first line of @text, trimmed of Markdown emphasis, and the rest. */
static char *
take_first_line (char **text)
{
  g_autofree char *all = g_steal_pointer (text);
  char *newline = strchr (all, '\n');
  g_autofree char *line = g_strndup (all, newline != NULL ? (gsize) (newline - all) : strlen (all));

  if (newline != NULL)
    {
      *text = g_strstrip (g_strdup (newline + 1));
      if (**text == '\0')
        g_clear_pointer (text, g_free);
    }

  /* "**Title**" or "_Title_": drop the emphasis around it only. */
  {
    char *start = g_strstrip (line);
    gsize len = strlen (start);

    while (len > 0 && (start[len - 1] == '*' || start[len - 1] == '_'))
      start[--len] = '\0';
    while (*start == '*' || *start == '_')
      start++;

    return g_strdup (g_strstrip (start));
  }
}

/* A title made from the story itself: its first sentence, shortened. */
static char *
title_from_text (const char *text)
{
  g_autoptr(GString) title = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0' && *p != '\n'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' || c == '!' || c == '?')
        break;
      if (n++ == TITLE_MAX_CHARS)
        {
          g_string_append (title, "…");
          break;
        }
      g_string_append_unichar (title, c);
    }

  return g_strstrip (g_string_free (g_steal_pointer (&title), FALSE));
}

/* Front matter such as "level: staff" and "tags: conflict, hiring". */
static void
apply_front_matter (CalStory   *story,
                    const char *front_matter)
{
  g_auto(GStrv) lines = g_strsplit (front_matter, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *colon = strchr (lines[i], ':');
      g_autofree char *raw_key = NULL;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (colon == NULL)
        continue;
      raw_key = g_strndup (lines[i], colon - lines[i]);
      key = g_ascii_strdown (g_strstrip (raw_key), -1);
      value = g_strstrip (g_strdup (colon + 1));

      if (g_str_equal (key, "title"))
        cal_story_set_title (story, value);
      else if (g_str_equal (key, "level") || g_str_equal (key, "target_level") ||
               g_str_equal (key, "target-level"))
        cal_story_set_target_level (story, value);
      else if (g_str_equal (key, "track"))
        cal_story_set_track (story, value);
      else if (g_str_equal (key, "tags"))
        {
          g_auto(GStrv) tags = g_strsplit_set (g_strdelimit (value, "[]", ' '), ",", -1);

          for (guint t = 0; tags[t] != NULL; t++)
            g_strstrip (tags[t]);
          cal_story_set_tags (story, (const char * const *) tags);
        }
    }
}

/**
 * story_from_text:
 * @text: a story as plain text, or Markdown with STAR headings
 * @error: return location for a #GError
 *
 * The title is a "# Title" or "Title:" line, else the first line. Text
 * under Situation/Task/Action/Result headings fills those parts; text
 * without headings goes to the situation, where the editor shows it first
 * for the user to split.
 *
 * Returns: (transfer full): a new, unsaved story, or %NULL if @text holds
 *   no story
 */
static CalStory *
story_from_text (const char  *text,
                 GError     **error)
{
  g_autoptr(CalStarText) star = cal_star_text_split (text);
  g_autoptr(CalStory) story = cal_story_new ();
  g_autofree char *title = g_strdup (star->title);
  g_autofree char *preamble = g_strdup (star->preamble);
  g_autofree char *situation = NULL;
  gboolean any = FALSE;

  if (title == NULL && preamble != NULL)
    title = take_first_line (&preamble);

  if (preamble != NULL && star->parts[CAL_STAR_SITUATION] != NULL)
    situation = g_strconcat (preamble, "\n\n", star->parts[CAL_STAR_SITUATION], NULL);
  else
    situation = g_strdup (preamble != NULL ? preamble : star->parts[CAL_STAR_SITUATION]);

  cal_story_set_situation (story, situation);
  cal_story_set_task (story, star->parts[CAL_STAR_TASK]);
  cal_story_set_action (story, star->parts[CAL_STAR_ACTION]);
  cal_story_set_result (story, star->parts[CAL_STAR_RESULT]);

  for (guint p = 0; p < CAL_STAR_N; p++)
    if (star->parts[p] != NULL && *star->parts[p] != '\0')
      any = TRUE;
  if (situation != NULL && *situation != '\0')
    any = TRUE;

  if (title == NULL || *title == '\0')
    {
      const char *first = NULL;

      for (guint p = 0; p < CAL_STAR_N && first == NULL; p++)
        if (star->parts[p] != NULL && *star->parts[p] != '\0')
          first = star->parts[p];
      if (first == NULL)
        first = situation;
      g_free (title);
      title = first != NULL ? title_from_text (first) : NULL;
    }

  if (!any && (title == NULL || *title == '\0'))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The story is empty; nothing was saved. Give a title line and the "
                     "Situation, Task, Action and Result."));
      return NULL;
    }

  cal_story_set_title (story, title);
  if (star->front_matter != NULL)
    apply_front_matter (story, star->front_matter);

  return g_steal_pointer (&story);
}

static JsonNode *
story_to_json (CalStory *story,
               gboolean  with_star)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char * const *tags = cal_story_get_tags (story);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, cal_story_get_id (story));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, cal_story_get_title (story));
  json_builder_set_member_name (builder, "target_level");
  json_builder_add_string_value (builder, cal_story_get_target_level (story));
  json_builder_set_member_name (builder, "track");
  json_builder_add_string_value (builder, cal_story_get_track (story));
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "updated");
  json_builder_add_int_value (builder, cal_story_get_updated (story));

  if (with_star)
    {
      const char *parts[] = {
        "situation", cal_story_get_situation (story),
        "task", cal_story_get_task (story),
        "action", cal_story_get_action (story),
        "result", cal_story_get_result (story),
      };

      json_builder_set_member_name (builder, "star");
      json_builder_begin_object (builder);
      for (guint i = 0; i < G_N_ELEMENTS (parts); i += 2)
        {
          json_builder_set_member_name (builder, parts[i]);
          json_builder_add_boolean_value (builder, *parts[i + 1] != '\0');
        }
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_stories (CalCli     *cli,
               GListModel *stories)
{
  guint n = g_list_model_get_n_items (stories);

  if (cli->json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonArray) array = json_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (stories, i);

          json_array_add_element (array, story_to_json (story, FALSE));
        }
      json_node_set_array (root, array);
      cal_cli_print_json (root);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (stories, i);
      g_autofree char *tags = g_strjoinv (", ", (char **) cal_story_get_tags (story));
      const char *level = cal_story_get_target_level (story);

      g_print ("%6" G_GINT64_FORMAT "  %-10s  %s%s%s%s\n",
               cal_story_get_id (story), *level != '\0' ? level : "-",
               cal_story_get_title (story),
               *tags != '\0' ? "  [" : "", tags, *tags != '\0' ? "]" : "");
    }
}

static int
story_add (CalCli  *cli,
           int      argc,
           char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalStory) story = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tag_list = NULL;
  g_autofree char *text = NULL;
  const char *path = NULL, *level = NULL, *track = NULL;
  gboolean any_tag = FALSE;
  gsize size;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--level") && i + 1 < argc)
        level = argv[++i];
      else if (g_str_equal (argv[i], "--track") && i + 1 < argc)
        track = argv[++i];
      else if (g_str_equal (argv[i], "--tag") && i + 1 < argc)
        {
          g_strv_builder_add (tags, argv[++i]);
          any_tag = TRUE;
        }
      else if (path == NULL && (!g_str_has_prefix (argv[i], "-") || g_str_equal (argv[i], "-")))
        path = argv[i];
      else
        return cal_cli_usage ("%s", story_usage ());
    }
  if (path == NULL)
    return cal_cli_usage ("%s", story_usage ());

  bytes = cal_cli_read_input (path, STORY_MAX_INPUT, &error);
  if (bytes == NULL)
    return cal_cli_fail (error);

  size = g_bytes_get_size (bytes);
  text = size > 0 ? g_strndup (g_bytes_get_data (bytes, NULL), size) : g_strdup ("");
  if (strlen (text) != size || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The story is not UTF-8 text; nothing was saved. Save it as plain text or "
                     "Markdown and try again."));
      return cal_cli_fail (error);
    }

  story = story_from_text (text, &error);
  if (story == NULL)
    return cal_cli_fail (error);

  if (level != NULL)
    cal_story_set_target_level (story, level);
  if (track != NULL)
    cal_story_set_track (story, track);
  tag_list = g_strv_builder_end (tags);
  if (any_tag)
    cal_story_set_tags (story, (const char * const *) tag_list);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  if (!cal_store_save_story (store, story, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = story_to_json (story, TRUE);

      cal_cli_print_json (node);
    }
  else
    g_print (_("Added story %lld: %s\n"), (long long) cal_story_get_id (story), cal_story_get_title (story));

  return CAL_CLI_EXIT_OK;
}

static int
story_list (CalCli  *cli,
            int      argc,
            char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) stories = NULL;

  if (argc != 2)
    return cal_cli_usage ("%s", story_usage ());

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  stories = cal_store_list_stories (store, &error);
  if (stories == NULL)
    return cal_cli_fail (error);

  print_stories (cli, stories);
  return CAL_CLI_EXIT_OK;
}

static int
story_search (CalCli  *cli,
              int      argc,
              char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) stories = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  guint64 limit = SEARCH_DEFAULT_LIMIT;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--limit") && i + 1 < argc)
        {
          if (!g_ascii_string_to_unsigned (argv[++i], 10, 1, 10000, &limit, NULL))
            return cal_cli_usage (_("--limit needs a number between 1 and 10000"));
        }
      else
        {
          /* Several words may come unquoted: search for all of them. */
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append (query, argv[i]);
        }
    }
  if (query->len == 0)
    return cal_cli_usage ("%s", story_usage ());

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  stories = cal_store_search_stories (store, query->str, (guint) limit, &error);
  if (stories == NULL)
    return cal_cli_fail (error);

  print_stories (cli, stories);
  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_story:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "story" SUBCOMMAND …
 *
 * The story family. Each sub-command is one branch below.
 *
 * Returns: the exit status
 */
int
cal_cli_story (CalCli  *cli,
               int      argc,
               char   **argv)
{
  if (argc < 2)
    return cal_cli_usage ("%s", story_usage ());

  if (g_str_equal (argv[1], "add"))
    return story_add (cli, argc, argv);
  else if (g_str_equal (argv[1], "list"))
    return story_list (cli, argc, argv);
  else if (g_str_equal (argv[1], "search"))
    return story_search (cli, argc, argv);
  else if (g_str_equal (argv[1], "calibrate"))
    return cal_cli_story_calibrate (cli, argc, argv);
  else if (g_str_equal (argv[1], "export-md"))
    return cal_cli_story_export_md (cli, argc, argv);
  else if (g_str_equal (argv[1], "import-md"))
    return cal_cli_story_import_md (cli, argc, argv);

  return cal_cli_usage (_("Unknown story command “%s”. %s"), argv[1], story_usage ());
}
