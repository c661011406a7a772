/* cal-cli-cv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-cv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-cli-jd-private.h"
#include "cal-cv-matcher.h"
#include "cal-jd-analyzer.h"
#include "cal-store.h"
#include "cal-text-extract.h"

static char *
read_cv_file (const char  *path,
              GError     **error)
{
  g_autoptr(GBytes) bytes = cal_cli_read_input (path, CAL_TEXT_MAX_SIZE, error);
  g_autoptr(CalExtractedText) extracted = NULL;

  if (bytes == NULL)
    return NULL;
  extracted = cal_text_extract (bytes, g_strcmp0 (path, "-") == 0 ? NULL : path, NULL, error);
  if (extracted == NULL)
    return NULL;
  return g_steal_pointer (&extracted->text);
}

static int
cv_import (CalCli *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalCv) cv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;

  if (argc != 3)
    return cal_cli_usage (_("Usage: calibrd-cli cv import FILE"));

  text = read_cv_file (argv[2], &error);
  if (text == NULL)
    return cal_cli_fail (error);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  base = g_path_get_basename (argv[2]);
  cv = cal_cv_new ();
  cal_cv_set_text (cv, text);
  cal_cv_set_file_name (cv, g_strcmp0 (argv[2], "-") == 0 ? "" : base);
  cal_cv_set_imported (cv, g_get_real_time () / G_USEC_PER_SEC);
  if (!cal_store_save_cv (store, cv, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, cal_cv_get_id (cv));
      json_builder_set_member_name (b, "file_name");
      json_builder_add_string_value (b, cal_cv_get_file_name (cv));
      json_builder_set_member_name (b, "characters");
      json_builder_add_int_value (b, g_utf8_strlen (text, -1));
      json_builder_end_object (b);
      node = json_builder_get_root (b);
      cal_cli_print_json (node);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", cal_cv_get_id (cv));
  return CAL_CLI_EXIT_OK;
}

static void
print_report (CalCvGapReport *report)
{
  g_print ("%s\n", _("Skills your CV shows:"));
  if (report->matched->len == 0)
    g_print ("  —\n");
  for (guint i = 0; i < report->matched->len; i++)
    {
      CalCvSkillMatch *m = g_ptr_array_index (report->matched, i);
      g_print ("  ✓ %s%s — “%s”\n", m->name, m->required ? "" : _(" (nice to have)"), m->cv_evidence);
    }

  g_print ("\n%s\n", _("Gaps an interviewer will probe:"));
  if (report->missing->len == 0)
    g_print ("  —\n");
  for (guint i = 0; i < report->missing->len; i++)
    {
      CalCvGap *g = g_ptr_array_index (report->missing, i);

      g_print ("  ✗ %s%s\n", g->name, g->required ? _(" (required)") : _(" (nice to have)"));
      for (guint j = 0; j < g->questions->len; j++)
        {
          CalJdQuestion *q = g_ptr_array_index (g->questions, j);
          g_print ("      • %s\n        %s %s\n", q->text, _("why:"), q->why);
        }
    }
}

static int
cv_gaps (CalCli *cli,
         int     argc,
         char  **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  g_autoptr(CalCvMatcher) matcher = NULL;
  g_autoptr(CalCvGapReport) report = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autofree char *cv_text = NULL;
  const char *jd_path = NULL;
  const char *cv_path = NULL;
  gint64 job_id = 0;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--jd") && i + 1 < argc)
        jd_path = argv[++i];
      else if (g_str_equal (argv[i], "--job") && i + 1 < argc)
        {
          char *end = NULL;
          job_id = g_ascii_strtoll (argv[++i], &end, 10);
          if (end == NULL || *end != '\0' || job_id <= 0)
            return cal_cli_usage (_("--job needs a job id such as 3, not “%s”"), argv[i]);
        }
      else if (g_str_equal (argv[i], "--cv") && i + 1 < argc)
        cv_path = argv[++i];
      else
        return cal_cli_usage (_("Usage: calibrd-cli cv gaps --jd FILE|--job ID [--cv FILE]"));
    }
  if ((jd_path == NULL) == (job_id == 0))
    return cal_cli_usage (_("Usage: calibrd-cli cv gaps --jd FILE|--job ID [--cv FILE]"));

  if (jd_path != NULL)
    {
      analysis = cal_cli_jd_analyze_file (jd_path, NULL, &error);
      if (analysis == NULL)
        return cal_cli_fail (error);
    }

  if (job_id != 0 || cv_path == NULL)
    {
      store = cal_store_open (cli->db_path, &error);
      if (store == NULL)
        return cal_cli_fail (error);
    }

  if (job_id != 0)
    {
      g_autoptr(CalJob) job = cal_store_get_job (store, job_id, &error);
      g_autoptr(JsonNode) node = NULL;

      if (job == NULL)
        return cal_cli_fail (error);
      node = json_from_string (cal_job_get_analysis (job), NULL);
      analysis = cal_jd_analysis_new_from_json (node, &error);
      if (analysis == NULL)
        return cal_cli_fail (error);
    }

  if (cv_path != NULL)
    {
      cv_text = read_cv_file (cv_path, &error);
      if (cv_text == NULL)
        return cal_cli_fail (error);
    }
  else
    {
      g_autoptr(GListModel) cvs = cal_store_list_cvs (store, &error);
      g_autoptr(CalCv) newest = NULL;

      if (cvs == NULL)
        return cal_cli_fail (error);
      if (g_list_model_get_n_items (cvs) == 0)
        {
          g_printerr ("calibrd-cli: %s\n", _("No CV is stored yet. Import yours with “calibrd-cli cv import FILE” or pass --cv FILE."));
          return CAL_CLI_EXIT_FAILED;
        }
      newest = g_list_model_get_item (cvs, 0);
      cv_text = g_strdup (cal_cv_get_text (newest));
    }

  analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
  if (analyzer == NULL)
    return cal_cli_fail (error);
  matcher = cal_cv_matcher_new (analyzer);
  report = cal_cv_matcher_match (matcher, cv_text, analysis, &error);
  if (report == NULL)
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_cv_gap_report_to_json (report);
      cal_cli_print_json (node);
    }
  else
    print_report (report);
  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_cv:
 *
 * `cv import FILE` and `cv gaps --jd FILE|--job ID [--cv FILE]`.
 */
int
cal_cli_cv (CalCli  *cli,
            int      argc,
            char   **argv)
{
  if (argc < 2)
    return cal_cli_usage (_("Usage: calibrd-cli cv import FILE | cv gaps --jd FILE|--job ID"));
  if (g_str_equal (argv[1], "import"))
    return cv_import (cli, argc, argv);
  if (g_str_equal (argv[1], "gaps"))
    return cv_gaps (cli, argc, argv);
  return cal_cli_usage (_("Unknown cv command “%s”; use import or gaps"), argv[1]);
}
