/* cal-cli-jd.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-jd"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-cli-jd-private.h"
#include "cal-jd-analyzer.h"
#include "cal-store.h"
#include "cal-text-extract.h"

/**
 * cal_cli_jd_analyze_file:
 * @path: a file, or "-" for standard input
 * @out_text: (out) (optional): the extracted text
 * @error: return location for a #GError
 *
 * Reads and analyses one JD, the shared first step of `jd analyze`,
 * `jd import` and `cv gaps --jd`.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
CalJdAnalysis *
cal_cli_jd_analyze_file (const char  *path,
                         char       **out_text,
                         GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) extracted = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  CalJdAnalysis *analysis;

  bytes = cal_cli_read_input (path, CAL_TEXT_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;
  extracted = cal_text_extract (bytes, g_strcmp0 (path, "-") == 0 ? NULL : path, NULL, error);
  if (extracted == NULL)
    return NULL;
  analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), error);
  if (analyzer == NULL)
    return NULL;
  analysis = cal_jd_analyzer_analyze (analyzer, extracted->text, extracted->front_matter, error);
  if (analysis != NULL && out_text != NULL)
    *out_text = g_steal_pointer (&extracted->text);
  return analysis;
}

static const char *
or_unknown (const char *value)
{
  return value != NULL ? value : _("unknown");
}

static void
print_skills (const char *label,
              GPtrArray  *skills)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < skills->len; i++)
    {
      CalJdSkill *s = g_ptr_array_index (skills, i);
      if (i > 0)
        g_string_append (line, ", ");
      g_string_append (line, s->name);
    }
  g_print ("%-18s %s\n", label, skills->len > 0 ? line->str : "—");
}

static void
print_strv (const char         *label,
            const char * const *values)
{
  g_autofree char *joined = g_strjoinv (", ", (char **) values);

  g_print ("%-18s %s\n", label, values[0] != NULL ? joined : "—");
}

static void
print_analysis (CalJdAnalysis *analysis)
{
  GPtrArray *rounds = cal_jd_analysis_get_rounds (analysis);
  GPtrArray *questions = cal_jd_analysis_get_questions (analysis);
  const char * const *alternatives = cal_jd_analysis_get_level_alternatives (analysis);
  g_autofree char *years = cal_jd_analysis_get_years_min (analysis) >= 0
    ? g_strdup_printf ("%d+", cal_jd_analysis_get_years_min (analysis)) : g_strdup (_("not stated"));
  g_autofree char *alt = g_strjoinv (", ", (char **) alternatives);

  g_print ("%-18s %s\n", _("Company:"), or_unknown (cal_jd_analysis_get_company (analysis)));
  g_print ("%-18s %s\n", _("Title:"), or_unknown (cal_jd_analysis_get_title (analysis)));
  g_print ("%-18s %s\n", _("Track:"), or_unknown (cal_jd_analysis_get_track (analysis)));
  g_print ("%-18s %s (%.0f%%)%s%s\n", _("Level:"), or_unknown (cal_jd_analysis_get_level (analysis)),
           100.0 * cal_jd_analysis_get_level_confidence (analysis),
           alternatives[0] != NULL ? _(", also fits: ") : "", alternatives[0] != NULL ? alt : "");
  g_print ("%-18s %s\n", _("Remote:"), or_unknown (cal_jd_analysis_get_remote (analysis)));
  g_print ("%-18s %s\n", _("Years asked:"), years);
  print_skills (_("Required skills:"), cal_jd_analysis_get_required_skills (analysis));
  print_skills (_("Nice to have:"), cal_jd_analysis_get_preferred_skills (analysis));
  print_strv (_("Product areas:"), cal_jd_analysis_get_product_areas (analysis));
  print_strv (_("Stakeholders:"), cal_jd_analysis_get_stakeholders (analysis));

  g_print ("\n%s\n", _("Likely loop:"));
  for (guint i = 0; i < rounds->len; i++)
    {
      CalJdRound *r = g_ptr_array_index (rounds, i);
      g_print ("  %u. %s — %s\n", i + 1, r->title, r->why);
    }

  g_print ("\n%s\n", _("Questions to expect:"));
  for (guint i = 0; i < questions->len; i++)
    {
      CalJdQuestion *q = g_ptr_array_index (questions, i);
      g_print ("  • [%s] %s\n      %s %s\n", q->round, q->text, _("why:"), q->why);
    }
}

static int
jd_analyze (CalCli *cli,
            int     argc,
            char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;

  if (argc != 3)
    return cal_cli_usage (_("Usage: calibrd-cli jd analyze FILE|-"));

  analysis = cal_cli_jd_analyze_file (argv[2], NULL, &error);
  if (analysis == NULL)
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_jd_analysis_to_json (analysis);
      cal_cli_print_json (node);
    }
  else
    print_analysis (analysis);
  return CAL_CLI_EXIT_OK;
}

static int
jd_import (CalCli *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  GPtrArray *predicted;

  if (argc != 3)
    return cal_cli_usage (_("Usage: calibrd-cli jd import FILE|-"));

  /* Analyse first: a JD that cannot be read leaves the database alone. */
  analysis = cal_cli_jd_analyze_file (argv[2], &text, &error);
  if (analysis == NULL)
    return cal_cli_fail (error);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  json = cal_jd_analysis_to_json_string (analysis);
  job = cal_job_new ();
  cal_job_set_company (job, cal_jd_analysis_get_company (analysis) ? cal_jd_analysis_get_company (analysis) : "");
  cal_job_set_title (job, cal_jd_analysis_get_title (analysis) ? cal_jd_analysis_get_title (analysis) : "");
  cal_job_set_track (job, cal_jd_analysis_get_track (analysis) ? cal_jd_analysis_get_track (analysis) : "");
  cal_job_set_level (job, cal_jd_analysis_get_level (analysis) ? cal_jd_analysis_get_level (analysis) : "");
  cal_job_set_remote (job, cal_jd_analysis_get_remote (analysis) ? cal_jd_analysis_get_remote (analysis) : "");
  cal_job_set_source_text (job, text);
  cal_job_set_analysis (job, json);
  if (!cal_store_save_job (store, job, &error))
    return cal_cli_fail (error);

  predicted = cal_jd_analysis_get_questions (analysis);
  for (guint i = 0; i < predicted->len; i++)
    {
      CalJdQuestion *q = g_ptr_array_index (predicted, i);
      CalQuestion *question = cal_question_new ();

      cal_question_set_text (question, q->text);
      cal_question_set_source (question, "predicted");
      cal_question_set_job_id (question, cal_job_get_id (job));
      cal_question_set_round (question, q->round ? q->round : "");
      cal_question_set_competency (question, q->competency ? q->competency : "");
      cal_question_set_why (question, q->why ? q->why : "");
      g_ptr_array_add (questions, question);
    }
  if (questions->len > 0 && !cal_store_save_all (store, questions, &error))
    {
      /* Take the job back out so a failed import leaves nothing behind. */
      cal_store_delete_job (store, cal_job_get_id (job), NULL);
      return cal_cli_fail (error);
    }

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_jd_analysis_to_json (analysis);
      json_object_set_int_member (json_node_get_object (node), "id", cal_job_get_id (job));
      cal_cli_print_json (node);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", cal_job_get_id (job));
  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_jd:
 *
 * `jd analyze FILE|-` and `jd import FILE|-`.
 */
int
cal_cli_jd (CalCli  *cli,
            int      argc,
            char   **argv)
{
  if (argc < 2)
    return cal_cli_usage (_("Usage: calibrd-cli jd analyze|import FILE|-"));
  if (g_str_equal (argv[1], "analyze"))
    return jd_analyze (cli, argc, argv);
  if (g_str_equal (argv[1], "import"))
    return jd_import (cli, argc, argv);
  return cal_cli_usage (_("Unknown jd command “%s”; use analyze or import"), argv[1]);
}
