/* cal-cli-export.c: calibrd-cli export plan|stories|prep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-cli-interop.h"
#include "cal-documents.h"
#include "cal-store.h"

typedef struct
{
  gint64  plan_id;
  gint64  job_id;
  char   *tag;
  char   *output;
  char   *page_size;
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_free (options->tag);
  g_free (options->output);
  g_free (options->page_size);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static int
finish (CalCli        *cli,
        CalPdfWriter  *writer,
        ExportOptions *options)
{
  g_autoptr(GError) error = NULL;

  if (!cal_pdf_writer_save (writer, options->output, NULL, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, options->output);
      json_builder_set_member_name (builder, "pages");
      json_builder_add_int_value (builder, cal_pdf_writer_get_n_pages (writer));
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u page)\n", "Wrote %s (%u pages)\n",
                            cal_pdf_writer_get_n_pages (writer)),
               options->output, cal_pdf_writer_get_n_pages (writer));
    }

  return CAL_CLI_EXIT_OK;
}

static int
export_plan (CalCli        *cli,
             CalStore      *store,
             ExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalPlan) plan = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPdfWriter) writer = NULL;

  if (options->plan_id <= 0)
    return cal_cli_usage (_("export plan needs --plan ID"));

  plan = cal_store_get_plan (store, options->plan_id, &error);
  if (plan == NULL)
    return cal_cli_fail (error);
  items = cal_store_list_plan_items (store, options->plan_id, &error);
  if (items == NULL)
    return cal_cli_fail (error);
  if (cal_plan_get_job_id (plan) > 0)
    {
      /* A plan whose job was deleted still exports, without role and company. */
      job = cal_store_get_job (store, cal_plan_get_job_id (plan), NULL);
    }

  writer = cal_plan_document_new (plan, items, job, NULL, cal_page_size_from_string (options->page_size));
  return finish (cli, writer, options);
}

/* The stories linked to any question predicted for @job_id, in bank order. */
static GHashTable *
stories_for_job (CalStore  *store,
                 gint64     job_id,
                 GError   **error)
{
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  questions = cal_store_list_questions (store, job_id, NULL, error);
  if (questions == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(CalQuestion) question = g_list_model_get_item (questions, i);
      g_autoptr(GListModel) linked = cal_store_list_stories_for_question (store, cal_question_get_id (question), error);

      if (linked == NULL)
        return NULL;
      for (guint s = 0; s < g_list_model_get_n_items (linked); s++)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (linked, s);

          g_hash_table_add (ids, g_memdup2 (&(gint64) { cal_story_get_id (story) }, sizeof (gint64)));
        }
    }

  return g_steal_pointer (&ids);
}

static int
export_stories (CalCli        *cli,
                CalStore      *store,
                ExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListStore) stories = g_list_store_new (CAL_TYPE_STORY);
  g_autoptr(GHashTable) job_stories = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(CalPdfWriter) writer = NULL;
  g_autoptr(GString) label = g_string_new (NULL);

  if (options->job_id > 0)
    {
      job = cal_store_get_job (store, options->job_id, &error);
      if (job == NULL)
        return cal_cli_fail (error);
      job_stories = stories_for_job (store, options->job_id, &error);
      if (job_stories == NULL)
        return cal_cli_fail (error);
      /* Translators: the filter line of a story bank export */
      g_string_append_printf (label, _("For %s"), cal_job_get_title (job));
      if (*cal_job_get_company (job) != '\0')
        g_string_append_printf (label, " — %s", cal_job_get_company (job));
    }

  if (options->tag != NULL)
    {
      if (label->len > 0)
        g_string_append (label, " · ");
      g_string_append_printf (label, _("Tag: %s"), options->tag);
    }

  all = cal_store_list_stories (store, &error);
  if (all == NULL)
    return cal_cli_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (all, i);
      gint64 id = cal_story_get_id (story);

      if (options->tag != NULL && !g_strv_contains (cal_story_get_tags (story), options->tag))
        continue;
      if (job_stories != NULL && !g_hash_table_contains (job_stories, &id))
        continue;
      if (!cal_store_load_story_body (store, story, &error))
        return cal_cli_fail (error);
      g_list_store_append (stories, story);
    }

  writer = cal_stories_document_new (G_LIST_MODEL (stories), label->len > 0 ? label->str : NULL,
                                     NULL, NULL, NULL, cal_page_size_from_string (options->page_size));
  return finish (cli, writer, options);
}

