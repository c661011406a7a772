/* cal-cli-interop.c — calibrd-cli export json, import json,
 * story export-md, story import-md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-interop"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli-interop.h"
#include "cal-interop.h"
#include "cal-json-export.h"
#include "cal-star.h"
#include "cal-store.h"
#include "cal-story-markdown.h"

/* Options after the two command words, e.g. "export json -o F". */
static gboolean
parse_options (int            argc,
               char         **argv,
               GOptionEntry  *entries,
               GStrv         *rest,
               GError       **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) args = g_new0 (char *, argc);

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* args[0] stands for the program name; it is argv[1], the sub-command. */
  for (int i = 1; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, error))
    return FALSE;
  *rest = g_steal_pointer (&args);
  return TRUE;
}

static void
add_counts (JsonBuilder         *builder,
            const CalJsonCounts *counts)
{
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
    {
      json_builder_set_member_name (builder, cal_json_section_name (i));
      json_builder_add_int_value (builder, counts->rows[i]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "recordings");
  json_builder_add_int_value (builder, counts->recordings);
}

static void
print_counts (const CalJsonCounts *counts)
{
  for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
    if (counts->rows[i] > 0)
      g_print ("  %-15s %u\n", cal_json_section_name (i), counts->rows[i]);
  if (counts->recordings > 0)
    g_print ("  %-15s %u\n", "recordings", counts->recordings);
}

/**
 * cal_cli_export_json:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "export" "json" -o FILE
 *
 * Writes the portable export (docs/portable-json.md).
 *
 * Returns: the exit status
 */
int
cal_cli_export_json (CalCli  *cli,
                     int      argc,
                     char   **argv)
{
  g_autofree char *output = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  CalJsonCounts counts;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("the JSON file to write"), "FILE" },
    { NULL }
  };

  if (!parse_options (argc, argv, entries, &rest, &error))
    return cal_cli_usage ("%s", error->message);
  if (g_strv_length (rest) > 1)
    return cal_cli_usage (_("Unexpected argument “%s”"), rest[1]);
  if (output == NULL)
    return cal_cli_usage (_("export json needs -o FILE"));

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL || !cal_json_export_write (store, output, &counts, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, output);
      add_counts (builder, &counts);
      json_builder_set_member_name (builder, "missing_recordings");
      json_builder_add_int_value (builder, counts.missing_recordings);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else
    {
      g_print (_("Wrote %s:\n"), output);
      print_counts (&counts);
    }

  if (counts.missing_recordings > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "calibrd-cli: %u recording was missing and is not in the export.\n",
                             "calibrd-cli: %u recordings were missing and are not in the export.\n",
                             counts.missing_recordings),
                counts.missing_recordings);
  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_import:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "import" "json" FILE
 *
 * Loads a portable export into an empty database.
 *
 * Returns: the exit status
 */