static int
export_prep (CalCli        *cli,
             CalStore      *store,
             ExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GHashTable) mapped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(CalPdfWriter) writer = NULL;

  if (options->job_id <= 0)
    return cal_cli_usage (_("export prep needs --job ID"));

  job = cal_store_get_job (store, options->job_id, &error);
  if (job == NULL)
    return cal_cli_fail (error);

  /* The analysis names questions by text; the stored questions carry the
   * links to stories. */
  questions = cal_store_list_questions (store, options->job_id, NULL, &error);
  if (questions == NULL)
    return cal_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(CalQuestion) question = g_list_model_get_item (questions, i);
      g_autoptr(GListModel) linked = cal_store_list_stories_for_question (store, cal_question_get_id (question), &error);
      GPtrArray *titles;

      if (linked == NULL)
        return cal_cli_fail (error);
      if (g_list_model_get_n_items (linked) == 0)
        continue;

      titles = g_ptr_array_new_with_free_func (g_free);
      for (guint s = 0; s < g_list_model_get_n_items (linked); s++)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (linked, s);
          g_ptr_array_add (titles, g_strdup (cal_story_get_title (story)));
        }
      g_hash_table_replace (mapped, g_strdup (cal_question_get_text (question)), titles);
    }

  writer = cal_prep_document_new (job, mapped, NULL, NULL, cal_page_size_from_string (options->page_size), &error);
  if (writer == NULL)
    return cal_cli_fail (error);
  return finish (cli, writer, options);
}

/**
 * cal_cli_export:
 * @cli: the invocation
 * @argc: number of arguments, "export" included
 * @argv: "export", the document kind, then options
 *
 * `calibrd-cli export plan --plan ID -o OUT.pdf`,
 * `export stories [--tag T] [--job ID] -o OUT.pdf`,
 * `export prep --job ID -o OUT.pdf`, each with `--page-size a4|letter`.
 *
 * Returns: the exit status
 */
int
cal_cli_export (CalCli  *cli,
                int      argc,
                char   **argv)
{
  g_auto(ExportOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_auto(GStrv) args = NULL;
  const char *kind;
  int (*run) (CalCli *, CalStore *, ExportOptions *);
  GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_INT64, &options.plan_id, N_("the plan to export"), "ID" },
    { "job", 0, 0, G_OPTION_ARG_INT64, &options.job_id, N_("the job (prep), or only its stories (stories)"), "ID" },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &options.tag, N_("only stories with this tag"), "TAG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("the PDF to write"), "OUT.pdf" },
    { "page-size", 0, 0, G_OPTION_ARG_STRING, &options.page_size, N_("a4 or letter (default a4)"), "SIZE" },
    { NULL }
  };

  if (argc < 2)
    return cal_cli_usage (_("export needs a document: plan, stories or prep"));

  /* `export json` is portable data, not a PDF: it takes its own options
   * (cal-cli-interop.c). */
  kind = argv[1];
  if (g_str_equal (kind, "json"))
    return cal_cli_export_json (cli, argc, argv);
  if (g_str_equal (kind, "plan"))
    run = export_plan;
  else if (g_str_equal (kind, "stories"))
    run = export_stories;
  else if (g_str_equal (kind, "prep"))
    run = export_prep;
  else
    return cal_cli_usage (_("Unknown document “%s”; choose plan, stories or prep"), kind);

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  args = g_new0 (char *, argc);
  for (int i = 1; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, &error))
    return cal_cli_usage ("%s", error->message);
  if (g_strv_length (args) > 1)
    return cal_cli_usage (_("Unexpected argument “%s”"), args[1]);

  if (options.output == NULL)
    return cal_cli_usage (_("export %s needs -o OUT.pdf"), kind);
  if (options.page_size != NULL && !g_str_equal (options.page_size, "a4") && !g_str_equal (options.page_size, "letter"))
    return cal_cli_usage (_("--page-size must be a4 or letter"));

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  return run (cli, store, &options);
}