int
cal_cli_import (CalCli  *cli,
                int      argc,
                char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  CalJsonCounts counts;

  if (argc < 2 || !g_str_equal (argv[1], "json"))
    return cal_cli_usage (_("Usage: calibrd-cli import json FILE"));
  if (argc != 3)
    return cal_cli_usage (_("import json needs exactly one FILE"));

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL || !cal_json_import_read (store, argv[2], &counts, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      add_counts (builder, &counts);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else
    {
      g_print (_("Imported %s:\n"), argv[2]);
      print_counts (&counts);
    }
  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_story_export_md:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "story" "export-md" [--id N]… [--tag T] -o DIR
 *
 * One Markdown note per story. Without --id or --tag, every story.
 *
 * Returns: the exit status
 */
int
cal_cli_story_export_md (CalCli  *cli,
                         int      argc,
                         char   **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *tag = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListStore) chosen = g_list_store_new (CAL_TYPE_STORY);
  g_autoptr(GPtrArray) files = NULL;
  GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING_ARRAY, &ids, N_("a story to export (repeatable)"), "ID" },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &tag, N_("only stories with this tag"), "TAG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("the folder to write to"), "DIR" },
    { NULL }
  };

  if (!parse_options (argc, argv, entries, &rest, &error))
    return cal_cli_usage ("%s", error->message);
  if (g_strv_length (rest) > 1)
    return cal_cli_usage (_("Unexpected argument “%s”"), rest[1]);
  if (output == NULL)
    return cal_cli_usage (_("story export-md needs -o DIR"));

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  if (ids != NULL)
    {
      for (guint i = 0; ids[i] != NULL; i++)
        {
          g_autoptr(CalStory) story = NULL;
          char *end = NULL;
          gint64 id = g_ascii_strtoll (ids[i], &end, 10);

          if (end == ids[i] || *end != '\0' || id <= 0)
            return cal_cli_usage (_("--id needs a story id, not “%s”"), ids[i]);
          story = cal_store_get_story (store, id, &error);
          if (story == NULL)
            return cal_cli_fail (error);
          g_list_store_append (chosen, story);
        }
    }
  else
    {
      all = cal_store_list_stories (store, &error);
      if (all == NULL)
        return cal_cli_fail (error);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (all, i);

          g_list_store_append (chosen, story);
        }
    }

  /* --tag narrows either set; tags compare without regard to case, as
   * the store does. */
  if (tag != NULL)
    {
      for (guint i = g_list_model_get_n_items (G_LIST_MODEL (chosen)); i > 0; i--)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (G_LIST_MODEL (chosen), i - 1);
          const char * const *tags = cal_story_get_tags (story);
          gboolean found = FALSE;

          for (guint t = 0; tags[t] != NULL && !found; t++)
            found = g_utf8_collate (tags[t], tag) == 0 || g_ascii_strcasecmp (tags[t], tag) == 0;
          if (!found)
            g_list_store_remove (chosen, i - 1);
        }
    }

  if (!cal_story_markdown_export (store, G_LIST_MODEL (chosen), output, &files, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "files");
      json_builder_begin_array (builder);
      for (guint i = 0; i < files->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (files, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else
    {
      for (guint i = 0; i < files->len; i++)
        g_print ("%s\n", (const char *) g_ptr_array_index (files, i));
      if (files->len == 0)
        g_printerr ("%s\n", _("calibrd-cli: no story matched, so no file was written."));
    }
  return CAL_CLI_EXIT_OK;
}

static JsonNode *
preview_to_json (GPtrArray *items,
                 gboolean   dry_run,
                 guint      n_saved)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, dry_run);
  json_builder_set_member_name (builder, "imported");
  json_builder_add_int_value (builder, n_saved);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, item->file);
      json_builder_set_member_name (builder, "action");
      json_builder_add_string_value (builder, item->story == NULL ? "skip" : item->renamed ? "rename" : "create");
      if (item->story != NULL)
        {
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, item->title);
          if (cal_story_get_id (item->story) != 0)
            {
              json_builder_set_member_name (builder, "id");
              json_builder_add_int_value (builder, cal_story_get_id (item->story));
            }
          json_builder_set_member_name (builder, "star");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "situation");
          json_builder_add_boolean_value (builder, *cal_story_get_situation (item->story) != '\0');
          json_builder_set_member_name (builder, "task");
          json_builder_add_boolean_value (builder, *cal_story_get_task (item->story) != '\0');
          json_builder_set_member_name (builder, "action");
          json_builder_add_boolean_value (builder, *cal_story_get_action (item->story) != '\0');
          json_builder_set_member_name (builder, "result");
          json_builder_add_boolean_value (builder, *cal_story_get_result (item->story) != '\0');
          json_builder_end_object (builder);
          json_builder_set_member_name (builder, "tags");
          json_builder_begin_array (builder);
          for (const char * const *t = cal_story_get_tags (item->story); *t != NULL; t++)
            json_builder_add_string_value (builder, *t);
          json_builder_end_array (builder);
        }
      else
        {
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, item->skipped);
        }
      json_builder_set_member_name (builder, "notes");
      json_builder_begin_array (builder);
      for (guint n = 0; n < item->notes->len; n++)
        json_builder_add_string_value (builder, g_ptr_array_index (item->notes, n));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_preview (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);
      g_autofree char *file = g_filename_display_name (item->file);

      if (item->story == NULL)
        g_print (_("%s: skipped. %s\n"), file, item->skipped);
      else if (item->renamed)
        g_print (_("%s → “%s” (the title is taken, so a new story with this title)\n"), file, item->title);
      else
        g_print (_("%s → “%s”\n"), file, item->title);
      for (guint n = 0; n < item->notes->len; n++)
        g_print ("    %s\n", (const char *) g_ptr_array_index (item->notes, n));
    }
}

/**
 * cal_cli_story_import_md:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "story" "import-md" FILE|DIR [--dry-run]
 *
 * Shows what each note maps to, then (unless --dry-run) saves the
 * stories in one transaction.
 *
 * Returns: the exit status
 */
int
cal_cli_story_import_md (CalCli  *cli,
                         int      argc,
                         char   **argv)
{
  gboolean dry_run = FALSE;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n_saved = 0, n_mapped = 0;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("show what would be imported, write nothing"), NULL },
    { NULL }
  };

  if (!parse_options (argc, argv, entries, &rest, &error))
    return cal_cli_usage ("%s", error->message);
  if (g_strv_length (rest) != 2)
    return cal_cli_usage (_("Usage: calibrd-cli story import-md FILE|DIR [--dry-run]"));

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  items = cal_story_import_preview (store, rest[1], &error);
  if (items == NULL)
    return cal_cli_fail (error);
  for (guint i = 0; i < items->len; i++)
    if (((CalStoryImportItem *) g_ptr_array_index (items, i))->story != NULL)
      n_mapped++;

  if (!dry_run && !cal_story_import_apply (store, items, &n_saved, &error))
    {
      if (!cli->json)
        print_preview (items);
      return cal_cli_fail (error);
    }

  if (cli->json)
    {
      g_autoptr(JsonNode) root = preview_to_json (items, dry_run, n_saved);

      cal_cli_print_json (root);
    }
  else
    {
      print_preview (items);
      if (dry_run)
        g_print (g_dngettext (GETTEXT_PACKAGE,
                              "Dry run: %u story would be imported; nothing was written.\n",
                              "Dry run: %u stories would be imported; nothing was written.\n",
                              n_mapped),
                 n_mapped);
      else
        g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u story.\n", "Imported %u stories.\n", n_saved),
                 n_saved);
    }

  if (n_mapped == 0)
    {
      g_printerr ("%s\n", _("calibrd-cli: none of the notes could be read as a story."));
      return CAL_CLI_EXIT_FAILED;
    }
  return CAL_CLI_EXIT_OK;
}
